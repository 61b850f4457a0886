import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct NamesMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Tell whether two names name the same person or place.",
        discussion: """
            Prints the score in [0, 1] and "match" or "no-match" (exit status 0 or 1). The decision \
            threshold is \(NameMatcher.defaultThreshold) unless --threshold says otherwise.
              dragoman names match 'Wladimir Selenskyj' 'Volodymyr Zelensky'
              dragoman names match 'Пхеньян' 'Pjöngjang'
            """
    )

    @Argument(help: "The first name.")
    var first: String

    @Argument(help: "The second name.")
    var second: String

    @Option(name: .long, help: "Decision threshold in [0, 1].")
    var threshold: Double = NameMatcher.defaultThreshold

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    struct Verdict: Encodable {
        var score: Double
        var match: Bool
        var threshold: Double
    }

    func run() throws {
        let result = try NameMatcher(threshold: threshold).match(first, second)
        let verdict = result.isMatch ? "match" : "no-match"
        switch format {
        case .json:
            try JSONOutput.write(
                Verdict(score: result.score.rounded(places: 4), match: result.isMatch, threshold: threshold))
        case .text:
            StandardOutput.shared.write(String(format: "%.3f\t%@\n", result.score, verdict))
        }
        if !result.isMatch { throw CommandFailure.problemsFound() }
    }

    static func rounded(_ value: Double) -> String { String(format: "%.4f", value) }
}

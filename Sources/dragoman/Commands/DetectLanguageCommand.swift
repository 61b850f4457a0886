import ArgumentParser
import DragomanText

struct DetectLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect-language",
        abstract: "Tell the language of a text (de, en, fr, es, ru, uk, it, nl, pt).",
        discussion: """
            Prints the BCP 47 code, or "unknown" (exit status 1) when the text is too short or too mixed \
            to tell; give such texts a language with --lang in other commands.
            """
    )

    @Argument(help: "The text file, or - for standard input.")
    var file: String

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    /// The JSON answer: `language` is "unknown" (and the rest absent) when it cannot tell.
    struct Detected: Encodable {
        var language: String
        var score: Double?
        /// How far ahead of the runner-up (absent when there was none).
        var margin: Double?
    }

    func run() throws {
        let sample = try TextFileReader(path: file).sample()
        let result = LanguageDetector().detect(sample)
        switch format {
        case .json:
            try JSONOutput.write(
                Detected(
                    language: result?.language.tag ?? "unknown", score: result.map { $0.score.rounded(places: 4) },
                    margin: result.flatMap { $0.margin.isFinite ? $0.margin.rounded(places: 4) : nil }))
        case .text:
            StandardOutput.shared.write((result?.language.tag ?? "unknown") + "\n")
        }
        if result == nil { throw CommandFailure.problemsFound() }
    }
}

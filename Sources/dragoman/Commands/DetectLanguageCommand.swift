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

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let sample = try TextFileReader(path: file).sample()
        let result = LanguageDetector().detect(sample)
        switch format {
        case .json:
            if let result {
                StandardOutput.shared.write(
                    "{\"language\": \(JSONText.string(result.language.tag)), \"score\": \(result.score), \"margin\": \(result.margin.isFinite ? result.margin : 999)}\n"
                )
            } else {
                StandardOutput.shared.write("{\"language\": \"unknown\"}\n")
            }
        case .text, .tsv:
            StandardOutput.shared.write((result?.language.tag ?? "unknown") + "\n")
        }
        if result == nil { throw CommandFailure.problemsFound() }
    }
}

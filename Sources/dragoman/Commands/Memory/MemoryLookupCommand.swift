import ArgumentParser
import DragomanStore
import DragomanText

struct MemoryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Print the best fuzzy matches for a sentence, with their match percentage.",
        discussion: """
            The percentage is 100 × (1 − edit distance / longer length) over normalised text (NFKC, case folded, \
            spaces collapsed). Output (tsv): percentage, memory source, memory target.
            """
    )

    @Argument(help: "The source sentence.")
    var text: String

    @Option(name: .long, help: "Source language.")
    var sourceLang: LanguageCode = .german

    @Option(name: .long, help: "Target language.")
    var targetLang: LanguageCode = .english

    @Option(name: .long, help: "How many matches to print.")
    var limit = 5

    @Option(name: .long, help: "The lowest match percentage to print.")
    var minimum = 50

    @Option(name: .long, help: "Output format: tsv or json.")
    var format: OutputFormat = .tsv

    @OptionGroup var projectOptions: ProjectOptions

    struct Listed: Encodable {
        var percentage: Int
        var source: String
        var target: String
    }

    func run() throws {
        let store = try projectOptions.open()
        let memory = TranslationMemory(
            entries: try store.memoryUnits(), sourceLanguage: sourceLang.tag, targetLanguage: targetLang.tag)
        let found = memory.suggestions(for: text, limit: limit, minimumScore: Double(minimum) / 100).map {
            Listed(percentage: $0.percentage, source: $0.entry.source, target: $0.entry.target)
        }
        if format == .json { return try JSONOutput.write(found) }
        for match in found {
            StandardOutput.shared.write(TSV.line(["\(match.percentage)", match.source, match.target]))
        }
        if found.isEmpty { throw CommandFailure.problemsFound("no match of \(minimum)% or more") }
    }
}

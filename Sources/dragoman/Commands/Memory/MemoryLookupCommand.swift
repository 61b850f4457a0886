import ArgumentParser
import DragomanStore
import DragomanText
import DragomanWorkflow

struct MemoryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Print the best fuzzy matches for a sentence, with their match percentage.",
        discussion: """
            The percentage is 100 × (1 − edit distance / longer length) over normalised text (NFKC, case folded, \
            spaces collapsed). When numbers or glossary names are the only difference, the target is given \
            with them substituted. Output (tsv): percentage, memory source, target, substitutions.
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

    @Option(name: .long, help: "Output format.")
    var format: TSVOrJSON = .tsv

    @OptionGroup var projectOptions: ProjectOptions

    struct Listed: Encodable {
        var percentage: Int
        var source: String
        var target: String
        var substitutions: [String]
    }

    func run() throws {
        let store = try projectOptions.open()
        let memory = TranslationMemory(
            entries: try store.memoryUnits(), sourceLanguage: sourceLang, targetLanguage: targetLang)
        let adapter = try SuggestionAdapter(
            glossaries: try projectOptions.glossaries(of: store), sourceLanguage: sourceLang, targetLanguage: targetLang
        )
        let found = memory.suggestions(for: text, limit: limit, minimumScore: Double(minimum) / 100).map {
            let adapted = adapter.adapt(source: text, memorySource: $0.entry.source, memoryTarget: $0.entry.target)
            return Listed(
                percentage: $0.percentage, source: $0.entry.source, target: adapted?.target ?? $0.entry.target,
                substitutions: adapted?.substitutions ?? [])
        }
        if format == .json { return try JSONOutput.write(found) }
        for match in found {
            StandardOutput.shared.write(
                TSV.line([
                    "\(match.percentage)", match.source, match.target, match.substitutions.joined(separator: "; "),
                ]))
        }
        if found.isEmpty { throw CommandFailure.problemsFound("no match of \(minimum)% or more") }
    }
}

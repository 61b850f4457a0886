import ArgumentParser
import DragomanPostgres
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
            with them substituted. Output (tsv): percentage, memory source, target, substitutions (and with \
            --team the project the match came from).
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

    @Flag(
        name: .long,
        help:
            "Look in the memories of every project of the PostgreSQL database (the team's), each match with its project."
    )
    var team = false

    @OptionGroup var projectOptions: ProjectOptions

    struct Listed: Encodable {
        var percentage: Int
        var source: String
        var target: String
        var substitutions: [String]
        /// With --team: the project the match came from.
        var project: String?
    }

    func run() throws {
        let store = try projectOptions.open()
        let adapter = try SuggestionAdapter(
            glossaries: try projectOptions.glossaries(of: store), sourceLanguage: sourceLang, targetLanguage: targetLang
        )
        func listed(_ entry: MemoryUnit, percentage: Int, project: String?) -> Listed {
            let adapted = adapter.adapt(source: text, memorySource: entry.source, memoryTarget: entry.target)
            return Listed(
                percentage: percentage, source: entry.source, target: adapted?.target ?? entry.target,
                substitutions: adapted?.substitutions ?? [], project: project)
        }
        let found: [Listed]
        if team {
            guard let team = store as? PostgresProjectStore else {
                throw ValidationError("--team needs a project in a PostgreSQL database (--project postgresql://…)")
            }
            found = try team.teamMatches(
                for: text, sourceLanguage: sourceLang, targetLanguage: targetLang, limit: limit,
                minimumScore: Double(minimum) / 100
            ).map { listed($0.entry, percentage: $0.percentage, project: $0.project) }
        } else {
            let memory = TranslationMemory(
                entries: try store.memoryUnits(), sourceLanguage: sourceLang, targetLanguage: targetLang)
            found = memory.suggestions(for: text, limit: limit, minimumScore: Double(minimum) / 100).map {
                listed($0.entry, percentage: $0.percentage, project: nil)
            }
        }
        if format == .json { return try JSONOutput.write(found) }
        for match in found {
            StandardOutput.shared.write(
                TSV.line(
                    [
                        "\(match.percentage)", match.source, match.target, match.substitutions.joined(separator: "; "),
                    ] + (match.project.map { [$0] } ?? [])))
        }
        if found.isEmpty { throw CommandFailure.problemsFound("no match of \(minimum)% or more") }
    }
}

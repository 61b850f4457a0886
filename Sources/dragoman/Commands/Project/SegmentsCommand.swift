import ArgumentParser
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow

struct SegmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segments",
        abstract: "List the translation units of a project.",
        discussion: """
            Every unit with its id, source segment ids and text, target, status, origin, alignment score and the \
            glossary names and terms in its source with their preferred target forms.
              dragoman segments --document 1 --format json
            """
    )

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var projectOptions: ProjectOptions

    struct Listed: Encodable {
        struct Name: Encodable {
            var text: String
            var entry: String
            var preferred: String?
            var status: String?
        }
        var id: Int64
        var document: Int64
        var segments: [Int64]
        var source: String
        var target: String?
        var status: UnitStatus
        var origin: UnitOrigin?
        var score: Double?
        var names: [Name]
    }

    func run() throws {
        let store = try projectOptions.open()
        let glossaries = try projectOptions.glossaries(of: store)
        let units = try store.units(document: document)
        var recognizers: [Int64: TermRecognizer] = [:]
        let listed = try units.map { unit in
            if recognizers[unit.documentID] == nil {
                let document = try store.document(id: unit.documentID)
                recognizers[unit.documentID] = try TermRecognizer(
                    glossaries: glossaries, sourceLanguage: document.sourceLanguage,
                    targetLanguage: document.targetLanguage)
            }
            let names = recognizers[unit.documentID]!.matches(in: unit.source).compactMap { match in
                match.entryID.map {
                    Listed.Name(
                        text: match.text, entry: $0, preferred: match.preferredTarget, status: match.status?.rawValue)
                }
            }
            return Listed(
                id: unit.id, document: unit.documentID, segments: unit.segmentIDs, source: unit.source,
                target: unit.target, status: unit.status, origin: unit.origin,
                score: unit.alignmentScore.map { ($0 * 1000).rounded() / 1000 }, names: names)
        }
        if format == .json { return try JSONOutput.write(listed) }
        let output = StandardOutput.shared
        for unit in listed {
            let segments = unit.segments.map(String.init).joined(separator: ",")
            var header = "#\(unit.id) [\(segments)] \(unit.status.rawValue)"
            if let origin = unit.origin { header += " (\(origin.rawValue))" }
            if let score = unit.score { header += " score \(String(format: "%.3f", score))" }
            output.write(header + "\n  source: \(unit.source)\n  target: \(unit.target ?? "—")\n")
            if !unit.names.isEmpty {
                let names = unit.names.map { "\($0.text) → \($0.preferred ?? "?")" }
                output.write("  names:  \(names.joined(separator: "; "))\n")
            }
        }
    }
}

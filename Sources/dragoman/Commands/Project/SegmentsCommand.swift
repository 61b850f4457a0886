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
            Every unit with its id, the positions of its source segments in its document, its source text, target, \
            status, origin, alignment score and the glossary names and terms in its source with their preferred \
            target forms. A unit whose aligned target comes from a bead the aligner was unsure of (confidence below \
            0.7, nobody has typed over it or reviewed it) is marked "to review"; --filter review lists only those. \
            Units are numbered by id from 1 (as `set` and `qa` take them); segments by position \
            from 0 within their document (as `segment` and `align` print them).
              dragoman segments --document 1 --format json
              dragoman segments --filter review
            """
    )

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @Option(name: .long, help: "Only these units (review: marked for alignment review).")
    var filter: UnitFilter?

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let listed = try ListedUnit.list(
            in: store, glossaries: try projectOptions.glossaries(of: store), document: document
        ).filter { filter == nil || $0.alignmentReview }
        if format == .json { return try JSONOutput.write(listed) }
        let output = StandardOutput.shared
        for unit in listed {
            let segments = unit.segments.map(String.init).joined(separator: ",")
            let label = unit.segments.count == 1 ? "segment" : "segments"
            var header = "unit \(unit.unit) (document \(unit.document), \(label) \(segments)): \(unit.status.rawValue)"
            if let origin = unit.origin { header += " (\(origin.rawValue))" }
            if let score = unit.score { header += " score \(String(format: "%.3f", score))" }
            if unit.alignmentReview {
                header += " to review (alignment confidence below \(TranslationUnit.alignmentReviewThreshold))"
            }
            output.write(header + "\n  source: \(unit.source)\n  target: \(unit.target ?? "—")\n")
            if !unit.names.isEmpty {
                let names = unit.names.map { "\($0.text) → \($0.preferred ?? "?")" }
                output.write("  names:  \(names.joined(separator: "; "))\n")
            }
        }
    }
}

/// Which units `segments` lists.
enum UnitFilter: String, ExpressibleByArgument, CaseIterable {
    /// Aligned targets from beads the aligner was unsure of, not yet typed over or reviewed.
    case review
}

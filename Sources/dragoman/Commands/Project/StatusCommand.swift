import ArgumentParser
import DragomanStore
import DragomanWorkflow

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the progress of each document: units and source words by status.",
        discussion: """
            Also counts the units marked for alignment review: aligned targets from beads the aligner was unsure \
            of (confidence below 0.7) that nobody has typed over or reviewed (`segments --filter review` lists them).
            """
    )

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let info = try store.info
        let progress = try DocumentProgress.all(in: store)
        if format == .json {
            struct Report: Encodable {
                var project: String
                var documents: [DocumentProgress]
            }
            return try JSONOutput.write(Report(project: info.id, documents: progress))
        }
        let output = StandardOutput.shared
        output.write("project \(info.id) (\(store.path))\n")
        for document in progress {
            output.write("document \(document.document) \(document.name) \(document.languages): ")
            output.write("\(document.totalUnits) units, \(document.totalWords) words\n")
            for status in UnitStatus.allCases {
                let count = document.units[status.rawValue] ?? 0
                guard count > 0 else { continue }
                let percent = document.percentOfWords(status)
                output.write(
                    "  \(status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))"
                        + "\(String(count).leftPadded(5)) units \(String(document.words[status.rawValue] ?? 0).leftPadded(6)) words "
                        + "(\(percent)%)\n")
            }
            if document.alignmentReview > 0 {
                output.write(
                    "  to review  \(String(document.alignmentReview).leftPadded(5)) \(document.alignmentReview == 1 ? "unit " : "units") "
                        + "with alignment confidence below "
                        + "\(TranslationUnit.alignmentReviewThreshold) (segments --filter review)\n")
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

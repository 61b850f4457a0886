import ArgumentParser
import DragomanExchange
import DragomanText
import DragomanWorkflow
import Foundation

struct ImportReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-review",
        abstract: "Apply a reviewer's XLIFF 1.2, XLIFF 2.1 or CSV file to the project.",
        discussion: """
            Changed targets and statuses become new history entries, in one transaction, and are listed. A unit \
            whose source in the file no longer matches the project is a conflict and is not applied; unknown \
            unit ids are listed; a file of another project is refused; an invalid file changes nothing. Exit \
            status 1 when there were conflicts or unknown units.
              dragoman import-review review.xlf --author reviewer
            """
    )

    @Argument(help: "The reviewed file (.xlf/.xliff or .csv).")
    var file: String

    @Flag(name: .long, help: "Report what would change without changing anything.")
    var dryRun = false

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let store = try projectOptions.open()
        let data = try FileAccess.read(file)
        let reviewed: ReviewedFile
        if file.lowercased().hasSuffix(".csv") {
            reviewed = try ReviewCSV.read(data, file: file)
        } else {
            reviewed = try ReviewedFile.readXLIFF(data, file: file)
        }
        let report = try ReviewImport(author: author.name).apply(reviewed, to: store, dryRun: dryRun)
        let output = StandardOutput.shared
        for line in report.changes { output.write((dryRun ? "would change " : "changed ") + line + "\n") }
        for line in report.conflicts { output.write("conflict: " + line + "\n") }
        for line in report.unknown { output.write("unknown: " + line + "\n") }
        StandardError.write(
            "dragoman: \(report.changes.count) unit(s) \(dryRun ? "would change" : "changed"), \(report.unchanged) unchanged, "
                + "\(report.conflicts.count) conflict(s), \(report.unknown.count) unknown\n")
        if !report.conflicts.isEmpty || !report.unknown.isEmpty { throw CommandFailure.problemsFound() }
    }
}

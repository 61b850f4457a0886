import ArgumentParser
import DragomanStore
import DragomanText
import DragomanWorkflow

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a project for review or for other tools: XLIFF 1.2 or 2.1, TMX, TBX, CSV or HTML.",
        discussion: """
            Every file carries the project id, so that `dragoman import-review` can refuse another project's file. \
            XLIFF units are the project's units (id uN); names and QA findings go into notes (and the Glossary \
            module in 2.1); a unit of several source segments keeps them (2.1) or joins them (1.2). Status \
            mapping: new → needs-translation / initial; draft → needs-review-translation / initial + \
            subState dragoman:draft; translated → translated; reviewed → signed-off / reviewed; approved → final.
            tmx: one unit per confirmed or aligned unit; tbx: the project's glossaries (TBX-Basic); csv: a review \
            table (UTF-8 with BOM, CRLF, formula-safe); html: a self-contained side-by-side review page.
            The file is written atomically.
              dragoman export --format xliff21 -o review.xlf
            """
    )

    @Option(name: .long, help: "The file format.")
    var format: ProjectExport.Format

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @Option(name: .long, parsing: .upToNextOption, help: "Only units with these statuses.")
    var status: [UnitStatus] = []

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let (text, count) = try ProjectExport.text(
            format, from: store, glossaries: try projectOptions.glossaries(of: store), document: document,
            statuses: status.isEmpty ? nil : Set(status))
        try FileAccess.write(text, to: output)
        StandardError.write("dragoman: wrote \(count) \(format == .tbx ? "entries" : "units") to \(output)\n")
    }
}

extension ProjectExport.Format: ExpressibleByArgument {}

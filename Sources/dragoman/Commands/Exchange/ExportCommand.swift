import ArgumentParser
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

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
            table (UTF-8 with BOM, CRLF, formula-safe); html: a self-contained side-by-side review page; tbx2, \
            omegat, bilingual-csv: the project's glossaries for other tools (see `dragoman glossary export`).
            With --glossary-format, the project's glossaries go next to the file as OUTPUT-NAME.glossary.EXT in \
            each format named (tbx2 for most CAT tools, omegat for OmegaT's glossary/ folder, bilingual-csv for \
            term-base CSV imports), for the document's language pair, so that a review package carries its termbase.
            Files are written atomically.
              dragoman export --format xliff21 -o review.xlf --glossary-format tbx2 omegat
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

    @Option(
        name: .long, parsing: .upToNextOption,
        help:
            "Also write the project's glossaries next to it in these formats (tbx, tbx2, csv, tsv, omegat, bilingual-csv)."
    )
    var glossaryFormat: [GlossaryFile.Format] = []

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        for (index, format) in glossaryFormat.enumerated() {
            if let other = glossaryFormat[..<index].first(where: { $0.fileExtension == format.fileExtension }) {
                throw ValidationError(
                    "--glossary-format: \(other.rawValue) and \(format.rawValue) would both write \(glossaryPath(format)); export one of them at a time"
                )
            }
        }
    }

    /// `review.xlf` → `review.glossary.tbx`.
    func glossaryPath(_ format: GlossaryFile.Format) -> String {
        let url = URL(fileURLWithPath: output)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(stem).glossary.\(format.fileExtension)").path
    }

    func run() throws {
        let store = try projectOptions.open()
        let (text, count) = try ProjectExport.text(
            format, from: store, glossaries: try projectOptions.glossaries(of: store), document: document,
            statuses: status.isEmpty ? nil : Set(status))
        try FileAccess.write(text, to: output)
        StandardError.write(
            "dragoman: wrote \(count) \(format.glossaryFormat != nil ? "entries" : "units") to \(output)\n")
        let glossaries = glossaryFormat.isEmpty ? [] : try projectOptions.glossaries(of: store)
        for glossaryFormat in glossaryFormat {
            let path = glossaryPath(glossaryFormat)
            let (text, count) = try ProjectExport.glossaryText(
                glossaryFormat, from: store, glossaries: glossaries, document: document)
            try FileAccess.write(text, to: path)
            StandardError.write("dragoman: wrote \(count) glossary entries to \(path) (\(glossaryFormat.rawValue))\n")
        }
    }
}

extension ProjectExport.Format: ExpressibleByArgument {}

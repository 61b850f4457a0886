import ArgumentParser
import DragomanExchange
import DragomanGlossary
import DragomanStore
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
            table (UTF-8 with BOM, CRLF, formula-safe); html: a self-contained side-by-side review page.
            The file is written atomically.
              dragoman export --format xliff21 -o review.xlf
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xliff12, xliff21, tmx, tbx, csv, html
    }

    @Option(name: .long, help: "xliff12, xliff21, tmx, tbx, csv or html.")
    var format: Format

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @Option(name: .long, parsing: .upToNextOption, help: "Only units with these statuses.")
    var status: [UnitStatus] = []

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let glossaries = try projectOptions.glossaries(of: store)
        let text: String
        var count = 0
        if format == .tbx {
            var merged = Glossary(title: "Glossaries of project \(try store.info.id)")
            for glossary in glossaries { merged.merge(glossary) }
            count = merged.entries.count
            text = GlossaryTBX.write(merged)
        } else {
            let package = try ReviewPackageBuilder(glossaries: glossaries).package(
                from: store, document: document, statuses: status.isEmpty ? nil : Set(status), annotated: format != .tmx
            )
            count = package.documents.reduce(0) { $0 + $1.units.count }
            switch format {
            case .xliff12: text = XLIFF12File.write(package)
            case .xliff21: text = XLIFF21File.write(package)
            case .csv: text = ReviewCSV.write(package)
            case .html: text = ReviewPage.write(package)
            case .tmx:
                let memory = package.memoryUnits()
                count = memory.count
                text = TMXFile.write(
                    memory, sourceLanguage: package.documents.first?.document.sourceLanguage ?? "de",
                    projectID: package.projectID)
            case .tbx: fatalError("handled above")
            }
        }
        try FileIO.write(text, to: output)
        StandardError.write("dragoman: wrote \(count) \(format == .tbx ? "entries" : "units") to \(output)\n")
    }
}

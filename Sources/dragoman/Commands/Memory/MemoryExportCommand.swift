import ArgumentParser
import DragomanExchange
import DragomanText
import Foundation

struct MemoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the translation memory as TMX 1.4b (written atomically)."
    )

    @Option(name: .shortAndLong, help: "The TMX file to write.")
    var output: String

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let units = try store.memoryUnits()
        let documents = try store.documents()
        let source = units.first?.sourceLanguage ?? documents.first?.sourceLanguage ?? "de"
        let tmx = TMXFile.write(units, sourceLanguage: source, projectID: try store.info.id)
        try FileAccess.write(tmx, to: output)
        StandardError.write("dragoman: wrote \(units.count) units to \(output)\n")
    }
}

import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a glossary in another format (by the output file's extension: .tbx, .csv, .tsv).")

    @Argument(help: "The glossary file to export.")
    var source: String

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    func run() throws {
        try GlossaryFile.write(GlossaryFile.read(source), to: output)
    }
}

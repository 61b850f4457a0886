import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an entry from a glossary file (exit status 1 when there is none).")

    @Argument(help: "The glossary file.")
    var file: String

    @Option(name: .long, help: "Entry identifier.")
    var id: String

    func run() throws {
        var glossary = try GlossaryFile.read(file)
        guard glossary.remove(id: id) else { throw CommandFailure.problemsFound("\(file): no entry \(id)") }
        try GlossaryFile.write(glossary, to: file)
    }
}

import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct NamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Match names across languages, scripts and transliteration conventions.",
        subcommands: [NamesMatchCommand.self, NamesPairCommand.self, NamesRenderCommand.self]
    )
}

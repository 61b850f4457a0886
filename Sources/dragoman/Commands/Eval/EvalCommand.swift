import ArgumentParser
import DragomanText
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Dragoman against test sets.",
        subcommands: [
            EvalSegmentationCommand.self, EvalLanguageCommand.self, EvalNamesCommand.self, EvalAlignmentCommand.self,
        ]
    )
}

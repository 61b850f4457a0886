import ArgumentParser
import DragomanAlign
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory (run from a release build).",
        subcommands: [
            BenchSegmentationCommand.self, BenchNamesCommand.self, BenchTermsCommand.self, BenchAlignmentCommand.self,
            BenchMemoryCommand.self, BenchExportCommand.self, BenchSummaryCommand.self, BenchWorkbenchCommand.self,
            BenchStoreCommand.self,
        ]
    )
}

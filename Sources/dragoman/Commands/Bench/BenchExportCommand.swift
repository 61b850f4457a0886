import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanWorkflow
import Foundation

struct BenchExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export times of a large project to each format.",
        discussion: """
            Builds a project file of --units units from an aligned article pair (by default the samples), \
            with the shipped glossaries, and times `export` to XLIFF 1.2, XLIFF 2.1, TMX, TBX, CSV and HTML.
              swift build -c release && .build/release/dragoman bench export
            """
    )

    @Option(name: .long, help: "Units in the project.")
    var units = 50_000

    @OptionGroup var pair: ArticlePairOptions

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let glossaries = try glossaryOptions.load()
        let pairs = try BenchPairs.load(
            source: pair.source, translation: pair.translation, presegmented: false, sourceLang: .german,
            glossaries: glossaries)
        let timings = try ExportBenchmark(pairs: pairs, units: units, glossaries: glossaries).run(
            folder: FileManager.default.temporaryDirectory
        ) { message in
            if StandardError.isTerminal { StandardError.write("dragoman: \(message)…\n") }
        }
        let baseline = timings.first { $0.format == "(read)" }?.seconds ?? 0
        for timing in timings {
            let ratio = baseline > 0 ? String(format: "%6.1f× reading", timing.seconds / baseline) : ""
            let label = timing.format.padding(toLength: max(18, timing.format.count), withPad: " ", startingAt: 0)
            StandardOutput.shared.write(
                label
                    + String(
                        format: " %6d units: %6.2f s, %6.1f MB  %@\n", timing.units, timing.seconds,
                        Double(timing.bytes) / 1e6, ratio as NSString))
        }
    }
}

import ArgumentParser
import DragomanEvaluation
import DragomanText
import Foundation

struct BenchWorkbenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench",
        abstract: "Server time of the workbench's save with QA, against the store's plain update.",
        discussion: """
            Builds a project of --units units from an aligned article pair (by default the samples) with the \
            shipped glossaries, then times --saves confirmations each way: the store's update alone (the \
            baseline) and the workbench's QA check plus save (history, memory, live update). --keep keeps the \
            project for a load test (Tests/Browser/workbench_bench.py serves it).
              swift build -c release && .build/release/dragoman bench workbench
            """
    )

    @Option(name: .long, help: "Units in the project.")
    var units = 5_000

    @Option(name: .long, help: "Saves to time each way.")
    var saves = 200

    @Option(name: .long, help: "Keep the project in this file (it must not exist).")
    var keep: String?

    @OptionGroup var pair: ArticlePairOptions

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        if units < 2 || saves < 1 { throw ValidationError("--units must be at least 2 and --saves at least 1") }
        if let keep, FileManager.default.fileExists(atPath: keep) {
            throw ValidationError("\(keep) exists; --keep writes a new project")
        }
    }

    func run() throws {
        let glossaries = try glossaryOptions.load()
        let pairs = try BenchPairs.load(
            source: pair.source, translation: pair.translation, presegmented: false, sourceLang: .german,
            glossaries: glossaries)
        let benchmark = WorkbenchBenchmark(pairs: pairs, units: units, saves: saves, glossaries: glossaries)
        let path =
            keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).db").path
        defer {
            if keep == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let timings = try AsyncRunner.result {
            try await benchmark.run(path: path) { message in
                if StandardError.isTerminal { StandardError.write("dragoman: \(message)…\n") }
            }
        }
        let baseline = timings.first?.percentile(0.5) ?? 0
        for timing in timings {
            let label = timing.label.padding(toLength: 26, withPad: " ", startingAt: 0)
            let median = timing.percentile(0.5)
            let ratio =
                baseline > 0 && timing.milliseconds.count > 1
                ? String(format: "  %5.1f× baseline", median / baseline) : ""
            StandardOutput.shared.write(
                label
                    + String(
                        format: " %5d × median %7.2f ms  p95 %7.2f ms  max %7.2f ms%@\n", timing.milliseconds.count,
                        median, timing.percentile(0.95), timing.milliseconds.max() ?? 0, ratio as NSString))
        }
        if let keep { StandardError.write("dragoman: kept the project in \(keep)\n") }
    }
}

import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct BenchNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Name matcher pairs per second and name-index lookup times.",
        discussion: """
            Builds an index of --entries synthetic names (Slavic, Korean, Arabic, Chinese, German and \
            English), looks up --lookups names (a third rewritten in German press spelling, a third \
            unchanged, a third absent) and prints mean and 99th-percentile lookup times, then compares \
            --scan-checks lookups with a full scan of the index (which also gives the matcher's pairs \
            per second).
              swift build -c release && .build/release/dragoman bench names
            """
    )

    @Option(name: .long, help: "Names in the index.")
    var entries: Int = 100_000

    @Option(name: .long, help: "Lookups to time.")
    var lookups: Int = 5_000

    @Option(name: .long, help: "Lookups to compare with a full scan.")
    var scanChecks: Int = 200

    @Option(name: .long, help: "Timing rounds; the best counts.")
    var repetitions: Int = 5

    func run() throws {
        let result = try NameIndexBenchmark(
            entries: entries, lookups: lookups, scanChecks: scanChecks, repetitions: repetitions
        ).run { message in
            if StandardError.isTerminal { StandardError.write("dragoman: \(message)…\n") }
        }
        let output = StandardOutput.shared
        output.write(String(format: "index: %d names, built in %.2f s\n", result.entries, result.buildSeconds))
        output.write(String(format: "name keys: %.0f per second\n", result.keysPerSecond))
        output.write(String(format: "matcher: %.0f pairs per second (full scans)\n", result.pairsPerSecond))
        output.write(
            String(
                format:
                    "lookup of a name: mean %.1f µs, 99th percentile %.1f µs (%d lookups, best of \(repetitions) rounds, %.0f candidates on average)\n",
                result.meanLookupMicroseconds, result.p99LookupMicroseconds, result.lookups, result.meanCandidates))
        output.write(String(format: "lookup of a prepared key: mean %.1f µs\n", result.meanKeyLookupMicroseconds))
        if result.scanChecks > 0 {
            output.write(
                String(
                    format:
                        "baseline, full scan of the index: mean %.0f µs per prepared key (the index is %.0f× faster)\n",
                    result.meanScanMicroseconds, result.meanScanMicroseconds / result.meanKeyLookupMicroseconds))
        }
        output.write(
            String(
                format: "index best = full-scan best: %d of %d (%.1f%%)\n", result.scanAgreements, result.scanChecks,
                100 * result.agreement))
    }
}

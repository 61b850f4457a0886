import ArgumentParser
import DragomanEvaluation
import DragomanStore
import DragomanText
import Foundation

struct BenchMemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Translation-memory lookup times over real sentences, and agreement with a full scan.",
        discussion: """
            Reads one sentence per line from --corpus, puts the first --entries distinct ones in a memory, and \
            looks up --queries sentences (half revised memory sentences, half new ones) for their top five \
            matches of 50% or more; then compares the best match of --scan-checks lookups with a full scan.
            `.ci/make-tm-corpus.py` builds a corpus of real sentences from the machine's message catalogues and \
            the PUD sentences.
              swift build -c release && .build/release/dragoman bench tm --corpus /tmp/tm-corpus.txt
            """
    )

    @Option(name: .long, help: "A text file with one sentence per line.")
    var corpus: String

    @Option(name: .long, help: "Sentences in the memory.")
    var entries: Int = 100_000

    @Option(name: .long, help: "Lookups to time.")
    var queries: Int = 1_000

    @Option(name: .long, help: "Lookups to compare with a full scan.")
    var scanChecks: Int = 200

    @Option(name: .long, help: "Best-ranked entries compared exactly per lookup.")
    var candidates = TranslationMemoryIndex.verifiedCandidates

    func run() throws {
        var sentences: [String] = []
        try TextFileReader(path: corpus).forEachLine { line in
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { sentences.append(text) }
        }
        var benchmark = TranslationMemoryBenchmark(
            sentences: sentences, entries: entries, queries: queries, scanChecks: scanChecks)
        benchmark.candidates = candidates
        let result = benchmark.run { message in
            if StandardError.isTerminal { StandardError.write("dragoman: \(message)…\n") }
        }
        let output = StandardOutput.shared
        output.write(
            String(
                format: "memory: %d sentences, indexed in %.2f s; %d candidates verified per lookup\n", result.entries,
                result.buildSeconds, candidates))
        output.write(
            String(
                format:
                    "lookup (top 5, ≥ 50%%): mean %.2f ms, 99th percentile %.2f ms over %d queries (%.1f matches each)\n",
                result.meanLookupMilliseconds, result.p99LookupMilliseconds, result.queries, result.meanMatches))
        output.write(
            String(
                format: "full scan: mean %.1f ms per query (%.0f× the index)\n", result.meanScanMilliseconds,
                result.meanScanMilliseconds / max(result.meanLookupMilliseconds, 1e-9)))
        output.write(
            String(
                format: "index best = full-scan best: %d of %d (%.1f%%)\n", result.scanAgreements, result.scanChecks,
                100 * result.agreement))
    }
}

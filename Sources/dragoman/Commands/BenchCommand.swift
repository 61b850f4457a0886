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
        ]
    )
}

struct BenchSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Segmentation throughput next to ICU's raw sentence iterator, and peak memory on large files.",
        discussion: """
            Builds a text of --megabytes from the given files (default: the sample article) and prints MB/s \
            (10^6 UTF-8 bytes per second, decoding included) of Dragoman's segmenter and of ICU's sentence \
            break iterator on the same text in the same run, best of --repetitions. With --memory it also \
            segments generated files of 20 MB and 200 MB in child processes and prints their peak memory.
              swift build -c release && .build/release/dragoman bench segmentation --memory
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Text files to build the benchmark text from.")
    var file: [String] = ["Samples/de-nordkorea-truppen.txt"]

    @Option(name: .long, help: "Language of the text.")
    var lang: LanguageCode = .german

    @Option(name: .long, help: "Size of the benchmark text in MB.")
    var megabytes: Int = 20

    @Option(name: .long, help: "Runs per measurement; the best counts.")
    var repetitions: Int = 3

    @Flag(name: .long, help: "Also measure peak memory when segmenting 20 MB and 200 MB files.")
    var memory = false

    func run() throws {
        let sample = try file.map { path in
            var lines: [String] = []
            try TextFileReader(path: path).forEachLine { lines.append($0.text) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
        let corpus = SegmentationBenchmark.corpus(repeating: sample, toBytes: megabytes * 1_000_000)
        let result = try SegmentationBenchmark(text: corpus, language: lang).run(repetitions: repetitions)
        let output = StandardOutput.shared
        output.write(
            String(
                format: "text: %.1f MB (%@), language %@\n", Double(result.bytes) / 1e6, file.joined(separator: ", "),
                lang.tag))
        output.write(
            String(format: "dragoman segmenter: %8.1f MB/s  (%d segments)\n", result.segmenterMBps, result.segments))
        output.write(
            String(
                format: "ICU sentence breaks: %7.1f MB/s  (%d boundaries, one iterator, text set per paragraph)\n",
                result.icuMBps, result.icuBoundaries))
        output.write(String(format: "ratio: %.1f%% of raw ICU\n", 100 * result.ratio))
        output.flush()
        if memory { try measureMemory(sample: sample) }
    }

    private func measureMemory(sample: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var peaks: [(Int, Int)] = []
        for size in [20, 200] {
            let path = directory.appendingPathComponent("text-\(size)mb.txt").path
            try writeCorpus(sample: sample, megabytes: size, to: path)
            let peak = try ChildProcess.peakMemory(
                of: ChildProcess.currentExecutable, arguments: ["segment", path, "--lang", lang.tag, "--format", "tsv"])
            peaks.append((size, peak))
            StandardOutput.shared.write(
                String(format: "peak memory segmenting %3d MB: %6.1f MB\n", size, Double(peak) / 1e6))
            StandardOutput.shared.flush()
        }
        let growth = Double(peaks[1].1 - peaks[0].1) / 1e6
        StandardOutput.shared.write(String(format: "growth from 20 MB to 200 MB of text: %+.1f MB\n", growth))
    }

    /// Writes the corpus in pieces, so that the benchmark itself stays small.
    private func writeCorpus(sample: String, megabytes: Int, to path: String) throws {
        let piece = Data(SegmentationBenchmark.corpus(repeating: sample, toBytes: 1_000_000))
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var written = 0
        while written < megabytes * 1_000_000 {
            try handle.write(contentsOf: piece)
            written += piece.count
        }
    }
}

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
    var repetitions: Int = 3

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
        output.write(
            String(
                format: "index best = full-scan best: %d of %d (%.1f%%)\n", result.scanAgreements, result.scanChecks,
                100 * result.agreement))
    }
}

struct BenchTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Term recognition speed and memory with a large glossary.",
        discussion: """
            Builds a recogniser from the glossaries in use plus --entries synthetic names, runs it over \
            --megabytes of the sample article (with names mixed in) and prints tokens per second and the \
            process's peak memory.
              swift build -c release && .build/release/dragoman bench terms
            """
    )

    @Option(name: .long, help: "Synthetic glossary entries.")
    var entries: Int = 100_000

    @Option(name: .long, help: "Text size in MB.")
    var megabytes: Double = 2

    @Option(name: .long, help: "The text to repeat.")
    var file: String = "Samples/de-nordkorea-truppen.txt"

    @Option(name: .long, help: "Language of the text.")
    var lang: LanguageCode = .german

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        var lines: [String] = []
        try TextFileReader(path: file).forEachLine { lines.append($0.text) }
        let result = try TermRecognitionBenchmark(entries: entries, megabytes: megabytes)
            .run(sample: lines.joined(separator: " "), language: lang, glossaries: glossaries.load())
        let output = StandardOutput.shared
        output.write(
            String(format: "glossary: %d entries, recogniser built in %.2f s\n", result.entries, result.buildSeconds))
        output.write(String(format: "text: %d tokens, %d terms and names found\n", result.tokens, result.matches))
        output.write(String(format: "recognition: %.0f tokens per second\n", result.tokensPerSecond))
        output.write(String(format: "peak memory: %.1f MB\n", Double(result.peakMemoryBytes) / 1e6))
    }
}

struct BenchAlignmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Alignment time, peak memory and strict F1 at 1k, 10k and 100k segments per side.",
        discussion: """
            Repeats a parallel test (one segment per line on each side and its gold beads, such as the \
            PUD test .ci/make-pud-alignment.py writes) to each size and aligns it.
              python3 .ci/make-pud-alignment.py ../shared /tmp/pud
              .build/release/dragoman bench alignment /tmp/pud/pud.de /tmp/pud/pud.en /tmp/pud/pud.gold
            """
    )

    @Argument var source: String
    @Argument var target: String
    @Argument var gold: String

    @Option(name: .long) var sourceLang: LanguageCode = .german
    @Option(name: .long) var targetLang: LanguageCode = .english

    @Option(name: .long, parsing: .upToNextOption, help: "Segments per side.")
    var sizes: [Int] = [1_000, 10_000, 100_000]

    func run() throws {
        let loaded = try AlignmentInput.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang, presegmented: true,
            dictionaries: [])
        var beads: [Bead] = []
        try TextFileReader(path: gold).forEachLine { line in
            if let bead = Bead(parsing: line.text) { beads.append(bead) }
        }
        let aligner = SentenceAligner(
            sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage, dictionary: loaded.dictionary)
        let output = StandardOutput.shared
        for result in AlignmentBenchmark(source: loaded.sourceSegments, target: loaded.targetSegments, gold: beads)
            .run(sizes: sizes, aligner: aligner)
        {
            output.write(
                String(
                    format: "%7d × %7d segments: %7.2f s, peak memory %7.1f MB, strict F1 %.4f\n",
                    result.segments.source,
                    result.segments.target, result.seconds, Double(result.peakMemoryBytes) / 1e6, result.strictF1))
            output.flush()
        }
    }
}

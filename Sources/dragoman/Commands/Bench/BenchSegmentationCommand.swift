import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

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
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CommandFailure.usage("\(path): cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var written = 0
        while written < megabytes * 1_000_000 {
            try handle.write(contentsOf: piece)
            written += piece.count
        }
    }
}

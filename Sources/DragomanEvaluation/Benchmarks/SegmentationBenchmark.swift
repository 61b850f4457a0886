import DragomanText
import Foundation

/// Throughput of the segmenter next to ICU's raw sentence break iterator on the same text,
/// in the same process: both start from UTF-8 bytes in memory and decode them line by line
/// (paragraph by paragraph) to UTF-16, so decoding is included on both sides.
public struct SegmentationBenchmark {
    public struct Result: Sendable {
        public var bytes: Int
        public var segments: Int
        public var icuBoundaries: Int
        /// Best-of-runs throughput in 10^6 UTF-8 bytes per second.
        public var segmenterMBps: Double
        public var icuMBps: Double
        public var ratio: Double { segmenterMBps / icuMBps }
    }

    public let text: [UInt8]
    public let language: LanguageCode

    public init(text: [UInt8], language: LanguageCode) {
        self.text = text
        self.language = language
    }

    /// Repeats `sample` (paragraphs separated by newlines) until the text holds at least `bytes` bytes.
    public static func corpus(repeating sample: String, toBytes bytes: Int) -> [UInt8] {
        let paragraph = Array(sample.utf8) + (sample.hasSuffix("\n") ? [] : [0x0A])
        guard !paragraph.isEmpty else { return [] }
        var corpus: [UInt8] = []
        corpus.reserveCapacity(bytes + paragraph.count)
        while corpus.count < bytes { corpus.append(contentsOf: paragraph) }
        return corpus
    }

    public func run(repetitions: Int = 3) throws -> Result {
        let segmenter = try Segmenter(language: language)
        let iterator = try BreakIterator(.sentence, locale: language.icuLocale)
        var bestSegmenter = Double.infinity
        var bestICU = Double.infinity
        var segments = 0
        var boundaries = 0
        for _ in 0..<max(1, repetitions) {
            var count = 0
            let start = DispatchTime.now().uptimeNanoseconds
            var scratch = Segmenter.Scratch()
            try decodeLines { line in
                try segmenter.segment(line, scratch: &scratch) { _, _, _ in count += 1 }
            }
            let middle = DispatchTime.now().uptimeNanoseconds
            var found = 0
            var ends: [Int32] = []
            var statuses: [Int32] = []
            try decodeLines { line in
                found += try line.units.withUnsafeBufferPointer {
                    try iterator.fillBoundaries(in: $0, boundaries: &ends, ruleStatus: &statuses)
                }
            }
            let end = DispatchTime.now().uptimeNanoseconds
            bestSegmenter = min(bestSegmenter, Double(middle - start) / 1e9)
            bestICU = min(bestICU, Double(end - middle) / 1e9)
            segments = count
            boundaries = found
        }
        let megabytes = Double(text.count) / 1e6
        return Result(
            bytes: text.count, segments: segments, icuBoundaries: boundaries, segmenterMBps: megabytes / bestSegmenter,
            icuMBps: megabytes / bestICU)
    }

    private func decodeLines(_ body: (TextLine) throws -> Void) throws {
        var decoder = LineDecoder(file: "benchmark")
        try decoder.decode(text, isLast: true, body)
        try decoder.finish(body)
    }
}

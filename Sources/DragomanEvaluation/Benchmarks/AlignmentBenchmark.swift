import DragomanAlign
import DragomanText
import Foundation

/// Time, memory and accuracy of alignment at growing sizes, on real parallel text with a
/// known gold repeated to the size wanted (the segments and gold beads of each copy shifted).
public struct AlignmentBenchmark {
    public struct Result: Sendable {
        public var segments: (source: Int, target: Int)
        public var seconds: Double
        /// Peak resident memory of the process so far, in bytes.
        public var peakMemoryBytes: Int
        public var strictF1: Double
    }

    public let source: [String]
    public let target: [String]
    public let gold: [Bead]

    public init(source: [String], target: [String], gold: [Bead]) {
        self.source = source
        self.target = target
        self.gold = gold
    }

    public func run(sizes: [Int], aligner: SentenceAligner) -> [Result] {
        sizes.map { size in
            let copies = max(1, Int((Double(size) / Double(max(1, source.count))).rounded(.up)))
            var big = (source: [String](), target: [String](), gold: [Bead]())
            for copy in 0..<copies {
                let (s, t) = (copy * source.count, copy * target.count)
                big.source += source
                big.target += target
                big.gold += gold.map { Bead(source: $0.source.map { $0 + s }, target: $0.target.map { $0 + t }) }
            }
            // Trim to the size asked for, keeping only whole gold beads.
            var kept: [Bead] = []
            for bead in big.gold {
                if (bead.source.last ?? -1) >= size || (bead.target.last ?? -1) >= size { break }
                kept.append(bead)
            }
            let sourceEnd = (kept.compactMap { $0.source.last }.max() ?? -1) + 1
            let targetEnd = (kept.compactMap { $0.target.last }.max() ?? -1) + 1
            let start = Date()
            let beads = aligner.align(
                source: Array(big.source[0..<sourceEnd]), target: Array(big.target[0..<targetEnd]))
            let seconds = Date().timeIntervalSince(start)
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Result(
                segments: (sourceEnd, targetEnd), seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024,
                strictF1: AlignmentMetric(test: beads, gold: kept).strictF1)
        }
    }
}

import DragomanAlign

/// Whether bead confidences mean what they say: among the beads of an alignment below a
/// review threshold, the share that is wrong; among those at or above it, the share that is
/// right (a bead is right when a gold bead is equal to it); and, by confidence band, the mean
/// confidence against the share right.
public struct AlignmentCalibration: Sendable {
    public struct Band: Sendable {
        public var lower: Double
        public var upper: Double
        public var beads: Int
        public var meanConfidence: Double
        public var shareRight: Double
    }

    public var threshold: Double
    public var below: Int
    public var belowWrong: Int
    public var above: Int
    public var aboveRight: Int
    public var bands: [Band]
    /// Mean squared difference between confidence and rightness (0 or 1).
    public var brierScore: Double

    public var shareWrongBelow: Double { below > 0 ? Double(belowWrong) / Double(below) : 0 }
    public var shareRightAbove: Double { above > 0 ? Double(aboveRight) / Double(above) : 0 }

    public init(test: [Bead], gold: [Bead], threshold: Double, edges: [Double] = [0, 0.3, 0.5, 0.7, 0.9, 1]) {
        let exact = Set(gold.map(\.description))
        let judged = AlignmentMetric.unique(test).map { (confidence: $0.score, right: exact.contains($0.description)) }
        self.threshold = threshold
        let low = judged.filter { $0.confidence < threshold }
        let high = judged.filter { $0.confidence >= threshold }
        below = low.count
        belowWrong = low.filter { !$0.right }.count
        above = high.count
        aboveRight = high.filter(\.right).count
        bands = zip(edges, edges.dropFirst()).compactMap { lower, upper in
            let inside = judged.filter { $0.confidence >= lower && ($0.confidence < upper || upper == edges.last) }
            guard !inside.isEmpty else { return nil }
            return Band(
                lower: lower, upper: upper, beads: inside.count,
                meanConfidence: inside.reduce(0) { $0 + $1.confidence } / Double(inside.count),
                shareRight: Double(inside.filter(\.right).count) / Double(inside.count))
        }
        brierScore =
            judged.isEmpty
            ? 0
            : judged.reduce(0) { $0 + ($1.confidence - ($1.right ? 1 : 0)) * ($1.confidence - ($1.right ? 1 : 0)) }
                / Double(judged.count)
    }
}

import DragomanAlign

/// The standard sentence-alignment metric of Text+Berg (Sennrich & Volk 2010), as Bleualign,
/// Vecalign and Bertalign report it: strict and lax precision, recall and F1.
///
/// Precision is over the test beads (duplicates and empty beads dropped): strict hit when a
/// gold bead is equal, lax hit when some source sentence of it is gold-linked to some target
/// sentence of it (a 1-0 or 0-1 bead only hits strictly). Recall is the same with test and
/// gold swapped, after removing insertions and deletions from both.
public struct AlignmentMetric: Sendable {
    public var strictPrecision: Double
    public var strictRecall: Double
    public var laxPrecision: Double
    public var laxRecall: Double

    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }

    public struct Counts: Sendable {
        public var strictHits = 0
        public var laxHits = 0
        public var total = 0
    }

    public init(test: [Bead], gold: [Bead]) {
        let precision = Self.counts(Self.unique(test), against: gold)
        let recall = Self.counts(Self.unique(gold).filter(Self.isLink), against: test.filter(Self.isLink))
        strictPrecision = Self.ratio(precision.strictHits, precision.total)
        laxPrecision = Self.ratio(precision.laxHits, precision.total)
        strictRecall = Self.ratio(recall.strictHits, recall.total)
        laxRecall = Self.ratio(recall.laxHits, recall.total)
    }

    static func isLink(_ bead: Bead) -> Bool { !bead.source.isEmpty && !bead.target.isEmpty }

    static func unique(_ beads: [Bead]) -> [Bead] {
        var seen = Set<String>()
        return beads.filter { !($0.source.isEmpty && $0.target.isEmpty) && seen.insert($0.description).inserted }
    }

    static func counts(_ beads: [Bead], against reference: [Bead]) -> Counts {
        let exact = Set(reference.map(\.description))
        var links = Set<Int64>()
        for bead in reference {
            for s in bead.source { for t in bead.target { links.insert(Int64(s) << 32 | Int64(t)) } }
        }
        var counts = Counts()
        for bead in beads {
            counts.total += 1
            if exact.contains(bead.description) {
                counts.strictHits += 1
                counts.laxHits += 1
            } else if isLink(bead),
                bead.source.contains(where: { s in bead.target.contains { links.contains(Int64(s) << 32 | Int64($0)) } }
                )
            {
                counts.laxHits += 1
            }
        }
        return counts
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}

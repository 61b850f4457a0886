import Foundation

extension AlignmentModel {
    /// How likely each bead of a path is, given every other path through a band around it:
    /// the bead's posterior probability when path costs are read as −T·log probabilities
    /// (forward and backward sums over the band, in the cost domain).
    ///
    /// A bead that other ways of cutting the same sentences nearly match gets a low value; one
    /// that no neighbouring path comes close to gets a value near 1. The temperature T is
    /// calibrated on the Text+Berg development document so that the values read as the share
    /// of beads that are right (`dragoman eval alignment` prints the check).
    ///
    /// - Complexity: O(cells × bead types × bead size) for a band of ±8 segments around the path.
    func confidences(of beads: [Bead], temperature: Double) -> [Double] {
        let n = source.count
        let m = target.count
        guard n > 0, m > 0, !beads.isEmpty else { return beads.map { _ in 1 } }
        let band = Band.around(beads, n: n, m: m, halfWidth: 8)
        let cells = BandCells(band)
        // One closure for the whole search: a method reference made per call would copy the table.
        let pair = PairEvidence(model: self, band: band).value
        let types = SentenceAligner.beadTypes
        var forward = [Double](repeating: .infinity, count: cells.count)
        var backward = [Double](repeating: .infinity, count: cells.count)
        guard let start = cells.index(0, 0), let end = cells.index(n, m) else { return beads.map { _ in 1 } }
        forward[start] = 0
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] {
                guard let here = cells.index(i, j), here != start else { continue }
                var sum = SoftMinimum(temperature: temperature)
                for (a, b, prior) in types {
                    guard i >= a, j >= b, let from = cells.index(i - a, j - b), forward[from] < .infinity else {
                        continue
                    }
                    sum.add(forward[from] + beadCost(i - a, a, j - b, b, prior: prior, pair: pair))
                }
                forward[here] = sum.value
            }
        }
        backward[end] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) {
                guard let here = cells.index(i, j), here != end else { continue }
                var sum = SoftMinimum(temperature: temperature)
                for (a, b, prior) in types {
                    guard i + a <= n, j + b <= m, let to = cells.index(i + a, j + b), backward[to] < .infinity else {
                        continue
                    }
                    sum.add(beadCost(i, a, j, b, prior: prior, pair: pair) + backward[to])
                }
                backward[here] = sum.value
            }
        }
        let total = forward[end]
        // Beads are consecutive: an empty side starts where the bead before ended.
        var (i, j) = (0, 0)
        return beads.map { bead in
            let (a, b) = (bead.source.count, bead.target.count)
            defer { (i, j) = (i + a, j + b) }
            guard let prior = types.first(where: { $0.0 == a && $0.1 == b })?.2,
                let from = cells.index(i, j), let to = cells.index(i + a, j + b)
            else { return 0 }
            let cost = forward[from] + beadCost(i, a, j, b, prior: prior, pair: pair) + backward[to]
            return min(1, exp(-(cost - total) / temperature))
        }
    }
}

/// −T·log Σ exp(−x/T) over the values added, kept stable by factoring out the smallest.
struct SoftMinimum {
    let temperature: Double
    private var lowest = Double.infinity
    private var sum = 0.0

    init(temperature: Double) { self.temperature = temperature }

    mutating func add(_ value: Double) {
        guard value < .infinity else { return }
        if value < lowest {
            sum = sum * exp(-(lowest - value) / temperature) + 1
            lowest = value
        } else {
            sum += exp(-(value - lowest) / temperature)
        }
    }

    var value: Double { lowest == .infinity ? .infinity : lowest - temperature * log(sum) }
}

/// The cells the alignment search visits: for each source position i (0...n), the target
/// positions lo[i]...hi[i].
struct Band {
    var lo: [Int]
    var hi: [Int]

    /// Around the straight diagonal from (0, 0) to (n, m).
    static func diagonal(n: Int, m: Int, halfWidth: Int) -> Band {
        var band = Band(lo: [], hi: [])
        for i in 0...n {
            let center = Int((Double(i) * Double(m) / Double(n)).rounded())
            band.lo.append(max(0, center - halfWidth))
            band.hi.append(min(m, center + halfWidth))
        }
        return band
    }

    /// Around the path of an earlier alignment: every cell the path visits, widened by
    /// `halfWidth` on each side (a run of insertions visits many cells of one row).
    static func around(_ beads: [Bead], n: Int, m: Int, halfWidth: Int) -> Band {
        var first = [Int](repeating: m, count: n + 1)
        var last = [Int](repeating: 0, count: n + 1)
        func visit(_ i: Int, _ j: Int) {
            first[i] = min(first[i], j)
            last[i] = max(last[i], j)
        }
        var i = 0
        var j = 0
        visit(0, 0)
        for bead in beads {
            let nextI = i + bead.source.count
            let nextJ = j + bead.target.count
            // Rows inside a bead of several source segments: the straight line across it.
            if nextI > i {
                for step in 1...(nextI - i) { visit(i + step, j + (nextJ - j) * step / (nextI - i)) }
            }
            visit(nextI, nextJ)
            i = nextI
            j = nextJ
        }
        var band = Band(lo: [], hi: [])
        for row in 0...n {
            band.lo.append(max(0, min(first[row], last[row]) - halfWidth))
            band.hi.append(min(m, max(first[row], last[row]) + halfWidth))
        }
        band.lo[0] = 0
        band.hi[n] = m
        return band
    }
}

/// The cells of a band laid out row after row in one array.
struct BandCells {
    let band: Band
    /// Index of the first cell of each row.
    let offsets: [Int]

    init(_ band: Band) {
        self.band = band
        var offsets = [0]
        offsets.reserveCapacity(band.lo.count + 1)
        for i in band.lo.indices { offsets.append(offsets[i] + band.hi[i] - band.lo[i] + 1) }
        self.offsets = offsets
    }

    var count: Int { offsets[offsets.count - 1] }

    /// The array index of cell (i, j), or `nil` outside the band.
    func index(_ i: Int, _ j: Int) -> Int? {
        guard j >= band.lo[i], j <= band.hi[i] else { return nil }
        return offsets[i] + j - band.lo[i]
    }
}

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

    /// Around the path of an earlier alignment.
    static func around(_ beads: [Bead], n: Int, m: Int, halfWidth: Int) -> Band {
        var center = [Int](repeating: 0, count: n + 1)
        var i = 0
        var j = 0
        center[0] = 0
        for bead in beads {
            let nextI = i + bead.source.count
            let nextJ = j + bead.target.count
            if nextI > i {
                for step in 1...(nextI - i) { center[i + step] = j + (nextJ - j) * step / (nextI - i) }
            }
            i = nextI
            j = nextJ
        }
        var band = Band(lo: [], hi: [])
        for row in 0...n {
            band.lo.append(max(0, center[row] - halfWidth))
            band.hi.append(min(m, center[row] + halfWidth))
        }
        band.hi[n] = m
        return band
    }
}

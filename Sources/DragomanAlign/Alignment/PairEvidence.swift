import DragomanText

/// The pair evidence of every source and target segment a bead in a band can cover, computed
/// once up front on every core (rows are independent), in a window per source segment wide
/// enough for the largest bead.
struct PairEvidence {
    let model: AlignmentModel
    let windowStart: [Int]
    let windowOffsets: [Int]
    let evidence: [Float]

    init(model: AlignmentModel, band: Band) {
        let n = model.source.count
        let m = model.target.count
        let reach = 4
        var windowStart = [Int](repeating: 0, count: n + 1)
        var windowOffsets = [Int](repeating: 0, count: n + 1)
        for s in 0..<n {
            let low = max(0, band.lo[s] - reach)
            let high = min(m - 1, band.hi[min(n, s + reach)] + reach)
            windowStart[s] = low
            windowOffsets[s + 1] = windowOffsets[s] + max(0, high - low + 1)
        }
        var evidence = [Float](repeating: 0, count: windowOffsets[n])
        let (rowOffsets, starts) = (windowOffsets, windowStart)
        evidence.withUnsafeMutableBufferPointer { buffer in
            let cells = ResultSlots(buffer: buffer)
            ConcurrentWork.forEach(count: n) { row in
                for slot in 0..<(rowOffsets[row + 1] - rowOffsets[row]) {
                    cells.buffer[rowOffsets[row] + slot] = Float(model.pairEvidence(row, starts[row] + slot))
                }
            }
        }
        self.model = model
        self.windowStart = windowStart
        self.windowOffsets = windowOffsets
        self.evidence = evidence
    }

    /// Evidence that source segment i and target segment j translate each other.
    func value(_ i: Int, _ j: Int) -> Double {
        let slot = j - windowStart[i]
        guard slot >= 0, windowOffsets[i] + slot < windowOffsets[i + 1] else { return model.pairEvidence(i, j) }
        return Double(evidence[windowOffsets[i] + slot])
    }
}

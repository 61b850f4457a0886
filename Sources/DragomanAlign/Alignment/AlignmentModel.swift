import DragomanText
import Foundation

/// The bead costs of one alignment pass and the banded search over them.
struct AlignmentModel: Sendable {
    let source: [SegmentFeatures]
    let target: [SegmentFeatures]
    /// Source word id → target word ids.
    let lexicon: [[Int32]]
    let lexicalWeight: Double
    /// Cost of each sentence of a merged bead that has no link to the other side.
    let unlinkedPenalty = 3.0
    /// The share of a bead's coverage each of its sentences must reach on its own.
    static let sharedCoverage = 0.4
    /// Growth of the lexical bonus with a bead's larger side: a 2-1 bead whose sentences are
    /// all linked earns more than a 1-1 would, but less than two 1-1 beads, so that a merge is
    /// chosen when the words say the sentences belong together and not for the bonus alone.
    static let bonusGrowth = 0.4

    /// The largest lexical bonus of a bead by its larger side (1 to 4 segments).
    let bonuses: [Double]

    /// The largest lexical bonus of a bead of `a` source and `b` target segments.
    @inline(__always)
    func bonus(_ a: Int, _ b: Int) -> Double { bonuses[max(a, b)] }
    /// Target characters per source character over the whole document.
    let ratio: Double
    /// Target words sorted, for membership tests.
    let targetWords: [[Int32]]

    init(
        source: [SegmentFeatures], target: [SegmentFeatures], lexicon: [[Int32]], lexicalWeight: Double,
        lengthRatio: Double? = nil
    ) {
        self.source = source
        self.target = target
        self.lexicon = lexicon
        self.lexicalWeight = lexicalWeight
        bonuses = (0...4).map { lexicalWeight * pow(Double($0), Self.bonusGrowth) }
        let sourceLength = source.reduce(0) { $0 + $1.length }
        let targetLength = target.reduce(0) { $0 + $1.length }
        ratio = lengthRatio ?? (sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1)
        targetWords = target.map { $0.words.sorted() }
        targetMasks = target.map { Self.mask($0.words) }
        lexiconMasks = lexicon.map(Self.mask)
        // Prefix sums: a bead's lengths and token counts in constant time.
        var sums = (sourceLength: [0.0], sourceTokens: [0], targetLength: [0.0], targetTokens: [0])
        for features in source {
            sums.sourceLength.append(sums.sourceLength.last! + features.length)
            sums.sourceTokens.append(sums.sourceTokens.last! + features.words.count + features.anchors.count)
        }
        for features in target {
            sums.targetLength.append(sums.targetLength.last! + features.length)
            sums.targetTokens.append(sums.targetTokens.last! + features.words.count + features.anchors.count)
        }
        prefix = sums
    }

    let prefix: (sourceLength: [Double], sourceTokens: [Int], targetLength: [Double], targetTokens: [Int])
    /// 64-bit signatures of each target segment's words and of each source word's
    /// translations: most pairs share no bit, and need no search.
    let targetMasks: [UInt64]
    let lexiconMasks: [UInt64]

    static func mask(_ words: [Int32]) -> UInt64 {
        words.reduce(0) { $0 | (1 << ((UInt64(bitPattern: Int64($1)) &* 0x9E37_79B9_7F4A_7C15) >> 58)) }
    }

    /// Evidence that segment i and segment j translate each other: source words with a
    /// translation among the target words, plus shared numbers and word beginnings.
    func pairEvidence(_ i: Int, _ j: Int) -> Double {
        var hits = 0.0
        let words = targetWords[j]
        let targetMask = targetMasks[j]
        for word in source[i].words where lexiconMasks[Int(word)] & targetMask != 0 {
            let translations = lexicon[Int(word)]
            if translations.contains(where: { Self.sortedContains(words, $0) }) { hits += 1 }
        }
        let anchors = Self.sharedCount(source[i].anchors, target[j].anchors)
        return hits + Double(anchors)
    }

    static func sortedContains(_ array: [Int32], _ value: Int32) -> Bool {
        var low = 0
        var high = array.count
        while low < high {
            let middle = (low + high) / 2
            if array[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < array.count && array[low] == value
    }

    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        if a.isEmpty || b.isEmpty { return 0 }
        var count = 0
        for x in a where b.contains(x) { count += 1 }
        return count
    }

    /// −log of the Gale-Church probability that these lengths translate each other.
    func lengthCost(_ sourceLength: Double, _ targetLength: Double) -> Double {
        if sourceLength == 0 && targetLength == 0 { return 0 }
        let mean = (sourceLength + targetLength / ratio) / 2
        let delta = (targetLength - sourceLength * ratio) / (max(mean, 1) * 6.8).squareRoot()
        let probability = erfc(abs(delta) / 2.0.squareRoot())
        return -log(max(probability, 1e-12))
    }

    /// The best path through the band, as beads, or `nil` when the band holds no path.
    ///
    /// - Complexity: O(cells × bead types × bead size).
    func search(band: Band) -> [Bead]? {
        let n = source.count
        let m = target.count
        let cells = BandCells(band)
        // One closure for the whole search: a method reference made per call would copy the table.
        let pair = PairEvidence(model: self, band: band).value
        var cost = [Double](repeating: .infinity, count: cells.count)
        var back = [Int8](repeating: -1, count: cells.count)
        let cell = cells.index
        if let start = cell(0, 0) { cost[start] = 0 }
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] {
                guard let here = cell(i, j), !(i == 0 && j == 0) else { continue }
                var best = Double.infinity
                var bestType: Int8 = -1
                for (type, (a, b, prior)) in SentenceAligner.beadTypes.enumerated() {
                    guard i >= a, j >= b, let from = cell(i - a, j - b) else { continue }
                    let previous = cost[from]
                    // The lexical bonus is at most bonus(a, b): a bead that cannot beat the best
                    // so far even with it is not scored.
                    if previous == .infinity || previous + prior - bonus(a, b) >= best { continue }
                    let total = previous + beadCost(i - a, a, j - b, b, prior: prior, pair: pair)
                    if total < best {
                        best = total
                        bestType = Int8(type)
                    }
                }
                cost[here] = best
                back[here] = bestType
            }
        }
        // No path through the band (a long run of insertions left it): the caller widens it.
        guard let end = cell(n, m), cost[end] < .infinity else { return nil }
        var beads: [Bead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            guard let here = cell(i, j), back[here] >= 0 else { break }
            let (a, b, _) = SentenceAligner.beadTypes[Int(back[here])]
            beads.append(Bead(source: Array((i - a)..<i), target: Array((j - b)..<j)))
            i -= a
            j -= b
        }
        return beads.reversed()
    }

    /// A sentence of a merged bead with no evidence of its own, or far less than the bead has.
    @inline(__always)
    func isUnlinked(_ evidence: Double, _ features: SegmentFeatures, coverage: Double) -> Bool {
        evidence == 0
            || evidence < Self.sharedCoverage * coverage * Double(features.words.count + features.anchors.count)
    }

    /// Cost of the bead of `a` source segments from `i` and `b` target segments from `j`.
    func beadCost(_ i: Int, _ a: Int, _ j: Int, _ b: Int, prior: Double, pair: (Int, Int) -> Double) -> Double {
        let sourceLength = prefix.sourceLength[i + a] - prefix.sourceLength[i]
        let targetLength = prefix.targetLength[j + b] - prefix.targetLength[j]
        let sourceTokens = prefix.sourceTokens[i + a] - prefix.sourceTokens[i]
        let targetTokens = prefix.targetTokens[j + b] - prefix.targetTokens[j]
        // An insertion or deletion costs its prior only: its length says nothing about a match.
        guard a > 0 && b > 0 else { return prior }
        var cost = prior + lengthCost(sourceLength, targetLength)
        var evidence = 0.0
        for s in i..<(i + a) { for t in j..<(j + b) { evidence += pair(s, t) } }
        let size = Double(sourceTokens + targetTokens) / 2
        let coverage = size > 0 ? min(1, evidence / size) : 0
        // Each sentence of a merged bead must be linked to the other side about as well as the
        // bead as a whole: a merge that swallows an unrelated line (a caption, OCR debris, a
        // sentence the translator dropped) pays for it, chance links or not.
        if a > 1 {
            for s in i..<(i + a) where source[s].words.count >= 2 {
                var sentence = 0.0
                for t in j..<(j + b) { sentence += pair(s, t) }
                if isUnlinked(sentence, source[s], coverage: coverage) { cost += unlinkedPenalty }
            }
        }
        if b > 1 {
            for t in j..<(j + b) where target[t].words.count >= 2 {
                var sentence = 0.0
                for s in i..<(i + a) { sentence += pair(s, t) }
                if isUnlinked(sentence, target[t], coverage: coverage) { cost += unlinkedPenalty }
            }
        }
        cost -= bonus(a, b) * coverage
        return cost
    }

    /// A lexicon learned from the 1-1 beads of a first pass by IBM Model 1 (a few EM
    /// iterations over at most 20,000 beads), joined with this model's lexicon.
    func learnLexicon(from beads: [Bead], sourceVocabulary: Int) -> [[Int32]] {
        let sure = beads.filter { $0.source.count == 1 && $0.target.count == 1 }.prefix(20_000)
        var probability: [Int64: Double] = [:]
        func key(_ e: Int32, _ f: Int32) -> Int64 { Int64(e) << 32 | Int64(UInt32(bitPattern: f)) }
        for bead in sure {
            for e in source[bead.source[0]].words {
                for f in target[bead.target[0]].words { probability[key(e, f)] = 1 }
            }
        }
        for _ in 0..<4 {
            var counts: [Int64: Double] = [:]
            var totals = [Double](repeating: 0, count: sourceVocabulary)
            for bead in sure {
                let es = source[bead.source[0]].words
                for f in target[bead.target[0]].words {
                    let normaliser = es.reduce(0.0) { $0 + (probability[key($1, f)] ?? 0) }
                    guard normaliser > 0 else { continue }
                    for e in es {
                        let share = (probability[key(e, f)] ?? 0) / normaliser
                        counts[key(e, f), default: 0] += share
                        totals[Int(e)] += share
                    }
                }
            }
            probability = counts.reduce(into: [:]) { result, entry in
                let e = Int(entry.key >> 32)
                result[entry.key] = totals[e] > 0 ? entry.value / totals[e] : 0
            }
        }
        var lexicon = self.lexicon
        for (pairKey, value) in probability where value >= 0.25 {
            let e = Int(pairKey >> 32)
            let f = Int32(truncatingIfNeeded: pairKey & 0xFFFF_FFFF)
            if e < lexicon.count && !lexicon[e].contains(f) { lexicon[e].append(f) }
        }
        return lexicon
    }
}

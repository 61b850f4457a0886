/// Decides whether two names, in any language or script, name the same person or place.
///
/// Names are compared part by part on their convention skeletons (see ``NameKey``): the
/// parts of the shorter name must each match a distinct part of the longer one, in order,
/// and the family name (last part) must match, so "Wladimir Selenskyj" matches "Volodymyr
/// Zelensky" and "Zelensky", but "Kim Jong Un" does not match "Kim Jong Il". Given names that
/// are one name across languages (Wladimir, Volodymyr) match through a data table. Places
/// that differ in where they lie never match ("Sudan", "South Sudan"; "Nordamerika",
/// "Nordafrika"): their qualifiers must agree (see ``NameKey/qualifiers``).
public struct NameMatcher: Sendable {
    /// The decision threshold used everywhere unless a caller sets another.
    public static let defaultThreshold = 0.88

    public var threshold: Double

    public init(threshold: Double = NameMatcher.defaultThreshold) {
        self.threshold = threshold
    }

    /// The score of two prepared names in [0, 1].
    public func score(_ a: NameKey, _ b: NameKey) -> Double {
        guard a.qualifiers == b.qualifiers else { return 0 }
        let left = a.coreParts
        let right = b.coreParts
        return score(
            leftCount: left.count, rightCount: right.count,
            partScore: { partScore(left[$0], right[$1]) },
            joinedScore: { joinedScore(a.joinedSkeletons, b.joinedSkeletons) })
    }

    /// The score of two names given by their numbers of core parts and a comparison of their
    /// parts by position (`partScore(i, j)` compares part i of the left name with part j of
    /// the right one), so that a caller can remember part comparisons across many names.
    func score(
        leftCount: Int, rightCount: Int, partScore: (Int, Int) -> Double, joinedScore: () -> Double
    ) -> Double {
        guard leftCount > 0, rightCount > 0 else { return 0 }
        let best: Double
        if leftCount <= rightCount {
            best = alignedScore(shorter: leftCount, longer: rightCount, partScore: partScore)
        } else {
            best = alignedScore(shorter: rightCount, longer: leftCount) { partScore($1, $0) }
        }
        if leftCount != rightCount && best < 1 { return max(best, joinedScore()) }
        return best
    }

    public func match(_ a: String, _ b: String) throws -> NameMatch {
        let value = score(try NameKey(a), try NameKey(b))
        return NameMatch(score: value, isMatch: value >= threshold)
    }

    /// Similarity of two single parts: 1 for one given name in two languages, else the best
    /// similarity over their convention skeletons.
    func partScore(_ a: NameKey.Part, _ b: NameKey.Part) -> Double {
        if let group = a.givenNameGroup, group == b.givenNameGroup { return 1 }
        var best = 0.0
        for i in a.skeletons.indices {
            for j in b.skeletons.indices {
                let score = a.skeletons[i].withUnsafeBufferPointer { x in
                    b.skeletons[j].withUnsafeBufferPointer { y in
                        skeletonScore(
                            x, y, pairs: a.bigramMasks[i], b.bigramMasks[j], consonants: a.consonantMasks[i],
                            b.consonantMasks[j])
                    }
                }
                if score == 1 { return 1 }
                best = max(best, score)
            }
        }
        return best
    }

    /// The similarity of two skeletons, or 0 when the cheap tests show it is below the threshold.
    @inline(__always)
    func skeletonScore(
        _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, pairs: UInt64, _ otherPairs: UInt64,
        consonants: UInt32, _ otherConsonants: UInt32
    ) -> Double {
        if StringSimilarity.equal(x, y) { return 1 }
        guard
            mayReachThreshold(
                x.count, y.count, pairs: pairs, otherPairs, consonants: consonants, otherConsonants)
        else { return 0 }
        return Self.similarity(x, y, atLeast: threshold)
    }

    /// Cheap tests that two skeletons cannot be similar, passed by every pair the full
    /// comparison could score at the threshold or above:
    /// - similar skeletons share many letter pairs ("maskat" and "muskat" share sk, ka, at);
    ///   below a third of the smaller set, no pair in the development data reaches the threshold;
    /// - ``similarity(_:_:atLeast:)`` is 0.35 × Jaro-Winkler + 0.65 × a weighted edit
    ///   similarity, and a length difference of d costs the latter at least d/2 over the longer
    ///   length, so pairs too different in length cannot reach the threshold.
    /// - the same bound allows a weighted distance of at most `(1 − (threshold − 0.35) / 0.65)`
    ///   × the longer length; every consonant present in one skeleton only needs an edit of
    ///   cost 1 that accounts for at most two such consonants, so the consonant sets may differ
    ///   in at most twice that many letters.
    /// Scores below the threshold mean "no" wherever they are used, so skipping them changes no
    /// decision.
    func mayReachThreshold(
        _ lengthA: Int, _ lengthB: Int, pairs a: UInt64, _ b: UInt64, consonants x: UInt32, _ y: UInt32
    ) -> Bool {
        let smaller = min(a.nonzeroBitCount, b.nonzeroBitCount)
        guard smaller == 0 || 3 * (a & b).nonzeroBitCount >= smaller else { return false }
        let longer = Double(max(lengthA, lengthB))
        let allowedDistance = (1 - (threshold - 0.35) / 0.65) * longer + 1e-9
        guard Double((x ^ y).nonzeroBitCount) <= 2 * allowedDistance else { return false }
        let lengthBound = 1 - 0.5 * Double(abs(lengthA - lengthB)) / longer
        return 0.35 + 0.65 * lengthBound >= threshold
    }

    /// Jaro-Winkler tempered by a vowel-weighted edit distance, so that names sharing a long
    /// prefix but differing in consonants ("Austria", "Australia") stay apart while vowel
    /// renderings ("Maskat", "Muscat") do not count much.
    ///
    /// With `atLeast`, a pair that cannot reach that score may get any lower score (0), which
    /// lets the edit distance stop early.
    static func similarity(_ a: [UInt8], _ b: [UInt8], atLeast minimum: Double = 0) -> Double {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in similarity(a, b, atLeast: minimum) } }
    }

    static func similarity(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atLeast minimum: Double = 0
    ) -> Double {
        if StringSimilarity.equal(a, b) { return 1 }
        // Names that begin with different consonants rarely are one name ("Samara", "Asmara"):
        // such pairs lose 5%, so they need a closer distance to reach the minimum.
        let factor = beginDifferently(a, b) ? 0.95 : 1
        let needed = minimum / factor
        if needed > 1 { return 0 }
        let longer = Double(max(a.count, b.count))
        // 0.35 × JW + 0.65 × (1 − d / longer) ≥ needed  ⇔  d ≤ limit; with JW at most 1 the
        // distance alone can rule a pair out, and the banded distance stops early for most.
        // Within that limit the distance is exact, so it is computed once.
        let optimistic = needed > 0 ? (1 - (needed - 0.35) / 0.65) * longer + 1e-9 : .infinity
        let distance = StringSimilarity.vowelWeightedDistance(a, b, limit: optimistic)
        if distance == .infinity { return 0 }
        let jaroWinkler = StringSimilarity.jaroWinkler(a, b)
        if jaroWinkler < 0.7 { return jaroWinkler }
        return factor * (0.35 * jaroWinkler + 0.65 * max(0, 1 - distance / longer))
    }

    private static func beginDifferently(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = a.first, let other = b.first, first != other else { return false }
        return !StringSimilarity.isVowel(first) || !StringSimilarity.isVowel(other)
    }

    /// Parts of the shorter name matched in order to distinct parts of the longer one, the
    /// last to the last; the mean part score, or 0 when some part finds no match.
    /// `partScore(i, j)` compares part i of the shorter name with part j of the longer.
    ///
    /// - Complexity: O(n·m) part comparisons.
    private func alignedScore(shorter n: Int, longer m: Int, partScore: (Int, Int) -> Double) -> Double {
        let lastScore = partScore(n - 1, m - 1)
        guard lastScore >= threshold else { return 0 }
        if n == 1 { return lastScore - 0.01 * Double(m - 1) }
        // Best monotone assignment of the first n-1 parts into the first m-1, in a table on the
        // stack: table[i * m + j] is the best sum for the first i parts within the first j.
        let matched = withUnsafeTemporaryAllocation(of: Double.self, capacity: n * m) { table -> Double in
            table.initialize(repeating: -1)
            for j in 0..<m { table[j] = 0 }
            for i in 1..<n {
                for j in i..<m {
                    let previous = table[(i - 1) * m + j - 1]
                    var take = -1.0
                    if previous >= 0 {
                        let score = partScore(i - 1, j - 1)
                        if score >= threshold { take = previous + score }
                    }
                    let skip = j > i ? table[i * m + j - 1] : -1
                    table[i * m + j] = max(take, skip)
                }
            }
            return table[(n - 1) * m + m - 1]
        }
        guard matched >= 0 else { return 0 }
        return (matched + lastScore) / Double(n) - 0.01 * Double(m - n)
    }

    /// The parts run together ("Pyeong-yang" and "Pyongyang", "Kim Jong-un" and "Kim Jongun"):
    /// accepted only when nearly identical.
    func joinedScore(_ left: [[UInt8]], _ right: [[UInt8]]) -> Double {
        var best = 0.0
        for x in left {
            for y in right {
                best = max(
                    best,
                    x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in joinedSimilarity(x, y) } })
            }
        }
        return best
    }

    /// The similarity of two joined readings, 0 unless they are within a tenth of their length
    /// in edits.
    func joinedSimilarity(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Double {
        let allowed = max(1, max(x.count, y.count) / 10)
        guard StringSimilarity.levenshtein(x, y, limit: allowed) != nil else { return 0 }
        return Self.similarity(x, y, atLeast: threshold)
    }
}

/// The result of comparing two names.
public struct NameMatch: Hashable, Sendable {
    public var score: Double
    public var isMatch: Bool
}

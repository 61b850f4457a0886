/// Decides whether two names, in any language or script, name the same person or place.
///
/// Names are compared part by part on their convention skeletons (see ``NameKey``): the
/// parts of the shorter name must each match a distinct part of the longer one, in order,
/// and the family name (last part) must match, so "Wladimir Selenskyj" matches "Volodymyr
/// Zelensky" and "Zelensky", but "Kim Jong Un" does not match "Kim Jong Il". Given names that
/// are one name across languages (Wladimir, Volodymyr) match through a data table.
public struct NameMatcher: Sendable {
    /// The decision threshold used everywhere unless a caller sets another.
    public static let defaultThreshold = 0.88

    public var threshold: Double

    public init(threshold: Double = NameMatcher.defaultThreshold) {
        self.threshold = threshold
    }

    /// The score of two prepared names in [0, 1].
    public func score(_ a: NameKey, _ b: NameKey) -> Double {
        let left = a.coreParts
        let right = b.coreParts
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        let (shorter, longer) = left.count <= right.count ? (left, right) : (right, left)
        var best = alignedScore(shorter, longer)
        if shorter.count != longer.count {
            best = max(best, joinedScore(shorter, longer))
        }
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
        for x in a.skeletons {
            for y in b.skeletons {
                best = max(best, Self.similarity(x, y))
                if best == 1 { return 1 }
            }
        }
        return best
    }

    /// Jaro-Winkler tempered by a vowel-weighted edit distance, so that names sharing a long
    /// prefix but differing in consonants ("Austria", "Australia") stay apart while vowel
    /// renderings ("Maskat", "Muscat") do not count much.
    static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return 1 }
        let jaroWinkler = StringSimilarity.jaroWinkler(a, b)
        if jaroWinkler < 0.7 { return jaroWinkler }
        var score = 0.35 * jaroWinkler + 0.65 * StringSimilarity.vowelWeightedSimilarity(a, b)
        // Names that begin with different consonants rarely are one name ("Samara", "Asmara").
        if let first = a.first, let other = b.first, first != other,
            !StringSimilarity.isVowel(first) || !StringSimilarity.isVowel(other)
        {
            score *= 0.95
        }
        return score
    }

    /// Parts of `shorter` matched in order to distinct parts of `longer`, the last to the
    /// last; the mean part score, or 0 when some part finds no match.
    ///
    /// - Complexity: O(n·m) part comparisons.
    private func alignedScore(_ shorter: [NameKey.Part], _ longer: [NameKey.Part]) -> Double {
        let n = shorter.count
        let m = longer.count
        let lastScore = partScore(shorter[n - 1], longer[m - 1])
        guard lastScore >= threshold else { return 0 }
        if n == 1 { return lastScore - 0.01 * Double(m - 1) }
        // Best monotone assignment of shorter[0..<n-1] into longer[0..<m-1].
        var table = [[Double]](repeating: [Double](repeating: -1, count: m), count: n)
        for j in 0..<m { table[0][j] = 0 }
        for i in 1..<n {
            for j in i..<m {
                let score = partScore(shorter[i - 1], longer[j - 1])
                let take = score >= threshold && table[i - 1][j - 1] >= 0 ? table[i - 1][j - 1] + score : -1
                let skip = j > i ? table[i][j - 1] : -1
                table[i][j] = max(take, skip)
            }
        }
        let matched = table[n - 1][m - 1]
        guard matched >= 0 else { return 0 }
        return (matched + lastScore) / Double(n) - 0.01 * Double(m - n)
    }

    /// The parts run together ("Pyeong-yang" and "Pyongyang", "Kim Jong-un" and "Kim Jongun"):
    /// accepted only when nearly identical.
    private func joinedScore(_ shorter: [NameKey.Part], _ longer: [NameKey.Part]) -> Double {
        var best = 0.0
        for x in Self.joinedSkeletons(shorter) {
            for y in Self.joinedSkeletons(longer) {
                let distance = StringSimilarity.levenshtein(x, y)
                if distance <= max(1, max(x.count, y.count) / 10) {
                    best = max(best, Self.similarity(x, y))
                }
            }
        }
        return best
    }

    private static func joinedSkeletons(_ parts: [NameKey.Part]) -> [[UInt8]] {
        let readings = parts.map(\.skeletons.count).max() ?? 0
        return (0..<readings).map { reading in
            parts.flatMap { $0.skeletons[min(reading, $0.skeletons.count - 1)] }
        }
    }
}

/// The result of comparing two names.
public struct NameMatch: Hashable, Sendable {
    public var score: Double
    public var isMatch: Bool
}

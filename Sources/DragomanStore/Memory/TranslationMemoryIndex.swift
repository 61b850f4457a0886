/// A fuzzy index over translation-memory sources: character trigrams point to the entries
/// that hold them, and the trigrams a query shares with an entry bound the edit distance
/// between them from below, so only entries that could still make the top list are compared
/// exactly.
///
/// The bound: an edit touches at most three trigram occurrences, so strings at distance `d`
/// share at least `|grams(a)| - 3d` of `a`'s distinct trigrams. Candidates are verified in
/// order of their best possible score until that bound falls below the k-th best exact score:
/// the result equals a full scan's for every entry that shares a trigram with the query.
public struct TranslationMemoryIndex: Sendable {
    public struct Match: Hashable, Sendable {
        /// Position of the entry in the array the index was built from.
        public var entry: Int
        /// Edit-distance similarity of the normalised texts, in [0, 1].
        public var score: Double
        public var percentage: Int { Int((score * 100).rounded(.down)) }
    }

    // Entries' normalised scalars, flat, with offsets: one allocation for 100,000 sentences.
    private var scalars: [UInt32] = []
    private var offsets: [Int] = [0]
    private var gramCounts: [Int32] = []
    // Trigram postings, compressed-row style: entries of gram g are postings[starts[g]..<starts[g+1]].
    private var gramIDs: [UInt64: Int32] = [:]
    private var starts: [Int32] = []
    private var postings: [Int32] = []

    public var count: Int { gramCounts.count }

    /// - Complexity: O(total length) time and memory.
    public init(sources: [String]) {
        var entryGrams: [Int32] = []
        var entryGramOffsets: [Int] = [0]
        var seen = Set<Int32>()
        for source in sources {
            let normalized = FuzzyText.normalized(source)
            scalars.append(contentsOf: normalized)
            offsets.append(scalars.count)
            seen.removeAll(keepingCapacity: true)
            for gram in Self.trigrams(normalized) {
                let next = Int32(gramIDs.count)
                let id = gramIDs[gram, default: next]
                if id == next { gramIDs[gram] = id }
                if seen.insert(id).inserted { entryGrams.append(id) }
            }
            gramCounts.append(Int32(seen.count))
            entryGramOffsets.append(entryGrams.count)
        }
        var counts = [Int32](repeating: 0, count: gramIDs.count + 1)
        for id in entryGrams { counts[Int(id) + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        starts = counts
        var fill = counts
        postings = [Int32](repeating: 0, count: entryGrams.count)
        for entry in 0..<gramCounts.count {
            for position in entryGramOffsets[entry]..<entryGramOffsets[entry + 1] {
                let id = Int(entryGrams[position])
                postings[Int(fill[id])] = Int32(entry)
                fill[id] += 1
            }
        }
    }

    /// The distinct trigrams of a normalised text, padded with a start and an end mark so that
    /// short texts and word edges count.
    static func trigrams(_ text: [UInt32]) -> [UInt64] {
        let padded = [0x02] + text + [0x03]
        guard padded.count >= 3 else { return [] }
        return (0...(padded.count - 3)).map { i in
            UInt64(padded[i]) << 42 | UInt64(padded[i + 1]) << 21 | UInt64(padded[i + 2])
        }
    }

    /// The best `limit` entries scoring at least `minimumScore` against `query`, best first.
    ///
    /// - Complexity: O(sum of the query's posting-list lengths) plus one banded edit distance
    ///   per candidate that could still enter the list.
    public func matches(for query: String, limit: Int = 5, minimumScore: Double = 0.5) -> [Match] {
        let normalized = FuzzyText.normalized(query)
        var queryGrams = Set<Int32>()
        for gram in Self.trigrams(normalized) { if let id = gramIDs[gram] { queryGrams.insert(id) } }
        let queryGramCount = Set(Self.trigrams(normalized)).count
        var shared = [Int32](repeating: 0, count: count)
        var touched: [Int32] = []
        for id in queryGrams {
            for posting in postings[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] {
                if shared[Int(posting)] == 0 { touched.append(posting) }
                shared[Int(posting)] += 1
            }
        }
        // Best possible score of each touched entry, from lengths and shared trigrams.
        var candidates: [(entry: Int32, bound: Double)] = []
        candidates.reserveCapacity(touched.count)
        let queryLength = normalized.count
        for entry in touched {
            let e = Int(entry)
            let length = offsets[e + 1] - offsets[e]
            let common = Int(shared[e])
            let fromGrams = (max(queryGramCount, Int(gramCounts[e])) - common + 2) / 3
            let lower = max(abs(length - queryLength), fromGrams)
            let bound = FuzzyText.similarity(distance: lower, length, queryLength)
            if bound >= minimumScore { candidates.append((entry, bound)) }
        }
        candidates.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.entry < $1.entry) }
        var best: [Match] = []
        normalized.withUnsafeBufferPointer { queryScalars in
            scalars.withUnsafeBufferPointer { all in
                for candidate in candidates {
                    let floor = best.count == limit ? best[limit - 1].score : minimumScore
                    if candidate.bound < floor { break }
                    let e = Int(candidate.entry)
                    let entryScalars = UnsafeBufferPointer(rebasing: all[offsets[e]..<offsets[e + 1]])
                    let longer = max(entryScalars.count, queryLength)
                    let limitDistance = Int((1 - floor) * Double(longer) + 1e-9)
                    guard
                        let distance = FuzzyText.distance(queryScalars, entryScalars, limit: limitDistance)
                    else { continue }
                    let score = FuzzyText.similarity(distance: distance, entryScalars.count, queryLength)
                    if score < minimumScore { continue }
                    let match = Match(entry: e, score: score)
                    let position =
                        best.firstIndex { $0.score < score || ($0.score == score && $0.entry > e) } ?? best.count
                    if position < limit {
                        best.insert(match, at: position)
                        if best.count > limit { best.removeLast() }
                    }
                }
            }
        }
        return best
    }

    /// The same list by comparing the query with every entry: the reference the index is
    /// measured against.
    public func scanMatches(for query: String, limit: Int = 5, minimumScore: Double = 0.5) -> [Match] {
        let normalized = FuzzyText.normalized(query)
        var all: [Match] = []
        for entry in 0..<count {
            let entryScalars = Array(scalars[offsets[entry]..<offsets[entry + 1]])
            let longer = max(entryScalars.count, normalized.count)
            let limitDistance = Int((1 - minimumScore) * Double(longer) + 1e-9)
            guard let distance = FuzzyText.distance(normalized, entryScalars, limit: limitDistance) else { continue }
            let score = FuzzyText.similarity(distance: distance, entryScalars.count, normalized.count)
            if score >= minimumScore { all.append(Match(entry: entry, score: score)) }
        }
        all.sort { $0.score > $1.score || ($0.score == $1.score && $0.entry < $1.entry) }
        return Array(all.prefix(limit))
    }
}

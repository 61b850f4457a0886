/// A fuzzy index over translation-memory sources: character trigrams point to the entries
/// that hold them. A lookup counts the trigrams each entry shares with the query, ranks the
/// entries by that overlap (Dice coefficient), and computes the exact edit distance only for
/// the best-ranked few, the only ones that can plausibly be the closest.
///
/// Trigram overlap does not bound edit distance tightly at the similarities translators use
/// (a 70% match can share few trigrams), so the index is measured against a full scan rather
/// than proved equal to it: `dragoman bench tm` reports how often their best matches agree.
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

    /// How many of the best-ranked entries get an exact comparison.
    public static let verifiedCandidates = 400

    /// The best `limit` entries scoring at least `minimumScore` against `query`, best first.
    ///
    /// - Complexity: O(sum of the query's posting-list lengths) to rank, plus
    ///   ``verifiedCandidates`` banded edit distances.
    public func matches(
        for query: String, limit: Int = 5, minimumScore: Double = 0.5, verifying candidates: Int = verifiedCandidates
    ) -> [Match] {
        let normalized = FuzzyText.normalized(query)
        let allGrams = Set(Self.trigrams(normalized))
        let queryGramCount = allGrams.count
        var shared = [Int32](repeating: 0, count: count)
        var touched: [Int32] = []
        postings.withUnsafeBufferPointer { postings in
            shared.withUnsafeMutableBufferPointer { shared in
                for gram in allGrams {
                    guard let id = gramIDs[gram] else { continue }
                    for position in Int(starts[Int(id)])..<Int(starts[Int(id) + 1]) {
                        let entry = Int(postings[position])
                        if shared[entry] == 0 { touched.append(Int32(entry)) }
                        shared[entry] += 1
                    }
                }
            }
        }
        let queryLength = normalized.count
        var ranked: [(entry: Int32, overlap: Double)] = []
        ranked.reserveCapacity(touched.count)
        for entry in touched {
            let e = Int(entry)
            let length = offsets[e + 1] - offsets[e]
            // Lengths alone can rule an entry out.
            guard FuzzyText.similarity(distance: abs(length - queryLength), length, queryLength) >= minimumScore
            else { continue }
            ranked.append((entry, 2 * Double(shared[e]) / Double(queryGramCount + Int(gramCounts[e]))))
        }
        let verified = max(candidates, limit * 4)
        if ranked.count > verified {
            ranked.sort { $0.overlap > $1.overlap || ($0.overlap == $1.overlap && $0.entry < $1.entry) }
            ranked.removeSubrange(verified...)
        }
        var best: [Match] = []
        var scratch = FuzzyText.Scratch()
        normalized.withUnsafeBufferPointer { queryScalars in
            scalars.withUnsafeBufferPointer { all in
                for candidate in ranked {
                    let floor = best.count == limit ? best[limit - 1].score : minimumScore
                    let e = Int(candidate.entry)
                    let entryScalars = UnsafeBufferPointer(rebasing: all[offsets[e]..<offsets[e + 1]])
                    let longer = max(entryScalars.count, queryLength)
                    let limitDistance = Int((1 - floor) * Double(longer) + 1e-9)
                    guard
                        let distance = FuzzyText.distance(
                            queryScalars, entryScalars, limit: limitDistance, scratch: &scratch)
                    else { continue }
                    let score = FuzzyText.similarity(distance: distance, entryScalars.count, queryLength)
                    insert(Match(entry: e, score: score), into: &best, limit: limit, minimumScore: minimumScore)
                }
            }
        }
        return best
    }

    private func insert(_ match: Match, into best: inout [Match], limit: Int, minimumScore: Double) {
        guard match.score >= minimumScore else { return }
        let position =
            best.firstIndex { $0.score < match.score || ($0.score == match.score && $0.entry > match.entry) }
            ?? best.count
        guard position < limit else { return }
        best.insert(match, at: position)
        if best.count > limit { best.removeLast() }
    }

    /// The same list by comparing the query with every entry: the reference the index is
    /// measured against.
    public func scanMatches(for query: String, limit: Int = 5, minimumScore: Double = 0.5) -> [Match] {
        let normalized = FuzzyText.normalized(query)
        var best: [Match] = []
        var scratch = FuzzyText.Scratch()
        normalized.withUnsafeBufferPointer { queryScalars in
            scalars.withUnsafeBufferPointer { all in
                for entry in 0..<count {
                    let entryScalars = UnsafeBufferPointer(rebasing: all[offsets[entry]..<offsets[entry + 1]])
                    let longer = max(entryScalars.count, normalized.count)
                    let limitDistance = Int((1 - minimumScore) * Double(longer) + 1e-9)
                    guard
                        let distance = FuzzyText.distance(
                            queryScalars, entryScalars, limit: limitDistance, scratch: &scratch)
                    else { continue }
                    let score = FuzzyText.similarity(distance: distance, entryScalars.count, normalized.count)
                    insert(Match(entry: entry, score: score), into: &best, limit: limit, minimumScore: minimumScore)
                }
            }
        }
        return best
    }
}

extension NameIndex {
    /// One lookup: the query's parts laid out like the index's, and every comparison of a query
    /// part with a distinct index part remembered.
    final class Lookup {
        let index: NameIndex
        /// The query's core parts (groups 0 ..< partCount), then its joined readings (group
        /// `partCount`).
        let query: PartTable
        let partCount: Int
        /// The query's core parts, for their blocking keys.
        let queryParts: [NameKey.Part]
        let qualifiers: UInt16
        /// remembered[i * index.parts.count + id]: query part i against index part `id`; NaN
        /// when not compared yet.
        private let remembered: UnsafeMutableBufferPointer<Float>

        init(index: NameIndex, query key: NameKey) {
            self.index = index
            partCount = key.coreParts.count
            queryParts = key.coreParts
            qualifiers = key.qualifiers
            query = PartTable(
                readings: key.coreParts.map(\.skeletons) + [key.joinedSkeletons],
                givenNameGroups: key.coreParts.map(\.givenNameGroup) + [nil])
            remembered = .allocate(capacity: partCount * index.parts.count)
            remembered.initialize(repeating: .nan)
        }

        deinit { remembered.deallocate() }

        private var threshold: Double { index.matcher.threshold }

        @inline(__always)
        private func isCompared(_ queryPart: Int, _ id: Int32) -> Bool {
            !remembered[queryPart * index.parts.count + Int(id)].isNaN
        }

        @inline(__always)
        func partScore(_ queryPart: Int, _ id: Int32) -> Double {
            let slot = queryPart * index.parts.count + Int(id)
            let known = remembered[slot]
            if !known.isNaN { return Double(known) }
            let value = index.matcher.partScore(query, queryPart, index.parts, Int(id))
            remembered[slot] = Float(value)
            return value
        }

        /// The entries to score, ascending: those whose family name matches the query's and
        /// whose other parts may align, and those whose joined reading shares its ends with the
        /// query's (`joined`, ascending, also in `all`).
        func candidates() -> (all: [Int32], joined: [Int32]) {
            guard partCount > 0 else { return ([], []) }
            let last = partCount - 1
            var byFamily: [Int32] = []
            for block in NameIndex.familyBlockingKeys(of: queryParts[last]) {
                // A family in two blocks is compared (and added) once.
                for family in index.familyBlocks[block] where !isCompared(last, family) {
                    guard partScore(last, family) >= threshold else { continue }
                    addCandidates(fromFamily: family, to: &byFamily)
                }
            }
            var byJoined: [Int32] = []
            for reading in query.skeletons(of: partCount) {
                let joined = query.bytes(of: reading)
                // The joined comparison accepts only lengths this close.
                let slack = max(1, joined.count / 9)
                for length in max(1, joined.count - slack)...(joined.count + slack) {
                    byJoined.append(contentsOf: index.joinedBlocks[NameIndex.joinedBlockingKey(joined, length: length)])
                }
            }
            byJoined = Self.sortedUnique(byJoined)
            return (Self.sortedUnique(byFamily + byJoined), byJoined)
        }

        private static func sortedUnique(_ values: [Int32]) -> [Int32] {
            var values = values
            values.sort()
            var kept = 0
            for value in values where kept == 0 || values[kept - 1] != value {
                values[kept] = value
                kept += 1
            }
            values.removeLast(values.count - kept)
            return values
        }

        /// The entries of a matching family that may align with the query: for a query of one
        /// part the best of them; else the entries of one part and those with a part before
        /// their last that matches a query part before its last (which every alignment needs).
        private func addCandidates(fromFamily family: Int32, to candidates: inout [Int32]) {
            let families = index.families
            guard partCount > 1 else {
                candidates.append(families.shortest[Int(family)])
                return
            }
            candidates.append(contentsOf: families.single[Int(family)])
            for part in matchingParts {
                candidates.append(contentsOf: families.byPart[Families.memberKey(family: family, part: part)])
            }
        }

        /// The distinct parts that match one of the query's parts before its last, found
        /// through the part blocks.
        private lazy var matchingParts: [Int32] = {
            var matching: [Int32] = []
            for position in 0..<max(0, partCount - 1) {
                for block in NameIndex.partBlockingKeys(of: queryParts[position]) {
                    for part in index.partBlocks[block]
                    where !isCompared(position, part) && partScore(position, part) >= threshold {
                        matching.append(part)
                    }
                }
            }
            // A part that matches two query parts is listed twice; its entries are deduplicated
            // with the other candidates.
            return matching
        }()

        /// A necessary condition for the part-by-part alignment, cheap with remembered part
        /// comparisons: the first core part of the shorter name matches a part of the longer
        /// one before its last.
        func mayAlign(_ ids: UnsafeBufferPointer<Int32>) -> Bool {
            let n = partCount
            let m = ids.count
            guard n > 1, m > 1 else { return true }
            if n <= m {
                return ids.dropLast().contains { partScore(0, $0) >= threshold }
            }
            return (0..<(n - 1)).contains { partScore($0, ids[0]) >= threshold }
        }

        /// The best entry among `entries` (ascending); the joined comparison (parts split
        /// differently) is tried only for the entries in `joined` (ascending; all entries
        /// when `nil`).
        func best(among entries: [Int32], joined: [Int32]?) -> Hit? {
            var best: (entry: Int32, score: Double)?
            var nextJoined = 0
            let matcher = index.matcher
            for entry in entries where index.entryQualifiers[Int(entry)] == qualifiers {
                let ids = index.entryParts[Int(entry)]
                var tryJoined = true
                if let joined {
                    while nextJoined < joined.count && joined[nextJoined] < entry { nextJoined += 1 }
                    tryJoined = nextJoined < joined.count && joined[nextJoined] == entry
                }
                if !tryJoined && !mayAlign(ids) { continue }
                let score = matcher.score(
                    leftCount: partCount, rightCount: ids.count,
                    partScore: { self.partScore($0, ids[$1]) },
                    joinedScore: {
                        tryJoined
                            ? matcher.joinedScore(self.query, self.partCount, self.index.joinedReadings, Int(entry)) : 0
                    })
                if score >= threshold, score > (best?.score ?? -1) { best = (entry, score) }
            }
            return best.map { Hit(entry: Int($0.entry), name: index.keys[Int($0.entry)].name, score: $0.score) }
        }
    }
}

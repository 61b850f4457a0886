/// Finds the best match for a name among many, without comparing it with every entry.
///
/// Entries are blocked by short keys of their family name (the last part a match must
/// share): the first three letters of each convention skeleton, and the first three
/// consonants, so that names differing in their first vowel ("Eriwan", "Yerevan") still
/// meet; and by the first two and last three letters of their joined parts. A lookup scores
/// only the entries in its blocks.
public final class NameIndex: Sendable {
    public struct Hit: Hashable, Sendable {
        public var entry: Int
        public var name: String
        public var score: Double
    }

    public let matcher: NameMatcher
    public let keys: [NameKey]
    /// Distinct name parts; entries refer to them by position.
    private let parts: [NameKey.Part]
    /// The core parts of each entry, as positions in `parts`.
    private let entryParts: [[Int32]]
    /// Entries by their family name (last core part, a position in `parts`).
    private let families: [Int32: Family]
    /// Family names (positions in `parts`) by their skeletons' first letters and consonants.
    private let familyBlocks: [BlockKey: [Int32]]
    /// The distinct parts that stand before a family name, by the same keys and by their
    /// given-name group.
    private let partBlocks: [BlockKey: [Int32]]
    /// Entries by the ends of their joined skeletons.
    private let joinedBlocks: [BlockKey: [Int32]]

    /// - Complexity: O(n) key constructions for n names.
    public init(names: [String], matcher: NameMatcher = NameMatcher()) throws {
        self.matcher = matcher
        keys = try names.map(NameKey.init)
        var parts: [NameKey.Part] = []
        var partIDs: [String: Int32] = [:]
        var entryParts: [[Int32]] = []
        var families: [Int32: Family] = [:]
        var familyBlocks: [BlockKey: [Int32]] = [:]
        var partBlocks: [BlockKey: [Int32]] = [:]
        var blockedParts = Set<Int32>()
        var joinedBlocks: [BlockKey: [Int32]] = [:]
        entryParts.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            let ids = key.coreParts.map { part -> Int32 in
                if let id = partIDs[part.folded] { return id }
                let id = Int32(parts.count)
                partIDs[part.folded] = id
                parts.append(part)
                return id
            }
            // Only parts before the last (given names, patronymics) are looked up by part.
            for id in ids.dropLast() where blockedParts.insert(id).inserted {
                for block in Self.partBlockingKeys(of: parts[Int(id)]) { partBlocks[block, default: []].append(id) }
            }
            entryParts.append(ids)
            if let family = ids.last {
                if families[family] == nil {
                    for block in Self.familyBlockingKeys(of: parts[Int(family)]) {
                        familyBlocks[block, default: []].append(family)
                    }
                    families[family] = Family(shortest: Int32(index))
                }
                families[family]!.add(Int32(index), parts: ids)
            }
            for block in Self.joinedBlockingKeys(of: key) { joinedBlocks[block, default: []].append(Int32(index)) }
        }
        self.parts = parts
        self.entryParts = entryParts
        self.families = families
        self.familyBlocks = familyBlocks
        self.partBlocks = partBlocks
        self.joinedBlocks = joinedBlocks
    }

    public var count: Int { keys.count }

    /// The best-scoring entry at or above the matcher's threshold (the lowest index on ties).
    ///
    /// - Complexity: one part comparison per family name in the query's blocks, then
    ///   comparisons with the entries of the families that match and of the joined blocks,
    ///   each distinct part compared once.
    public func bestMatch(for name: String) throws -> Hit? {
        try bestMatch(for: NameKey(name))
    }

    public func bestMatch(for key: NameKey) -> Hit? {
        let lookup = Lookup(index: self, query: key)
        let (byFamily, byJoined) = lookup.candidates()
        return lookup.best(among: byFamily.union(byJoined).sorted(), joined: byJoined)
    }

    /// The same answer as ``bestMatch(for:)`` by comparing with every entry, for checking the
    /// blocking.
    ///
    /// - Complexity: O(n) comparisons.
    public func bestMatchByScan(for key: NameKey) -> Hit? {
        Lookup(index: self, query: key).best(among: Array(keys.indices), joined: nil)
    }

    /// How many entries a lookup of `key` compares in full.
    func candidateCount(for key: NameKey) -> Int {
        let (byFamily, byJoined) = Lookup(index: self, query: key).candidates()
        return byFamily.union(byJoined).count
    }

    /// The entries that share a family name, and for each other part the entries that hold
    /// it, so that a lookup can pass over every entry whose other parts cannot match.
    struct Family: Sendable {
        /// The entry with the fewest core parts (the lowest index among those): the best match
        /// in the family for a query of the family name alone.
        var shortest: Int32
        var shortestCount = Int.max
        /// Entries of one part.
        var single: [Int32] = []
        /// Entries by each of their core parts before the last.
        var byPart: [Int32: [Int32]] = [:]

        mutating func add(_ entry: Int32, parts: [Int32]) {
            if parts.count < shortestCount {
                shortest = entry
                shortestCount = parts.count
            }
            if parts.count == 1 { single.append(entry) }
            for part in Set(parts.dropLast()) { byPart[part, default: []].append(entry) }
        }
    }

    /// One lookup, remembering the comparison of each query part with each distinct part.
    private final class Lookup {
        let index: NameIndex
        let query: NameKey
        let queryParts: [NameKey.Part]
        /// remembered[i * parts.count + id]: part i of the query against part `id`; NaN when
        /// not compared yet.
        var remembered: [Float]

        init(index: NameIndex, query: NameKey) {
            self.index = index
            self.query = query
            queryParts = query.coreParts
            remembered = [Float](repeating: .nan, count: queryParts.count * index.parts.count)
        }

        func partScore(_ queryPart: Int, _ id: Int32) -> Double {
            let slot = queryPart * index.parts.count + Int(id)
            let known = remembered[slot]
            if !known.isNaN { return Double(known) }
            let value = index.matcher.partScore(queryParts[queryPart], index.parts[Int(id)])
            remembered[slot] = Float(value)
            return value
        }

        /// Entries whose family name matches the query's, and entries whose joined skeleton
        /// shares its ends with the query's.
        func candidates() -> (byFamily: Set<Int>, byJoined: Set<Int>) {
            guard !queryParts.isEmpty else { return ([], []) }
            let last = queryParts.count - 1
            let threshold = index.matcher.threshold
            var families = Set<Int32>()
            var byFamily = Set<Int>()
            for block in NameIndex.familyBlockingKeys(of: queryParts[last]) {
                for family in index.familyBlocks[block] ?? [] where families.insert(family).inserted {
                    guard partScore(last, family) >= threshold, let members = index.families[family] else { continue }
                    addCandidates(from: members, to: &byFamily)
                }
            }
            var byJoined = Set<Int>()
            for joined in query.joinedSkeletons {
                // The joined comparison accepts only lengths this close.
                let slack = max(1, joined.count / 9)
                for length in max(1, joined.count - slack)...(joined.count + slack) {
                    for entry in index.joinedBlocks[NameIndex.joinedBlockingKey(joined, length: length)] ?? [] {
                        byJoined.insert(Int(entry))
                    }
                }
            }
            return (byFamily, byJoined)
        }

        /// The entries of a matching family that may align with the query: for a query of one
        /// part the best of them; else the entries of one part and those with a part before
        /// their last that matches a query part before its last (which every alignment needs).
        private func addCandidates(from family: Family, to candidates: inout Set<Int>) {
            guard queryParts.count > 1 else {
                candidates.insert(Int(family.shortest))
                return
            }
            for entry in family.single { candidates.insert(Int(entry)) }
            for part in matchingParts {
                for entry in family.byPart[part] ?? [] { candidates.insert(Int(entry)) }
            }
        }

        /// The distinct parts that match one of the query's parts before its last, found
        /// through the part blocks.
        private lazy var matchingParts: Set<Int32> = {
            var matching = Set<Int32>()
            for position in 0..<max(0, queryParts.count - 1) {
                for block in NameIndex.partBlockingKeys(of: queryParts[position]) {
                    for part in index.partBlocks[block] ?? [] where partScore(position, part) >= index.matcher.threshold
                    {
                        matching.insert(part)
                    }
                }
            }
            return matching
        }()

        /// A necessary condition for the part-by-part alignment, cheap with remembered part
        /// comparisons: the first core part of the shorter name matches a part of the longer
        /// one before its last.
        func mayAlign(_ ids: [Int32]) -> Bool {
            let n = queryParts.count
            let m = ids.count
            guard n > 1, m > 1 else { return true }
            let threshold = index.matcher.threshold
            if n <= m {
                return ids.dropLast().contains { partScore(0, $0) >= threshold }
            }
            return (0..<(n - 1)).contains { partScore($0, ids[0]) >= threshold }
        }

        /// The best entry among `entries`; the joined comparison (parts split differently) is
        /// tried only for the entries in `joined` (all entries when `nil`).
        func best(among entries: [Int], joined: Set<Int>?) -> Hit? {
            var best: Hit?
            let threshold = index.matcher.threshold
            for entry in entries {
                let ids = index.entryParts[entry]
                let tryJoined = joined?.contains(entry) ?? true
                if !tryJoined && !mayAlign(ids) { continue }
                let score = index.matcher.score(
                    leftCount: queryParts.count, rightCount: ids.count,
                    partScore: { self.partScore($0, ids[$1]) },
                    joinedScore: {
                        tryJoined
                            ? self.index.matcher.joinedScore(
                                self.query.joinedSkeletons, self.index.keys[entry].joinedSkeletons)
                            : 0
                    })
                if score >= threshold, score > (best?.score ?? -1) {
                    best = Hit(entry: entry, name: index.keys[entry].name, score: score)
                }
            }
            return best
        }
    }

    /// A block's key: a kind in the top bits and up to 7 bytes of letters (and a length) below,
    /// so that lookups hash integers, not strings.
    typealias BlockKey = UInt64

    private enum BlockKind: UInt64 {
        case leading = 1
        case consonants, givenNameGroup, joined
    }

    private static func blockKey(_ kind: BlockKind, _ bytes: some Sequence<UInt8>, extra: UInt64 = 0) -> BlockKey {
        var payload: UInt64 = 0
        for byte in bytes { payload = payload << 8 | UInt64(byte) }
        return kind.rawValue << 60 | extra << 48 | payload
    }

    /// Blocks of any part: those of a family name, and its given-name group (Wladimir and
    /// Volodymyr share no letters to block on).
    static func partBlockingKeys(of part: NameKey.Part) -> Set<BlockKey> {
        var blocks = familyBlockingKeys(of: part)
        if let group = part.givenNameGroup {
            blocks.insert(BlockKind.givenNameGroup.rawValue << 60 | UInt64(truncatingIfNeeded: group) & 0xFFFF_FFFF)
        }
        return blocks
    }

    /// The first four letters of each skeleton, and its first letter with its first three
    /// consonants.
    static func familyBlockingKeys(of part: NameKey.Part) -> Set<BlockKey> {
        var blocks = Set<BlockKey>()
        for skeleton in part.skeletons {
            blocks.insert(blockKey(.leading, skeleton.prefix(4)))
            // Short parts (Korean syllables) have too few consonants to block on.
            let consonants = skeleton.filter { !StringSimilarity.isVowel($0) }
            // With the first letter: names that begin differently rarely match anyway (the
            // matcher discounts them), and the blocks stay small.
            if consonants.count >= 3, let first = skeleton.first {
                blocks.insert(blockKey(.consonants, [first] + consonants.prefix(3)))
            }
        }
        return blocks
    }

    /// Names whose parts are split differently ("Pyeong-yang", "Pyongyang") meet on the
    /// beginning, end and length of their joined skeleton.
    static func joinedBlockingKeys(of key: NameKey) -> Set<BlockKey> {
        Set(key.joinedSkeletons.map { joinedBlockingKey($0, length: $0.count) })
    }

    static func joinedBlockingKey(_ joined: [UInt8], length: Int) -> BlockKey {
        blockKey(.joined, joined.prefix(3) + joined.suffix(3), extra: UInt64(min(length, 255)))
    }
}

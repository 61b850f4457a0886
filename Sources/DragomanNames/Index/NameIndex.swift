/// Finds the best match for a name among many, without comparing it with every entry.
///
/// Entries are blocked by short keys of their family name (the last part a match must
/// share): the first four letters of each convention skeleton, and the first letter with the
/// first three consonants, so that names differing in a vowel ("Eriwan", "Yerevan") still
/// meet; and by the first and last three letters and the length of their joined parts. A
/// lookup scores only the entries in its blocks.
public final class NameIndex: Sendable {
    public struct Hit: Hashable, Sendable {
        public var entry: Int
        public var name: String
        public var score: Double
    }

    public let matcher: NameMatcher
    public let keys: [NameKey]
    /// Distinct core parts; entries and families refer to them by position.
    let parts: PartTable
    /// The core parts of each entry, as positions in `parts`.
    let entryParts: FlatLists<Int32>
    /// The joined readings of each entry, a group per entry.
    let joinedReadings: PartTable
    /// The qualifiers of each entry (``NameKey/qualifiers``), which a match must share.
    let entryQualifiers: [UInt16]
    let families: Families
    /// Family names (positions in `parts`) by their skeletons' first letters and consonants.
    let familyBlocks: Blocks
    /// The distinct parts that stand before a family name, by the same keys and by their
    /// given-name group.
    let partBlocks: Blocks
    /// Entries by the ends and length of their joined readings.
    let joinedBlocks: Blocks

    /// - Complexity: O(n) key constructions for n names.
    public init(names: [String], matcher: NameMatcher = NameMatcher()) throws {
        self.matcher = matcher
        keys = try names.map(NameKey.init)
        var parts: [NameKey.Part] = []
        var partIDs: [String: Int32] = [:]
        var entryParts: [[Int32]] = []
        var families = Families.Builder()
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
            if let family = ids.last, families.add(Int32(index), parts: ids) {
                for block in Self.familyBlockingKeys(of: parts[Int(family)]) {
                    familyBlocks[block, default: []].append(family)
                }
            }
            for reading in key.joinedSkeletons {
                joinedBlocks[Self.joinedBlockingKey(reading, length: reading.count), default: []].append(Int32(index))
            }
        }
        self.parts = PartTable(parts: parts)
        self.entryParts = FlatLists(entryParts)
        entryQualifiers = keys.map(\.qualifiers)
        joinedReadings = PartTable(
            readings: keys.map(\.joinedSkeletons), givenNameGroups: Array(repeating: nil, count: keys.count))
        self.families = families.build(partCount: parts.count)
        self.familyBlocks = Blocks(familyBlocks)
        self.partBlocks = Blocks(partBlocks)
        self.joinedBlocks = Blocks(joinedBlocks.mapValues { Array(Set($0)).sorted() })
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
        let (all, joined) = lookup.candidates()
        return lookup.best(among: all, joined: joined)
    }

    /// The same answer as ``bestMatch(for:)`` by comparing with every entry, for checking the
    /// blocking.
    ///
    /// - Complexity: O(n) comparisons.
    public func bestMatchByScan(for key: NameKey) -> Hit? {
        Lookup(index: self, query: key).best(among: Array(0..<Int32(keys.count)), joined: nil)
    }

    /// How many entries a lookup of `key` compares in full.
    package func candidateCount(for key: NameKey) -> Int {
        Lookup(index: self, query: key).candidates().all.count
    }
}

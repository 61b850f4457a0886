extension NameIndex {
    /// The entries that share a family name (a part position), and for each other part the
    /// entries that hold it, so that a lookup can pass over every entry whose other parts
    /// cannot match.
    struct Families: Sendable {
        /// Per part position: the family's entry with the fewest core parts (the lowest index
        /// among those), the best match in the family for a query of the family name alone; -1
        /// when no entry ends with that part.
        let shortest: [Int32]
        /// Per part position: the family's entries of one part.
        let single: FlatLists<Int32>
        /// The family's entries by each of their core parts before the last, keyed by
        /// ``memberKey(family:part:)``.
        let byPart: Blocks

        static func memberKey(family: Int32, part: Int32) -> BlockKey {
            UInt64(UInt32(bitPattern: family)) << 32 | UInt64(UInt32(bitPattern: part))
        }

        struct Builder {
            private var shortest: [Int32: (entry: Int32, parts: Int)] = [:]
            private var single: [Int32: [Int32]] = [:]
            private var byPart: [BlockKey: [Int32]] = [:]

            /// Adds an entry by its part positions, its family name last; true when it is the
            /// first of its family.
            mutating func add(_ entry: Int32, parts: [Int32]) -> Bool {
                guard let family = parts.last else { return false }
                let isNew = shortest[family] == nil
                if parts.count < shortest[family]?.parts ?? .max { shortest[family] = (entry, parts.count) }
                if parts.count == 1 { single[family, default: []].append(entry) }
                for part in Set(parts.dropLast()) {
                    byPart[Families.memberKey(family: family, part: part), default: []].append(entry)
                }
                return isNew
            }

            func build(partCount: Int) -> Families {
                Families(
                    shortest: (0..<Int32(partCount)).map { shortest[$0]?.entry ?? -1 },
                    single: FlatLists((0..<Int32(partCount)).lazy.map { single[$0] ?? [] }),
                    byPart: Blocks(byPart))
            }
        }
    }
}

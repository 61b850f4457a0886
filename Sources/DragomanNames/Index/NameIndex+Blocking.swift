extension NameIndex {
    /// A block's key: a kind in the top bits and up to 7 bytes of letters (and a length) below,
    /// so that lookups hash integers, not strings.
    typealias BlockKey = UInt64

    /// Lists of positions by block key, stored flat.
    struct Blocks: Sendable {
        private let lists: [BlockKey: Int32]
        private let storage: FlatLists<Int32>

        init(_ blocks: [BlockKey: [Int32]]) {
            var lists: [BlockKey: Int32] = [:]
            var contents: [[Int32]] = []
            for (key, list) in blocks {
                lists[key] = Int32(contents.count)
                contents.append(list)
            }
            self.lists = lists
            storage = FlatLists(contents)
        }

        /// The positions under `key`, in the order they were added; empty when there are none.
        subscript(key: BlockKey) -> UnsafeBufferPointer<Int32> {
            guard let list = lists[key] else { return UnsafeBufferPointer(start: nil, count: 0) }
            return storage[Int(list)]
        }
    }

    private enum BlockKind: UInt64 {
        case leading = 1
        case consonants, givenNameGroup, joined
    }

    private static func blockKey(_ kind: BlockKind, _ bytes: some Sequence<UInt8>, extra: UInt64 = 0) -> BlockKey {
        kind.rawValue << 60 | extra << 48 | packing(bytes)
    }

    private static func packing(_ bytes: some Sequence<UInt8>, after payload: UInt64 = 0) -> UInt64 {
        var payload = payload
        for byte in bytes { payload = payload << 8 | UInt64(byte) }
        return payload
    }

    /// Blocks of any part: those of a family name, and its given-name group (Wladimir and
    /// Volodymyr share no letters to block on).
    static func partBlockingKeys(of part: NameKey.Part) -> [BlockKey] {
        var blocks = familyBlockingKeys(of: part)
        if let group = part.givenNameGroup {
            blocks.append(BlockKind.givenNameGroup.rawValue << 60 | UInt64(truncatingIfNeeded: group) & 0xFFFF_FFFF)
        }
        return blocks
    }

    /// The first four letters of each skeleton, and its first letter with its first three
    /// consonants; without repeats.
    static func familyBlockingKeys(of part: NameKey.Part) -> [BlockKey] {
        var blocks: [BlockKey] = []
        blocks.reserveCapacity(2 * part.skeletons.count + 1)
        func add(_ block: BlockKey) {
            if !blocks.contains(block) { blocks.append(block) }
        }
        for skeleton in part.skeletons {
            guard let first = skeleton.first else { continue }
            add(blockKey(.leading, skeleton.prefix(4)))
            // With the first letter: names that begin differently rarely match anyway (the
            // matcher discounts them), and the blocks stay small. Short parts (Korean
            // syllables) have too few consonants to block on.
            var consonants: UInt64 = UInt64(first)
            var found = 0
            for byte in skeleton where !StringSimilarity.isVowel(byte) {
                found += 1
                consonants = consonants << 8 | UInt64(byte)
                if found == 3 { break }
            }
            if found == 3 { add(BlockKind.consonants.rawValue << 60 | consonants) }
        }
        return blocks
    }

    /// Names whose parts are split differently ("Pyeong-yang", "Pyongyang") meet on the
    /// beginning, end and length of their joined reading; a lookup tries the lengths the
    /// joined comparison can accept.
    static func joinedBlockingKey(_ joined: some Collection<UInt8>, length: Int) -> BlockKey {
        BlockKind.joined.rawValue << 60 | UInt64(min(length, 255)) << 48
            | packing(joined.suffix(3), after: packing(joined.prefix(3)))
    }
}

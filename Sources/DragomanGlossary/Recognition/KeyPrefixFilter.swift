/// A bitmap over the first three UTF-8 bytes of a set of folded keys, so that a recogniser
/// turns most words away without hashing them: a word (or a stem of it that keeps its first
/// three bytes) can equal a key only if the key's first three bytes are marked.
///
/// False positives only cost the dictionary lookup the filter saves; there are no false
/// negatives for words of three bytes or more. Shorter words always pass.
struct KeyPrefixFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    mutating func insert(_ key: String) {
        guard let slot = Self.slot(of: key) else { return }
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Whether a key may start with the first three bytes of `word`.
    /// - Complexity: O(1).
    func mayMatch(_ word: String) -> Bool {
        guard let slot = Self.slot(of: word) else { return true }
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func slot(of key: String) -> Int? {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), let third = bytes.next() else { return nil }
        let packed = UInt32(first) | UInt32(second) << 8 | UInt32(third) << 16
        // Multiplicative hashing spreads neighbouring prefixes over the 65,536 slots.
        return Int((packed &* 2_654_435_761) >> 16)
    }
}

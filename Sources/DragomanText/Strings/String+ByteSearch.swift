extension StringProtocol {
    /// The first occurrence of `needle` at or after `start`, compared byte for byte in UTF-8
    /// (so without Foundation's bridging; canonically equivalent spellings do not match).
    ///
    /// - Complexity: O(n·m) in the worst case, O(n) for typical text.
    package func firstByteRange(of needle: some StringProtocol, from start: Index? = nil) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return nil }
        let view = utf8
        var position = start ?? view.startIndex
        while let candidate = view[position...].firstIndex(of: first) {
            var textIndex = candidate
            var matched = 0
            while matched < bytes.count, textIndex < view.endIndex, view[textIndex] == bytes[matched] {
                matched += 1
                textIndex = view.index(after: textIndex)
            }
            if matched == bytes.count { return candidate..<textIndex }
            position = view.index(after: candidate)
        }
        return nil
    }

    /// Whether `needle` occurs in the text, byte for byte.
    package func containsBytes(of needle: some StringProtocol) -> Bool {
        firstByteRange(of: needle) != nil
    }
}

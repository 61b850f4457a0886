extension String {
    /// The first occurrence of `needle` at or after `start`, compared byte for byte in UTF-8
    /// (so without Foundation's bridging; canonically equivalent spellings do not match).
    ///
    /// - Complexity: O(n·m) in the worst case, O(n) for typical text.
    package func firstByteRange(of needle: String, from start: Index? = nil) -> Range<Index>? {
        var haystack = self
        var needle = needle
        let from = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        let found: Int? = haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, pattern.count <= text.count else { return nil }
                var position = from
                let last = text.count - pattern.count
                while position <= last {
                    if text[position] == first {
                        var matched = 1
                        while matched < pattern.count && text[position + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return position }
                    }
                    position += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs in the text, byte for byte.
    package func containsBytes(of needle: String) -> Bool {
        firstByteRange(of: needle) != nil
    }
}

extension String {
    /// The text with each range (in Unicode scalar offsets, as recognisers report them)
    /// replaced by its text; a range that overlaps an earlier one is left out.
    ///
    /// - Complexity: O(n) in the text's length: one walk over its scalars.
    package func replacingScalarRanges(_ replacements: [(range: Range<Int>, text: String)]) -> String {
        var result = ""
        let scalars = unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where replacement.range.lowerBound >= offset {
            let start = scalars.index(position, offsetBy: replacement.range.lowerBound - offset)
            let end = scalars.index(start, offsetBy: replacement.range.count)
            result += self[position..<start]
            result += replacement.text
            position = end
            offset = replacement.range.upperBound
        }
        result += self[position...]
        return result
    }
}

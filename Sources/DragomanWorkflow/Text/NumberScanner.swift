/// Numbers in running text, as values: "3.000", "3,000", "3 000" and "3000" are one number,
/// "1,5" and "1.5" another; an ordinal's dot ("3. Oktober") is not part of a number.
public enum NumberScanner {
    public struct Found: Hashable, Sendable {
        /// Scalar offsets in the text.
        public var range: Range<Int>
        /// The value with grouping removed and a dot for decimals: "3000", "1.5".
        public var value: String
    }

    public static func numbers(in text: String) -> [Found] {
        let scalars = Array(text.unicodeScalars)
        var found: [Found] = []
        var index = 0
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        while index < scalars.count {
            guard isDigit(index), index == 0 || !scalars[index - 1].properties.isAlphabetic, !isDigit(index - 1)
            else {
                index += 1
                continue
            }
            let start = index
            var integer = ""
            var fraction = ""
            while isDigit(index) {
                integer.unicodeScalars.append(scalars[index])
                index += 1
                // A separator followed by exactly three digits groups thousands.
                if index < scalars.count, ".,\u{A0}\u{202F}'’".unicodeScalars.contains(scalars[index]),
                    isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4)
                {
                    index += 1
                }
            }
            if index + 1 < scalars.count, scalars[index] == "." || scalars[index] == ",", isDigit(index + 1) {
                index += 1
                while isDigit(index) {
                    fraction.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            let trimmed = String(integer.drop { $0 == "0" })
            found.append(
                Found(
                    range: start..<index,
                    value: (trimmed.isEmpty ? "0" : trimmed) + (fraction.isEmpty ? "" : "." + fraction)))
        }
        return found
    }

    /// `value` written the way `example` writes numbers: its grouping and decimal separators
    /// ("1500" like "3,000" → "1,500"; like "3.000" → "1.500").
    public static func format(_ value: String, like example: String) -> String {
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        let integer = parts[0]
        let exampleScalars = Array(example.unicodeScalars)
        var grouping: Unicode.Scalar?
        var decimal: Unicode.Scalar = "."
        for (offset, scalar) in exampleScalars.enumerated() where !("0"..."9").contains(scalar) {
            let digitsAfter = exampleScalars[(offset + 1)...].prefix { ("0"..."9").contains($0) }.count
            if digitsAfter == 3 && grouping == nil && offset + 4 <= exampleScalars.count {
                grouping = scalar
            } else {
                decimal = scalar
            }
        }
        if grouping == "." { decimal = "," }
        var written = ""
        if let grouping, integer.count > 3 {
            for (offset, digit) in integer.enumerated() {
                if offset > 0 && (integer.count - offset) % 3 == 0 { written.unicodeScalars.append(grouping) }
                written.append(digit)
            }
        } else {
            written = integer
        }
        if parts.count == 2 {
            written.unicodeScalars.append(decimal)
            written += parts[1]
        }
        return written
    }
}

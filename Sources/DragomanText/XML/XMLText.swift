package enum XMLText {
    /// `text` escaped for element content and attribute values; with `apostrophes`, `'` too
    /// (as `&#39;`, which HTML and XML both read).
    ///
    /// - Complexity: O(n); texts with nothing to escape are returned as they are after one
    ///   scan of their bytes.
    package static func escape(_ text: String, apostrophes: Bool = false) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophes && byte == 0x27)
        }
        guard needsEscaping else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'" where apostrophes: escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

package enum XMLText {
    /// `text` escaped for element content and attribute values; with `apostrophes`, `'` too
    /// (as `&#39;`, which HTML and XML both read). Control characters that XML 1.0 cannot carry
    /// become U+FFFD, so that the file stays well-formed.
    ///
    /// - Complexity: O(n); texts with nothing to escape are returned as they are after one
    ///   scan of their bytes.
    package static func escape(_ text: String, apostrophes: Bool = false) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophes && byte == 0x27)
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
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
            // XML 1.0 has no way to write these control characters, not even as references.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

import ArgumentParser

/// The shapes a command's output can take; each command documents which it offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, tsv
}

enum TSV {
    /// A field with backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`, `\r`.
    static func field(_ value: String) -> String {
        let special = { (byte: UInt8) in byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // Most fields need nothing; scan the UTF-8 bytes, not the characters.
        let needsEscaping = value.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
        guard needsEscaping ?? value.utf8.contains(where: special) else { return value }
        return escaping(value) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: "\t") + "\n" }
}

enum JSONText {
    /// A JSON string literal for `value` (RFC 8259), escaping quotes, backslashes and controls.
    static func string(_ value: String) -> String {
        let body = escaping(value) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            case _ where scalar.value < 0x20:
                "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: nil
            }
        }
        return "\"" + body + "\""
    }
}

/// `value` with each scalar for which `replacement` returns a string replaced by that string.
private func escaping(_ value: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var escaped = ""
    escaped.reserveCapacity(value.utf8.count + 8)
    for scalar in value.unicodeScalars {
        if let replaced = replacement(scalar) {
            escaped += replaced
        } else {
            escaped.unicodeScalars.append(scalar)
        }
    }
    return escaped
}

import ArgumentParser

/// The shapes a command's output can take; each command documents which it offers.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, tsv
}

enum TSV {
    /// A field with backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`, `\r`.
    static func field(_ value: String) -> String {
        let needsEscaping =
            value.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            } ?? value.utf8.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard needsEscaping else { return value }
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: "\t") + "\n" }
}

enum JSONText {
    /// A JSON string literal for `value` (RFC 8259), escaping quotes, backslashes and controls.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

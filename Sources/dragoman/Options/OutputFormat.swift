import ArgumentParser

/// `--format` values. Each command declares the enum of exactly the shapes it offers, so that
/// its help (ArgumentParser lists a CaseIterable option's values) and its parser agree.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum TextJSONOrTSV: String, ExpressibleByArgument, CaseIterable {
    case text, json, tsv
}

enum TSVOrJSON: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
}

enum TSV {
    /// A field with backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`, `\r`.
    static func field(_ value: String) -> String {
        let special = { (byte: UInt8) in byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // Most fields need nothing; scan the UTF-8 bytes, not the characters.
        let needsEscaping = value.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
        guard needsEscaping ?? value.utf8.contains(where: special) else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 8)
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

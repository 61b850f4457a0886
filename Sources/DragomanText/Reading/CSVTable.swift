import Foundation

/// RFC 4180 records: fields separated by a delimiter, optionally quoted with `"` (a quote
/// inside doubled), quoted fields may hold delimiters and line breaks.
package struct CSVTable {
    package struct Record {
        /// 1-based line on which the record starts.
        package var line: Int
        package var fields: [String]
    }

    /// Parses `text`; a UTF-8 byte order mark at the start is skipped.
    ///
    /// - Complexity: O(n) in the text length.
    package static func parse(_ text: String, delimiter: Character, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        var atStart = true
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        while let character = next() {
            if atStart {
                atStart = false
                if character == "\u{FEFF}" { continue }
            }
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case "\"":
                throw FileFormatError(file: file, line: line, problem: "quote inside an unquoted field")
            case delimiter:
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                    records.append(Record(line: recordLine, fields: fields))
                }
                fields = []
                field = ""
                fieldWasQuoted = false
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted {
                    throw FileFormatError(file: file, line: line, problem: "text after a closing quote")
                }
                field.append(character)
            }
        }
        if inQuotes { throw FileFormatError(file: file, line: recordLine, problem: "quoted field never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    /// One record, quoting fields that hold the delimiter, quotes or line breaks.
    package static func line(_ fields: [String], delimiter: Character) -> String {
        fields.map { field in
            let needsQuotes = field.unicodeScalars.contains { scalar in
                scalar == "\"" || delimiter.unicodeScalars.contains(scalar) || isNewline(scalar)
            }
            guard needsQuotes else { return field }
            var quoted = "\""
            quoted.reserveCapacity(field.utf8.count + 8)
            for scalar in field.unicodeScalars {
                if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
                quoted.unicodeScalars.append(scalar)
            }
            return quoted + "\""
        }.joined(separator: String(delimiter))
    }

    /// The scalars that `Character.isNewline` counts: LF, VT, FF, CR, NEL, LS, PS.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
            || scalar.value == 0x2029
    }
}

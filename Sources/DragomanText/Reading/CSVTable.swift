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

    /// Cells starting with these get an apostrophe; one starting with an apostrophe gets another,
    /// so that reading back removes exactly the one the writer added.
    private static let formulaStarts = "=+-@\t\r'".unicodeScalars

    /// A cell as a spreadsheet will not run it: one that starts with `=`, `+`, `-`, `@`, a tab or
    /// a carriage return gets a leading apostrophe (`formulaUnguarded` strips it again).
    package static func formulaGuarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    package static func formulaUnguarded(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first, formulaStarts.contains(second)
        else { return value }
        return String(value.dropFirst())
    }

    /// One record, quoting fields that hold the delimiter, quotes or line breaks.
    package static func line(_ fields: [String], delimiter: Character) -> String {
        fields.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))
    }

    /// `field` as it goes into a line: as it is, or in quotes with its quotes doubled when it
    /// holds the delimiter, a quote or a line break (any that `Character.isNewline` knows).
    private static func quoted(_ field: String, delimiter: Character) -> String {
        guard let separator = delimiter.asciiValue else {
            // A delimiter beyond ASCII: the same rule on characters.
            guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline }) else { return field }
            return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
                + "\""
        }
        let bytes = field.utf8
        var needsQuotes = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case separator, 0x22, 0x0A...0x0D: needsQuotes = true
            // NEL (C2 85), LINE and PARAGRAPH SEPARATOR (E2 80 A8, E2 80 A9).
            case 0x85 where previous.1 == 0xC2: needsQuotes = true
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): needsQuotes = true
            default: break
            }
            if needsQuotes { break }
            previous = (previous.1, byte)
        }
        guard needsQuotes else { return field }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            if byte == 0x22 { quoted.append(0x22) }
            quoted.append(byte)
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }
}

import DragomanStore
import DragomanText
import Foundation

/// The bilingual review table: one row per unit with project, unit id, source, target,
/// status, names, QA and an empty comment column. UTF-8 with a byte-order mark and CRLF line
/// ends, fields quoted per RFC 4180, so that LibreOffice and Excel open it as it is; a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe
/// so that no spreadsheet runs it as a formula (reading strips it again).
public enum ReviewCSV {
    public static let columns = ["project", "unit", "source", "target", "status", "names", "qa", "comment"]

    public static func write(_ package: ReviewPackage) -> String {
        var rows = [columns]
        for document in package.documents {
            for item in document.units {
                rows.append([
                    package.projectID, String(item.unit.id), item.unit.source, item.unit.target ?? "",
                    item.unit.status.rawValue,
                    item.names.map { "\($0.source) → \($0.target ?? "?")" }.joined(separator: "; "),
                    item.notes.map { "\($0.severity) \($0.rule): \($0.message)" }.joined(separator: "; "), "",
                ])
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func unguarded(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first,
            "=+-@\t\r".unicodeScalars.contains(second)
        else { return value }
        return String(value.dropFirst())
    }

    /// Reads a review table back (as written, or saved again by a spreadsheet, with or without
    /// the byte-order mark, with CRLF or LF). Errors name the file and line.
    public static func read(_ data: Data, file: String) throws -> ReviewedFile {
        guard var text = String(data: data, encoding: .utf8) else {
            throw XMLInputError(file: file, problem: "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = try parse(text, file: file)
        guard let header = records.first?.fields.map({ $0.lowercased() }) else {
            throw XMLInputError(file: file, line: 1, problem: "empty file")
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for required in ["unit", "source", "target", "status"] where index[required] == nil {
            throw XMLInputError(
                file: file, line: 1, problem: "no \(required) column (columns: \(columns.joined(separator: ", ")))")
        }
        var projectID: String?
        var units: [ReviewedFile.Unit] = []
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            func value(_ name: String) -> String {
                guard let position = index[name], position < record.fields.count else { return "" }
                return unguarded(record.fields[position])
            }
            guard let id = Int64(value("unit")) else {
                throw XMLInputError(
                    file: file, line: record.line, problem: "unit id “\(value("unit"))” is not a number")
            }
            guard let status = UnitStatus(rawValue: value("status").lowercased()) else {
                throw XMLInputError(
                    file: file, line: record.line,
                    problem: "status “\(value("status"))”; use new, draft, translated, reviewed or approved")
            }
            if index["project"] != nil, !value("project").isEmpty { projectID = projectID ?? value("project") }
            let target = value("target")
            units.append(
                ReviewedFile.Unit(
                    id: id, source: value("source"), target: target.isEmpty ? nil : target, status: status,
                    line: record.line))
        }
        return ReviewedFile(file: file, projectID: projectID, units: units)
    }

    /// RFC 4180 records with the line each starts on.
    static func parse(_ text: String, file: String) throws -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw XMLInputError(file: file, line: recordLine, problem: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }
}

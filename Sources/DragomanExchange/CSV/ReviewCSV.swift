import DragomanStore
import DragomanText
import Foundation

/// The bilingual review table: one row per unit with project, unit id, source, target,
/// status, names, QA and an empty comment column. UTF-8 with a byte-order mark and CRLF line
/// ends, fields quoted per RFC 4180, so that LibreOffice and Excel open it as it is; cells are
/// formula-guarded (`CSVTable.formulaGuarded`).
public enum ReviewCSV {
    public static let columns = ["project", "export", "unit", "source", "target", "status", "names", "qa", "comment"]

    public static func write(_ package: ReviewPackage) -> String {
        let units = package.documents.flatMap(\.units)
        let lines = units.concurrentMap { item in
            line([
                package.projectID, package.exportID ?? "", String(item.unit.id), item.unit.source,
                item.unit.target ?? "",
                item.unit.status.rawValue,
                item.names.map { "\($0.source) → \($0.target ?? "?")" }.joined(separator: "; "),
                item.notes.map { "\($0.severity) \($0.rule): \($0.message)" }.joined(separator: "; "), "",
            ])
        }
        return "\u{FEFF}" + line(columns) + lines.joined()
    }

    private static func line(_ fields: [String]) -> String {
        CSVTable.line(fields.map(CSVTable.formulaGuarded), delimiter: ",") + "\r\n"
    }

    /// Reads a review table back (as written, or saved again by a spreadsheet, with or without
    /// the byte-order mark, with CRLF or LF). Errors name the file and line.
    public static func read(_ data: Data, file: String) throws -> ReviewedFile {
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileFormatError(file: file, problem: "not UTF-8 text")
        }
        let records = try CSVTable.parse(text, delimiter: ",", file: file)
        guard let header = records.first?.fields.map({ $0.lowercased() }) else {
            throw FileFormatError(file: file, line: 1, problem: "empty file")
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for required in ["unit", "source", "target", "status"] where index[required] == nil {
            throw FileFormatError(
                file: file, line: 1, problem: "no \(required) column (columns: \(columns.joined(separator: ", ")))")
        }
        var projectID: String?
        var exportID: String?
        var units: [ReviewedFile.Unit] = []
        for record in records.dropFirst() {
            func value(_ name: String) -> String {
                guard let position = index[name], position < record.fields.count else { return "" }
                return CSVTable.formulaUnguarded(record.fields[position])
            }
            guard let id = ReviewedFile.unitID(value("unit")) else {
                throw FileFormatError(
                    file: file, line: record.line, problem: "unit id “\(value("unit"))” is not a number")
            }
            guard let status = UnitStatus(rawValue: value("status").lowercased()) else {
                throw FileFormatError(
                    file: file, line: record.line,
                    problem: "status “\(value("status"))”; use new, draft, translated, reviewed or approved")
            }
            if index["project"] != nil, !value("project").isEmpty { projectID = projectID ?? value("project") }
            if index["export"] != nil, !value("export").isEmpty { exportID = exportID ?? value("export") }
            let target = value("target")
            units.append(
                ReviewedFile.Unit(
                    id: id, source: value("source"), target: target.isEmpty ? nil : target, status: status,
                    line: record.line))
        }
        return ReviewedFile(file: file, projectID: projectID, exportID: exportID, units: units)
    }
}

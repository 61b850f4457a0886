import DragomanText
import Foundation

/// Glossaries as CSV (or TSV): one row per term, rows of one entry sharing its id.
///
/// Header (columns in any order; `id`, `language` and `term` required):
/// `id,kind,language,term,status,type,part_of_speech,forms,role,note,source`
/// - `kind`: person, place, organization or term; `status`: preferred, admitted or deprecated;
///   `type`: fullForm, acronym, abbreviation, shortForm or variant; `part_of_speech`: noun,
///   adjective, verb, adverb or other.
/// - `forms`: inflected and derived forms separated by `|`.
/// - `role`: the entry's role in that row's language; roles held for a time follow it, each with
///   an ISO 8601 interval, separated by `|`:
///   `former Foreign Minister|Foreign Minister of Germany [2021-12-08/2025-05-06]` (`..` or
///   nothing for an open end). `note` and `source` belong to the entry.
public enum GlossaryCSV {
    public static let columns = [
        "id", "kind", "language", "term", "status", "type", "part_of_speech", "forms", "role", "note", "source",
    ]

    /// Whether the text starts with this format's header (an `id`, a `language` and a `term`
    /// column), which tells it from a bilingual term list.
    static func hasHeader(_ text: String, delimiter: Character = ",") -> Bool {
        let firstLine = text.prefix { !$0.isNewline }.lowercased()
        let names = Set(
            firstLine.split(separator: delimiter).map {
                $0.trimmingWhitespace.trimmingCharacters(in: ["\"", "\u{FEFF}"])
            })
        return names.isSuperset(of: ["id", "language", "term"])
    }

    public static func read(_ text: String, file: String, delimiter: Character = ",") throws -> Glossary {
        let records = try CSVTable.parse(text, delimiter: delimiter, file: file)
        guard let header = records.first else { return Glossary() }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for required in ["id", "language", "term"] where !names.contains(required) {
            throw FileFormatError(
                file: file, line: header.line, problem: "the header has no column \"\(required)\"")
        }
        func value(_ column: String, _ record: CSVTable.Record) -> String {
            guard let index = names.firstIndex(of: column), index < record.fields.count else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespaces)
        }
        var entries: [GlossaryEntry] = []
        var positions: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count <= names.count else {
                throw FileFormatError(
                    file: file, line: record.line,
                    problem: "\(record.fields.count) fields where the header has \(names.count)")
            }
            func fail(_ problem: String) -> FileFormatError {
                FileFormatError(file: file, line: record.line, problem: problem)
            }
            let id = value("id", record)
            let text = value("term", record)
            guard !id.isEmpty else { throw fail("empty id") }
            guard !text.isEmpty else { throw fail("empty term") }
            guard let language = LanguageCode(value("language", record)) else {
                throw fail("\"\(value("language", record))\" is not a BCP 47 language code")
            }
            /// The column's value as one of an enumeration's cases, or `fallback` when empty.
            func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ fallback: T) throws -> T
            where T.RawValue == String {
                let text = value(column, record)
                if text.isEmpty { return fallback }
                guard let found = T(rawValue: text) else {
                    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail("unknown \(column.replacingOccurrences(of: "_", with: " ")) \"\(text)\" (\(allowed))")
                }
                return found
            }
            let kindText = value("kind", record)
            let kind = try choice("kind", GlossaryEntry.Kind.term)
            let status = try choice("status", Term.Status.preferred)
            let type = try choice("type", Term.TermType.fullForm)
            let partOfSpeech = try choice("part_of_speech", Term.PartOfSpeech.noun)
            let forms = value("forms", record).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let term = Term(
                language: language, text: text, status: status, type: type, partOfSpeech: partOfSpeech, forms: forms)
            if positions[id] == nil {
                positions[id] = entries.count
                entries.append(GlossaryEntry(id: id, kind: kind))
            }
            let position = positions[id]!
            if !kindText.isEmpty && entries[position].kind != kind && !entries[position].terms.isEmpty {
                throw fail("entry \(id) was \(entries[position].kind.rawValue) on an earlier row")
            }
            if !kindText.isEmpty { entries[position].kind = kind }
            entries[position].terms.append(term)
            let roles = DatedRole.parseCell(value("role", record), language: language)
            if let role = roles.current { entries[position].roles[language] = role }
            entries[position].datedRoles += roles.dated
            let note = value("note", record)
            if !note.isEmpty { entries[position].note = note }
            let source = value("source", record)
            if !source.isEmpty { entries[position].source = source }
        }
        return Glossary(entries: entries)
    }

    /// The glossary as CSV, one row per term; a role, note or source is written on the first
    /// row it belongs to.
    public static func write(_ glossary: Glossary, delimiter: Character = ",") -> String {
        var lines = [CSVTable.line(columns, delimiter: delimiter)]
        for entry in glossary.entries {
            var rolesWritten = Set<LanguageCode>()
            for (index, term) in entry.terms.enumerated() {
                let role =
                    rolesWritten.contains(term.language)
                    ? ""
                    : DatedRole.cell(
                        current: entry.roles[term.language],
                        dated: entry.datedRoles.filter { $0.language == term.language })
                rolesWritten.insert(term.language)
                lines.append(
                    CSVTable.line(
                        [
                            entry.id, entry.kind.rawValue, term.language.tag, term.text, term.status.rawValue,
                            term.type.rawValue, term.partOfSpeech.rawValue, term.forms.joined(separator: "|"), role,
                            index == 0 ? entry.note ?? "" : "", index == 0 ? entry.source ?? "" : "",
                        ], delimiter: delimiter))
            }
            // Roles in languages without a term of their own would be lost; they need a term.
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

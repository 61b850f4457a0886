import DragomanText
import Foundation

/// A bilingual term list for the term-base CSV imports of CAT tools (memoQ, Phrase): one row per
/// source term, columns headed by language codes.
///
/// `de,en,en variants,description,id`: the source term, its preferred target, the admitted
/// target variants (separated by `|`), the role or note, and the entry's id, which brings an
/// edited row back to its entry. UTF-8 with a byte-order mark, CRLF line ends, fields quoted per
/// RFC 4180 and formula-guarded, so that a spreadsheet opens and saves it as it is.
public enum GlossaryBilingualCSV {
    static let variantsSuffix = " variants"
    static let descriptionColumn = "description"
    static let idColumn = "id"
    static let variantSeparator = " | "

    public static func write(_ list: BilingualTermList) -> String {
        let header = [
            list.sourceLanguage.tag, list.targetLanguage.tag, list.targetLanguage.tag + variantsSuffix,
            descriptionColumn, idColumn,
        ]
        var text = "\u{FEFF}" + line(header)
        for row in list.rows {
            text += line([
                row.source, row.target, (row.variants ?? []).joined(separator: variantSeparator), row.description ?? "",
                row.entry ?? "",
            ])
        }
        return text
    }

    private static func line(_ fields: [String]) -> String {
        CSVTable.line(fields.map(CSVTable.formulaGuarded), delimiter: ",") + "\r\n"
    }

    /// Reads a term list back, as written or saved again by a spreadsheet (which may separate
    /// fields with semicolons or tabs where the comma is the decimal sign: the header tells). The
    /// two language columns are the columns headed by a language code; with `sourceLanguage` and
    /// `targetLanguage` given, they must be those two.
    public static func read(
        _ text: String, file: String, sourceLanguage: LanguageCode? = nil, targetLanguage: LanguageCode? = nil
    ) throws -> BilingualTermList {
        let header = text.prefix { !$0.isNewline }
        let delimiter =
            [",", ";", "\t"].max { first, second in
                header.filter { $0 == first }.count < header.filter { $0 == second }.count
            } ?? ","
        let records = try CSVTable.parse(text, delimiter: delimiter, file: file)
        guard let header = records.first else { throw FileFormatError(file: file, line: 1, problem: "empty file") }
        let names = header.fields.map { $0.trimmingWhitespace }
        let languageColumns = names.enumerated().compactMap { index, name -> (Int, LanguageCode)? in
            guard name.lowercased() != idColumn, name.lowercased() != descriptionColumn,
                !name.lowercased().hasSuffix(variantsSuffix), let code = LanguageCode(name)
            else { return nil }
            return (index, code)
        }
        guard languageColumns.count == 2 else {
            throw FileFormatError(
                file: file, line: header.line,
                problem:
                    "the header names \(languageColumns.count) language columns (\(languageColumns.map(\.1.tag).joined(separator: ", "))); a bilingual term list has two, such as de,en"
            )
        }
        // The description is in the target language: the columns' order is the direction.
        let (sourceColumn, targetColumn) = (languageColumns[0], languageColumns[1])
        let expected = [sourceLanguage ?? sourceColumn.1, targetLanguage ?? targetColumn.1]
        guard expected == [sourceColumn.1, targetColumn.1] else {
            throw FileFormatError(
                file: file, line: header.line,
                problem:
                    "the file is a \(sourceColumn.1.tag) → \(targetColumn.1.tag) list, not \(expected[0].tag) → \(expected[1].tag)"
            )
        }
        let variantsColumn = names.firstIndex { $0.lowercased() == targetColumn.1.tag.lowercased() + variantsSuffix }
        let descriptionIndex = names.firstIndex { $0.lowercased() == descriptionColumn }
        let idIndex = names.firstIndex { $0.lowercased() == idColumn }
        // A list with ids is an export: every source term of an entry is a row. Without them it
        // may be any list of terms, and a term it lacks is no term removed.
        var list = BilingualTermList(
            sourceLanguage: sourceColumn.1, targetLanguage: targetColumn.1, rowsAreAllSourceTerms: idIndex != nil)
        for record in records.dropFirst() {
            func value(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return CSVTable.formulaUnguarded(record.fields[index]).trimmingWhitespace
            }
            let source = value(sourceColumn.0)
            let target = value(targetColumn.0)
            if source.isEmpty && target.isEmpty { continue }
            guard !source.isEmpty, !target.isEmpty else {
                throw FileFormatError(
                    file: file, line: record.line,
                    problem: "a row needs both a \(sourceColumn.1.tag) and a \(targetColumn.1.tag) term")
            }
            let variants =
                variantsColumn == nil
                ? nil
                : value(variantsColumn).split(separator: "|").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            let id = value(idIndex)
            list.rows.append(
                BilingualTermList.Row(
                    line: record.line, entry: id.isEmpty ? nil : id, source: source, target: target,
                    variants: variants, description: descriptionIndex == nil ? nil : value(descriptionIndex)))
        }
        return list
    }
}

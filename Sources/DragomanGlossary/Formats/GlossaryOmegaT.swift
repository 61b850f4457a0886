import DragomanText
import Foundation

/// OmegaT's own glossary file (`.utf8`, `.tab` or `.txt` in a project's `glossary/` folder):
/// UTF-8, one line per source term, `source<TAB>target<TAB>comment` (the comment optional);
/// OmegaT skips lines that start with `#`.
///
/// Written with one line per source term and per inflected form (OmegaT matches the text as it
/// stands), the preferred target, and the role or note as the comment; deprecated forms are
/// never offered as targets. The first line, a comment, names the language pair, which the
/// file has no other place for.
public enum GlossaryOmegaT {
    static let signature = " (Dragoman)"

    public static func write(_ list: BilingualTermList) -> String {
        let title = list.title.isEmpty ? "Dragoman glossary" : list.title
        var text = "# \(list.sourceLanguage.tag) → \(list.targetLanguage.tag): \(oneLine(title))\(signature)\n"
        for row in list.rows {
            text += oneLine(row.source) + "\t" + oneLine(row.target)
            if let description = row.description, !description.isEmpty { text += "\t" + oneLine(description) }
            text += "\n"
        }
        return text
    }

    /// Tabs and line breaks would break the line apart: they become spaces.
    private static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// Reads the lines back. The languages are the caller's (OmegaT's project settings hold
    /// them) or, without them, the pair the file's first comment names; with both, they must
    /// agree.
    public static func read(
        _ text: String, file: String, sourceLanguage: LanguageCode?, targetLanguage: LanguageCode?
    ) throws -> BilingualTermList {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let named = lines.first.flatMap(languagePair)
        if let named, let sourceLanguage, let targetLanguage, named != (sourceLanguage, targetLanguage) {
            throw FileFormatError(
                file: file, line: 1,
                problem: "the file is a \(named.0) → \(named.1) glossary, not \(sourceLanguage) → \(targetLanguage)")
        }
        guard let source = sourceLanguage ?? named?.0, let target = targetLanguage ?? named?.1 else {
            throw FileFormatError(
                file: file,
                problem: "an OmegaT glossary does not name its languages: give --source-lang and --target-lang")
        }
        var list = BilingualTermList(sourceLanguage: source, targetLanguage: target, rowsAreAllSourceTerms: false)
        if named != nil, let first = lines.first, let colon = first.firstIndex(of: ":") {
            let title = first[first.index(after: colon)...].trimmingWhitespace
            list.title = title.hasSuffix(signature) ? String(title.dropLast(signature.count)) : title
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.hasPrefix("#") { continue }
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingWhitespace
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw FileFormatError(
                    file: file, line: number, problem: "expected a source term, a tab and a target term")
            }
            list.rows.append(
                BilingualTermList.Row(
                    line: number, source: fields[0], target: fields[1],
                    description: fields.count > 2 ? fields[2] : ""))
        }
        return list
    }

    /// The pair in a first line `# de → en: …`.
    private static func languagePair(in line: Substring) -> (LanguageCode, LanguageCode)? {
        guard line.hasPrefix("#") else { return nil }
        let words = line.dropFirst().split(separator: " ", maxSplits: 3)
        guard words.count >= 3, words[1] == "→" || words[1] == "->" else { return nil }
        let target = words[2].hasSuffix(":") ? words[2].dropLast() : words[2]
        guard let source = LanguageCode(String(words[0])), let target = LanguageCode(String(target)) else {
            return nil
        }
        return (source, target)
    }
}

import DragomanText
import Foundation

/// Glossaries as TBX: writes and reads TBX v3 in the TBX-Basic dialect (ISO 30042:2019) and
/// TBX v2 (`martif`, ISO 30042:2008, which most translation tools read: `GlossaryTBX+Version2`).
///
/// Mapping (TBX-Basic data categories only):
/// - entry kind: `<descrip type="subjectField">` person | place | organization | term;
/// - entry note and source: `<note>` and `<admin type="source">` on the concept entry;
/// - role per language: `<descrip type="definition">` in the language section; a role held for
///   a time: the same in a `<descripGrp>` with a `<note>` reading `valid: 2021-12-08/2025-05-06`;
/// - term: `<termNote>` administrativeStatus (preferredTerm-admn-sts, admittedTerm-admn-sts,
///   deprecatedTerm-admn-sts), partOfSpeech (proper names are `noun`), termType;
/// - forms: a `<note>` in the term section reading `forms: Pjöngjangs | Pjöngjanger`.
public enum GlossaryTBX {
    static let namespace = "urn:iso:std:iso:30042:ed-2"
    static let formsPrefix = "forms: "
    static let validPrefix = "valid: "

    // MARK: Writing

    public static func write(_ glossary: Glossary, sourceLanguage: LanguageCode = .english) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx xmlns="\(namespace)" type="TBX-Basic" style="dca" xml:lang="\(sourceLanguage.tag)">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>\(XMLText.escape(glossary.title.isEmpty ? "Dragoman glossary" : glossary.title))</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        var usedIDs = Set<String>()
        for entry in glossary.entries {
            xml += "      <conceptEntry id=\"\(XMLText.escape(uniqueID(xmlID(entry.id), used: &usedIDs)))\">\n"
            xml += "        <descrip type=\"subjectField\">\(entry.kind.rawValue)</descrip>\n"
            if let source = entry.source { xml += "        <admin type=\"source\">\(XMLText.escape(source))</admin>\n" }
            if let note = entry.note { xml += "        <note>\(XMLText.escape(note))</note>\n" }
            var languages: [LanguageCode] = []
            for term in entry.terms where !languages.contains(term.language) { languages.append(term.language) }
            for language in entry.roles.keys.sorted(by: { $0.tag < $1.tag }) where !languages.contains(language) {
                languages.append(language)
            }
            for language in languages {
                let terms = entry.terms.filter { $0.language == language }
                // A language section needs a term; a role alone has none to hang on.
                guard !terms.isEmpty else { continue }
                xml += "        <langSec xml:lang=\"\(language.tag)\">\n"
                xml += rolesXML(entry, in: language)
                for term in terms { xml += termXML(term, in: "termSec") }
                xml += "        </langSec>\n"
            }
            xml += "      </conceptEntry>\n"
        }
        xml += "    </body>\n  </text>\n</tbx>\n"
        return xml
    }

    /// A language section's roles: today's as its definition, each dated one as a definition
    /// in a `<descripGrp>` with a `valid:` note holding its ISO 8601 interval.
    static func rolesXML(_ entry: GlossaryEntry, in language: LanguageCode) -> String {
        var xml = ""
        if let role = entry.roles[language] {
            xml += "          <descrip type=\"definition\">\(XMLText.escape(role))</descrip>\n"
        }
        for role in entry.datedRoles where role.language == language {
            xml += "          <descripGrp>\n"
            xml += "            <descrip type=\"definition\">\(XMLText.escape(role.text))</descrip>\n"
            xml += "            <note>\(validPrefix)\(role.interval)</note>\n"
            xml += "          </descripGrp>\n"
        }
        return xml
    }

    /// A term's section: `<termSec>` (v3) or `<tig>` (v2) hold the same children.
    static func termXML(_ term: Term, in element: String) -> String {
        var xml = "          <\(element)>\n"
        xml += "            <term>\(XMLText.escape(term.text))</term>\n"
        xml += "            <termNote type=\"partOfSpeech\">\(term.partOfSpeech.rawValue)</termNote>\n"
        xml += "            <termNote type=\"administrativeStatus\">\(term.status.rawValue)Term-admn-sts</termNote>\n"
        xml += "            <termNote type=\"termType\">\(term.type.rawValue)</termNote>\n"
        if !term.forms.isEmpty {
            xml += "            <note>\(XMLText.escape(formsPrefix + term.forms.joined(separator: " | ")))</note>\n"
        }
        return xml + "          </\(element)>\n"
    }

    /// An xml:id-safe identifier (NCName): ids from CSV may start with a digit.
    static func xmlID(_ id: String) -> String {
        let safe = id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }
        let text = String(safe)
        return text.first.map { $0.isLetter || $0 == "_" } == true ? text : "_" + text
    }

    // MARK: Reading

    /// Reads TBX v3 (`<tbx>`) or TBX v2 (`<martif>`). `languageMap` renames language codes
    /// (csv2tbx writes `xx` for the target side: pass `["xx": "de"]`).
    public static func read(_ data: Data, file: String, languageMap: [String: LanguageCode] = [:]) throws -> Glossary {
        let document = try SafeXMLDocument(data: data, file: file, kind: "glossary files")
        let root = document.root
        switch root.name {
        case "tbx": return try readV3(root, file: file, languageMap: languageMap)
        case "martif": return try readVersion2(root, file: file, languageMap: languageMap)
        default:
            throw FileFormatError(
                file: file, line: root.line,
                problem: "root element <\(root.name)> is neither <tbx> (TBX v3) nor <martif> (TBX v2)")
        }
    }

    static func language(
        of element: SafeXMLDocument.Element, file: String, map: [String: LanguageCode]
    ) throws -> LanguageCode {
        guard let value = element.attributes["xml:lang"] ?? element.attributes["lang"] else {
            throw FileFormatError(file: file, line: element.line, problem: "<\(element.name)> without xml:lang")
        }
        if let mapped = map[value] { return mapped }
        guard let code = LanguageCode(value) else {
            throw FileFormatError(
                file: file, line: element.line, problem: "\"\(value)\" is not a BCP 47 language code")
        }
        return code
    }

    private static func readV3(_ root: SafeXMLDocument.Element, file: String, languageMap: [String: LanguageCode])
        throws
        -> Glossary
    {
        let title = root.first("tbxHeader")?.first("fileDesc")?.first("sourceDesc")?.first("p")?.allText ?? ""
        guard let body = root.first("text")?.first("body") else {
            throw FileFormatError(file: file, line: root.line, problem: "no <text><body> in the TBX file")
        }
        let entries = try body.children(named: "conceptEntry").enumerated().map { index, concept in
            try entry(concept, id: "c\(index + 1)", languageSections: "langSec", file: file, languageMap: languageMap) {
                section, language in
                try section.children(named: "termSec").map { try term($0, language: language, file: file) }
            }
        }
        return Glossary(title: title, entries: entries)
    }

    /// An entry from its element (v3 `conceptEntry`, v2 `termEntry`): both versions put kind,
    /// source, note and per-language roles in the same data categories; `terms` reads a language
    /// section's terms.
    static func entry(
        _ element: SafeXMLDocument.Element, id fallback: String, languageSections: String, file: String,
        languageMap: [String: LanguageCode],
        terms: (SafeXMLDocument.Element, LanguageCode) throws -> [Term]
    ) throws -> GlossaryEntry {
        var entry = GlossaryEntry(id: element.attributes["id"] ?? fallback, kind: .term)
        if let kind = element.children(named: "descrip").first(where: { $0.attributes["type"] == "subjectField" }) {
            entry.kind = GlossaryEntry.Kind(rawValue: kind.allText) ?? .term
        }
        entry.source = element.children(named: "admin").first { $0.attributes["type"] == "source" }?.allText
        entry.note = element.first("note")?.allText
        for section in element.children(named: languageSections) {
            let language = try language(of: section, file: file, map: languageMap)
            if let role = section.children(named: "descrip").first(where: { $0.attributes["type"] == "definition" }) {
                entry.roles[language] = role.allText
            }
            for group in section.children(named: "descripGrp") {
                guard
                    let role = group.children(named: "descrip").first(where: { $0.attributes["type"] == "definition" }),
                    let note = group.children(named: "note").first(where: { $0.allText.hasPrefix(validPrefix) })
                else { continue }
                guard let span = DatedRole.interval(String(note.allText.dropFirst(validPrefix.count))) else {
                    throw FileFormatError(
                        file: file, line: note.line,
                        problem: "\"\(note.allText)\" is no interval (valid: 2021-12-08/2025-05-06, .. for an open end)"
                    )
                }
                entry.datedRoles.append(
                    DatedRole(language: language, text: role.allText, validFrom: span.from, validUntil: span.until))
            }
            entry.terms += try terms(section, language)
        }
        return entry
    }

    static func term(_ element: SafeXMLDocument.Element, language: LanguageCode, file: String) throws -> Term {
        guard let text = element.first("term")?.allText, !text.isEmpty else {
            throw FileFormatError(file: file, line: element.line, problem: "<\(element.name)> without a <term>")
        }
        var term = Term(language: language, text: text)
        for note in element.children(named: "termNote") {
            let value = note.allText
            switch note.attributes["type"] {
            case "administrativeStatus":
                let status = value.replacingOccurrences(of: "Term-admn-sts", with: "")
                term.status = status == "superseded" ? .deprecated : Term.Status(rawValue: status) ?? .admitted
            case "partOfSpeech": term.partOfSpeech = Term.PartOfSpeech(rawValue: value) ?? .other
            case "termType": term.type = Term.TermType(rawValue: value) ?? .variant
            default: continue
            }
        }
        term.forms = forms(in: element)
        return term
    }

    /// The forms a term section lists in its `forms:` note.
    static func forms(in element: SafeXMLDocument.Element) -> [String] {
        guard let note = element.children(named: "note").first(where: { $0.allText.hasPrefix(formsPrefix) }) else {
            return []
        }
        return note.allText.dropFirst(formsPrefix.count).split(separator: "|")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import DragomanText
import Foundation

/// TBX v2 (`martif`, ISO 30042:2008) in the TBX-Basic style: the version translate-toolkit,
/// OmegaT, memoQ, Trados MultiTerm and Phrase import.
///
/// Written valid against `TBXcoreStructV02.dtd` without a DOCTYPE (nothing to fetch); the same
/// data categories as v3 in their v2 places: `termEntry` (subjectField, source, note), `langSet`
/// (definition = role), `tig` (term, partOfSpeech, administrativeStatus, termType, a `forms:`
/// note). Each `langSet` lists its preferred term first, because readers that take one term per
/// language (translate-toolkit) take the first; the source language's `langSet` comes first.
extension GlossaryTBX {
    public static func writeVersion2(
        _ glossary: Glossary, sourceLanguage: LanguageCode? = nil, targetLanguage: LanguageCode? = nil
    ) -> String {
        let first = [sourceLanguage, targetLanguage].compactMap { $0 }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="\((sourceLanguage ?? glossary.languages.first ?? .english).tag)">
              <martifHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>\(XMLText.escape(glossary.title.isEmpty ? "Dragoman glossary" : glossary.title))</p>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc>
                  <p type="XCSURI">TBXBasicXCSV02.xcs</p>
                </encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        var usedIDs = Set<String>()
        for entry in glossary.entries where !entry.terms.isEmpty {
            xml += "      <termEntry id=\"\(XMLText.escape(uniqueID(xmlID(entry.id), used: &usedIDs)))\">\n"
            xml += "        <descrip type=\"subjectField\">\(entry.kind.rawValue)</descrip>\n"
            if let source = entry.source { xml += "        <admin type=\"source\">\(XMLText.escape(source))</admin>\n" }
            if let note = entry.note { xml += "        <note>\(XMLText.escape(note))</note>\n" }
            let languages =
                first.filter { language in entry.terms.contains { $0.language == language } }
                + entry.languagesInOrder.filter { !first.contains($0) }
            for language in languages {
                xml += "        <langSet xml:lang=\"\(XMLText.escape(language.tag))\">\n"
                xml += rolesXML(entry, in: language)
                let terms = entry.terms.filter { $0.language == language }
                for status in Term.Status.allCases {
                    for term in terms where term.status == status {
                        xml += termXML(term, in: "tig")
                    }
                }
                xml += "        </langSet>\n"
            }
            xml += "      </termEntry>\n"
        }
        xml += "    </body>\n  </text>\n</martif>\n"
        return xml
    }

    /// `id`, or `id_2`, `id_3`… when an earlier entry took it: ids are XML IDs and must be unique.
    static func uniqueID(_ id: String, used: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while !used.insert(candidate).inserted {
            candidate = "\(id)_\(number)"
            number += 1
        }
        return candidate
    }

    /// TBX v2: `martif/text/body/termEntry/langSet/(tig|ntig)/term` with `termNote`s.
    static func readVersion2(_ root: SafeXMLDocument.Element, file: String, languageMap: [String: LanguageCode])
        throws -> Glossary
    {
        guard let body = root.first("text")?.first("body") else {
            throw FileFormatError(file: file, line: root.line, problem: "no <text><body> in the martif file")
        }
        let fileDescription = root.first("martifHeader")?.first("fileDesc")
        let title =
            fileDescription?.first("titleStmt")?.first("title")?.allText
            ?? fileDescription?.first("sourceDesc")?.first("p")?.allText ?? ""
        let entries = try body.children(named: "termEntry").enumerated().map { index, termEntry in
            try entry(termEntry, id: "e\(index + 1)", languageSections: "langSet", file: file, languageMap: languageMap)
            {
                langSet, language in
                try langSet.children.filter { $0.name == "tig" || $0.name == "ntig" }.map { group in
                    // ntig wraps the term and its notes in a termGrp.
                    var term = try term(group.first("termGrp") ?? group, language: language, file: file)
                    if term.forms.isEmpty { term.forms = forms(in: group) }
                    return term
                }
            }
        }
        return Glossary(title: title, entries: entries)
    }
}

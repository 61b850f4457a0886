import DragomanStore
import DragomanText
import Foundation

/// Translation memories as TMX 1.4b: written valid against the TMX 1.4 DTD, read from TMX 1.1
/// to 1.4b as OmegaT, translate-toolkit and other tools write it.
public enum TMXFile {
    public static let creationTool = "Dragoman"
    public static let creationToolVersion = "0.5"

    /// The memory as a TMX document. Each unit carries its creation and change dates, the
    /// creator, and the status it had as `x-dragoman-status`; the header names the project.
    public static func write(_ units: [MemoryUnit], sourceLanguage: LanguageCode, projectID: String?) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="\(creationTool)" creationtoolversion="\(creationToolVersion)" \
            segtype="sentence" o-tmf="Dragoman" adminlang="en" srclang="\(XMLText.escape(sourceLanguage.tag))" \
            datatype="plaintext">

            """
        if let projectID { xml += "    <prop type=\"x-dragoman-project\">\(XMLText.escape(projectID))</prop>\n" }
        xml += "  </header>\n  <body>\n"
        for (index, unit) in units.enumerated() {
            let id = unit.unitID.map { "unit-\($0)" } ?? "tm-\(unit.id ?? Int64(index + 1))"
            xml +=
                "    <tu tuid=\"\(id)\" creationdate=\"\(TMXDate.string(unit.createdAt))\" "
                + "changedate=\"\(TMXDate.string(unit.changedAt))\" creationid=\"\(XMLText.escape(unit.creator))\">\n"
            if let status = unit.status {
                xml += "      <prop type=\"x-dragoman-status\">\(XMLText.escape(status))</prop>\n"
            }
            for (language, text) in [(unit.sourceLanguage, unit.source), (unit.targetLanguage, unit.target)] {
                xml +=
                    "      <tuv xml:lang=\"\(XMLText.escape(language.tag))\"><seg>\(XMLText.escape(text))</seg></tuv>\n"
            }
            xml += "    </tu>\n"
        }
        xml += "  </body>\n</tmx>\n"
        return xml
    }

    /// Inline codes whose content is markup of the original format, not text.
    static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

    /// Reads the units of a TMX file for one language pair. Units without both languages are
    /// skipped; languages match by their primary subtag ("de" takes "de-DE"). Safe for untrusted
    /// files (``SafeXMLDocument``); errors name the file, line and column.
    public static func read(
        _ data: Data, file: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) throws -> [MemoryUnit] {
        let document = try SafeXMLDocument(data: data, file: file, kind: "TMX files")
        let root = document.root
        guard root.name == "tmx" else {
            throw FileFormatError(file: file, line: root.line, problem: "root element <\(root.name)> is not <tmx>")
        }
        guard let body = root.first("body") else {
            throw FileFormatError(file: file, line: root.line, problem: "<tmx> has no <body>")
        }
        let creator = root.first("header")?.attributes["creationtool"] ?? "tmx"
        func primary(_ tag: String) -> String { tag.lowercased().split(separator: "-").first.map(String.init) ?? "" }
        var units: [MemoryUnit] = []
        for tu in body.children(named: "tu") {
            var texts: [String: String] = [:]
            for tuv in tu.children(named: "tuv") {
                guard let language = tuv.attributes["xml:lang"] ?? tuv.attributes["lang"] else {
                    throw FileFormatError(file: file, line: tuv.line, problem: "<tuv> without xml:lang")
                }
                guard let seg = tuv.first("seg") else {
                    throw FileFormatError(file: file, line: tuv.line, problem: "<tuv> without <seg>")
                }
                let text = seg.text(skipping: codeElements).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if texts[primary(language)] == nil { texts[primary(language)] = text }
            }
            guard let source = texts[sourceLanguage.language], let target = texts[targetLanguage.language],
                !source.isEmpty, !target.isEmpty
            else { continue }
            let created = tu.attributes["creationdate"].flatMap(TMXDate.date) ?? Date()
            let status = tu.children(named: "prop").first { $0.attributes["type"] == "x-dragoman-status" }?.text
            units.append(
                MemoryUnit(
                    sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, source: source, target: target,
                    status: status, creator: tu.attributes["creationid"] ?? creator, createdAt: created,
                    changedAt: tu.attributes["changedate"].flatMap(TMXDate.date) ?? created))
        }
        return units
    }
}

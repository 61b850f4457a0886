import DragomanStore
import DragomanText
import Foundation

/// XLIFF 2.1 (namespace and schema of 2.0, `version="2.1"`), with the Glossary module.
///
/// One `<file>` per document, one `<unit id="uN">` per translation unit. A unit of several
/// source segments keeps them as several `<segment>` elements: the target on the first, empty
/// targets with `subState="dragoman:merged"` on the others. Names go into `gls:glossary`, QA
/// findings and the alignment score into `<notes>`; the project id is a file-level note of
/// category `dragoman-project`.
public enum XLIFF21File {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    public static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"

    public static func write(_ package: ReviewPackage) -> String {
        let first = package.documents.first?.document
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(namespace)" xmlns:gls="\(glossaryNamespace)" version="2.1" \
            srcLang="\(XMLText.escape(first?.sourceLanguage ?? "de"))" \
            trgLang="\(XMLText.escape(package.documents.first?.targetLanguage ?? "en"))">

            """
        for document in package.documents {
            xml += "  <file id=\"d\(document.document.id)\" original=\"\(XMLText.escape(document.document.name))\">\n"
            xml += "    <notes>\n"
            xml +=
                "      <note id=\"project\" category=\"dragoman-project\">\(XMLText.escape(package.projectID))</note>\n"
            xml += "    </notes>\n"
            for item in document.units { xml += unit(item) }
            xml += "  </file>\n"
        }
        xml += "</xliff>\n"
        return xml
    }

    private static func unit(_ item: ReviewPackage.Unit) -> String {
        let unit = item.unit
        var xml = "    <unit id=\"u\(unit.id)\" name=\"\(unit.id)\">\n"
        if !item.names.isEmpty {
            xml += "      <gls:glossary>\n"
            for name in item.names {
                xml += "        <gls:glossEntry>\n"
                xml +=
                    "          <gls:term source=\"\(XMLText.escape(name.entryID))\">\(XMLText.escape(name.source))</gls:term>\n"
                if let target = name.target {
                    xml += "          <gls:translation>\(XMLText.escape(target))</gls:translation>\n"
                }
                xml += "        </gls:glossEntry>\n"
            }
            xml += "      </gls:glossary>\n"
        }
        var notes: [String] = []
        if let score = unit.alignmentScore {
            notes.append(
                "<note category=\"dragoman-alignment\">origin \(unit.origin?.rawValue ?? "none"), score \(String(format: "%.3f", score))</note>"
            )
        }
        for note in item.notes {
            let priority = note.severity == "error" ? 1 : note.severity == "warning" ? 5 : 9
            notes.append(
                "<note category=\"qa-\(XMLText.escape(note.rule))\" priority=\"\(priority)\">"
                    + "\(XMLText.escape(note.severity)): \(XMLText.escape(note.message))</note>")
        }
        if !notes.isEmpty {
            xml += "      <notes>\n" + notes.map { "        \($0)\n" }.joined() + "      </notes>\n"
        }
        let (state, subState) = ReviewStatus.xliff21(unit.status)
        for (index, segment) in item.segments.enumerated() {
            let sub = index == 0 ? subState : "dragoman:merged"
            xml += "      <segment id=\"s\(segment.id)\" state=\"\(state)\""
            if let sub { xml += " subState=\"\(sub)\"" }
            xml += ">\n        <source>\(XMLText.escape(segment.text))</source>\n"
            let target = index == 0 ? unit.target : ""
            if let target { xml += "        <target>\(XMLText.escape(target))</target>\n" }
            xml += "      </segment>\n"
        }
        xml += "    </unit>\n"
        return xml
    }

    /// Reads units back: source (segments joined), target (non-empty segment targets joined)
    /// and status (of the first segment).
    public static func read(_ data: Data, file: String) throws -> ReviewedFile {
        let root = try SafeXMLDocument(data: data, file: file, kind: "XLIFF files").root
        guard root.name == "xliff", root.attributes["version"]?.hasPrefix("2") == true else {
            throw XMLInputError(file: file, line: root.line, problem: "not an XLIFF 2 file (root <\(root.name)>)")
        }
        var projectID: String?
        var units: [ReviewedFile.Unit] = []
        for fileElement in root.children(named: "file") {
            for note in fileElement.first("notes")?.children(named: "note") ?? []
            where note.attributes["category"] == "dragoman-project" {
                projectID = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            for unit in fileElement.children(named: "unit") {
                guard let idText = unit.attributes["id"], let id = Int64(idText.drop { !$0.isNumber }) else {
                    throw XMLInputError(
                        file: file, line: unit.line,
                        problem: "unit id \(unit.attributes["id"] ?? "(none)") is not a Dragoman unit id")
                }
                let segments = unit.children(named: "segment")
                guard let first = segments.first else {
                    throw XMLInputError(file: file, line: unit.line, problem: "unit \(idText) has no segment")
                }
                guard
                    let status = ReviewStatus.status(
                        xliff21: first.attributes["state"], subState: first.attributes["subState"])
                else {
                    throw XMLInputError(
                        file: file, line: first.line, problem: "unknown state \(first.attributes["state"] ?? "")")
                }
                let source = segments.compactMap { $0.first("source")?.text(skipping: []) }.joined(separator: " ")
                let targets = segments.compactMap { $0.first("target")?.text(skipping: []) }
                let target = targets.filter { !$0.isEmpty }.joined(separator: " ")
                units.append(
                    ReviewedFile.Unit(
                        id: id, source: source, target: targets.isEmpty ? nil : target, status: status, line: unit.line)
                )
            }
        }
        return ReviewedFile(file: file, projectID: projectID, units: units)
    }
}

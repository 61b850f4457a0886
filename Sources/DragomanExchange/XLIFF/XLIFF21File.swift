import DragomanStore
import DragomanText
import Foundation

/// XLIFF 2.1 (namespace and schema of 2.0, `version="2.1"`), with the Glossary module.
///
/// One `<file>` per document, one `<unit id="uN">` per translation unit. A unit of several
/// source segments keeps them as several `<segment>` elements: the target on the first, empty
/// targets with `subState="dragoman:merged"` on the others. Names go into `gls:glossary`, QA
/// findings and the alignment score into `<notes>`; the project id and the export id are
/// file-level notes of categories `dragoman-project` and `dragoman-export`.
public enum XLIFF21File {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    public static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"

    public static func write(_ package: ReviewPackage) -> String {
        let first = package.documents.first?.document
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(namespace)" xmlns:gls="\(glossaryNamespace)" version="2.1" \
            srcLang="\(XMLText.escape(first?.sourceLanguage.tag ?? "de"))" \
            trgLang="\(XMLText.escape(package.documents.first?.targetLanguage.tag ?? "en"))">

            """
        for document in package.documents {
            xml += "  <file id=\"d\(document.document.id)\" original=\"\(XMLText.escape(document.document.name))\">\n"
            xml += "    <notes>\n"
            xml +=
                "      <note id=\"project\" category=\"dragoman-project\">\(XMLText.escape(package.projectID))</note>\n"
            if let exportID = package.exportID {
                xml += "      <note id=\"export\" category=\"dragoman-export\">\(XMLText.escape(exportID))</note>\n"
            }
            xml += "    </notes>\n"
            xml += document.units.concurrentMap(unit).joined()
            xml += "  </file>\n"
        }
        xml += "</xliff>\n"
        return xml
    }

    private static func unit(_ item: ReviewPackage.Unit) -> String {
        let unit = item.unit
        var xml = "    <unit id=\"u\(unit.id)\" name=\"\(unit.id)\" xml:space=\"preserve\">\n"
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
                "<note category=\"dragoman-alignment\">origin \(unit.origin?.rawValue ?? "none"), score \(FixedDecimal.format(score))</note>"
            )
        }
        for note in item.notes {
            notes.append(
                "<note category=\"qa-\(XMLText.escape(note.rule))\" priority=\"\(note.priority)\">"
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
}

import DragomanStore
import DragomanText
import Foundation

/// XLIFF 1.2, valid against the strict schema: one `<file>` per document, one `<trans-unit
/// id="uN">` per translation unit whose source is its segments joined. Names, QA findings and
/// the alignment score are `<note from="dragoman">`; the project id is a header note from
/// `dragoman-project`, the export id one from `dragoman-export` (strict XLIFF 1.2 allows no other
/// namespace).
public enum XLIFF12File {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public static func write(_ package: ReviewPackage) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="\(namespace)">

            """
        for document in package.documents {
            xml +=
                "  <file original=\"\(XMLText.escape(document.document.name))\" "
                + "source-language=\"\(XMLText.escape(document.document.sourceLanguage.tag))\" "
                + "target-language=\"\(XMLText.escape(document.targetLanguage.tag))\" datatype=\"plaintext\">\n"
            xml += "    <header>\n"
            xml += "      <tool tool-id=\"dragoman\" tool-name=\"Dragoman\"/>\n"
            xml += "      <note from=\"dragoman-project\">\(XMLText.escape(package.projectID))</note>\n"
            if let exportID = package.exportID {
                xml += "      <note from=\"dragoman-export\">\(XMLText.escape(exportID))</note>\n"
            }
            xml += "    </header>\n    <body>\n"
            // Units are independent: each is written on any core, then joined in order.
            xml += document.units.concurrentMap(unit).joined()
            xml += "    </body>\n  </file>\n"
        }
        xml += "</xliff>\n"
        return xml
    }

    private static func unit(_ item: ReviewPackage.Unit) -> String {
        let unit = item.unit
        // Reviewed and approved units are approved in XLIFF 1.2's sense (tools then treat them as final).
        let approved = unit.status >= .reviewed ? " approved=\"yes\"" : ""
        var xml =
            "      <trans-unit id=\"u\(unit.id)\" resname=\"\(unit.id)\"\(approved) xml:space=\"preserve\">\n"
        xml += "        <source>\(XMLText.escape(unit.source))</source>\n"
        xml +=
            "        <target state=\"\(ReviewStatus.xliff12(unit.status))\">"
            + "\(XMLText.escape(unit.target ?? ""))</target>\n"
        if !item.names.isEmpty {
            let names = item.names.map { "\($0.source) → \($0.target ?? "?")" }.joined(separator: "; ")
            xml +=
                "        <note from=\"dragoman\" annotates=\"source\">names: \(XMLText.escape(names))</note>\n"
        }
        if let score = unit.alignmentScore {
            xml +=
                "        <note from=\"dragoman\">origin \(unit.origin?.rawValue ?? "none"), alignment score "
                + "\(FixedDecimal.format(score)), \(item.segments.count) segment(s)</note>\n"
        }
        for note in item.notes {
            xml +=
                "        <note from=\"dragoman\" priority=\"\(note.priority)\" annotates=\"target\">"
                + "QA \(XMLText.escape(note.severity)) \(XMLText.escape(note.rule)): \(XMLText.escape(note.message))</note>\n"
        }
        xml += "      </trans-unit>\n"
        return xml
    }
}

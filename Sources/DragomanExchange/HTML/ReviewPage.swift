import DragomanStore
import DragomanText

/// One self-contained review page: source and target side by side, names highlighted in both
/// and linked to each other, QA findings and alignment scores under each unit, readable in
/// print. No script, font or image is fetched; every text is escaped.
public enum ReviewPage {
    public static func write(_ package: ReviewPackage) -> String {
        var html = HTMLPage.head(
            title: "Review: \(package.documents.map(\.document.name).joined(separator: ", "))", language: "en",
            style: style, extraMeta: "<meta name=\"dragoman-project\" content=\"\(escape(package.projectID))\">\n")
        for document in package.documents {
            let languages = "\(document.document.sourceLanguage) → \(document.targetLanguage)"
            html += "<h1>\(escape(document.document.name)) <small>(\(escape(languages)))</small></h1>\n"
            html += "<p>Project \(escape(package.projectID)), document \(document.document.id).</p>\n"
            html += "<table>\n<thead><tr><th>Unit</th><th>Source (\(escape(document.document.sourceLanguage.tag)))</th>"
            html += "<th>Target (\(escape(document.targetLanguage.tag)))</th><th>Status</th></tr></thead>\n<tbody>\n"
            html += document.units.concurrentMap(row).joined()
            html += "</tbody>\n</table>\n"
        }
        return html + HTMLPage.end
    }

    private static func row(_ item: ReviewPackage.Unit) -> String {
        let unit = item.unit
        let id = unit.id
        // Each name is marked in the source and, where its preferred form occurs, in the target;
        // the two link to each other.
        var sourceMarks: [(text: String, anchor: String, link: String?)] = []
        var targetMarks: [(text: String, anchor: String, link: String?)] = []
        for (number, name) in item.names.enumerated() {
            let sourceAnchor = "u\(id)-s\(number)"
            let targetAnchor = "u\(id)-t\(number)"
            let inTarget = name.target.map { unit.target?.containsBytes(of: $0) ?? false } ?? false
            sourceMarks.append((name.source, sourceAnchor, inTarget ? targetAnchor : nil))
            if inTarget, let target = name.target { targetMarks.append((target, targetAnchor, sourceAnchor)) }
        }
        var html = "<tr id=\"u\(id)\"><td>\(id)</td>"
        html += "<td class=\"source\">\(marked(unit.source, sourceMarks))</td>"
        html += "<td class=\"target\">\(unit.target.map { marked($0, targetMarks) } ?? "<em>not translated</em>")"
        if !item.notes.isEmpty {
            html += "<ul class=\"qa\">"
            for note in item.notes {
                html +=
                    "<li class=\"\(escape(note.severity))\">\(escape(note.severity)) \(escape(note.rule)): \(escape(note.message))</li>"
            }
            html += "</ul>"
        }
        html += "</td><td class=\"status\">\(escape(unit.status.rawValue))"
        if let origin = unit.origin { html += "<br>\(escape(origin.rawValue))" }
        if let score = unit.alignmentScore {
            html += "<br><span class=\"score\">score \(FixedDecimal.format(score))</span>"
        }
        html += "</td></tr>\n"
        return html
    }

    /// `text` escaped, with the first occurrence of each name wrapped in a linked mark.
    private static func marked(_ text: String, _ marks: [(text: String, anchor: String, link: String?)]) -> String {
        var pieces: [(range: Range<String.Index>, mark: (text: String, anchor: String, link: String?))] = []
        for mark in marks where !mark.text.isEmpty {
            var searchStart = text.startIndex
            while let found = text.firstByteRange(of: mark.text, from: searchStart) {
                if !pieces.contains(where: { $0.range.overlaps(found) }) {
                    pieces.append((found, mark))
                    break
                }
                searchStart = found.upperBound
            }
        }
        pieces.sort { $0.range.lowerBound < $1.range.lowerBound }
        var html = ""
        var position = text.startIndex
        for piece in pieces {
            html += escape(String(text[position..<piece.range.lowerBound]))
            let inner = escape(String(text[piece.range]))
            let linked = piece.mark.link.map { "<a href=\"#\($0)\">\(inner)</a>" } ?? inner
            html += "<mark class=\"name\" id=\"\(piece.mark.anchor)\">\(linked)</mark>"
            position = piece.range.upperBound
        }
        return html + escape(String(text[position...]))
    }

    static func escape(_ text: String) -> String { HTMLPage.escape(text) }

    private static let style = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #111; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ccc; padding: .5em; vertical-align: top; text-align: left; }
        td.source, td.target { width: 42%; }
        mark.name { background: #fff3b0; padding: 0 .1em; }
        mark.name:target { outline: 2px solid #d08000; }
        .status { font-size: 85%; white-space: nowrap; }
        .qa { margin: .3em 0 0; padding-left: 1.2em; font-size: 85%; }
        .qa .error { color: #a00000; } .qa .warning { color: #8a5a00; } .qa .info { color: #555; }
        .score { color: #555; font-size: 85%; }
        @media print { body { margin: 0; font-size: 11pt; } tr { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
        """
}

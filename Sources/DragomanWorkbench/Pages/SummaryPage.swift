import DragomanExchange
import DragomanWorkflow

/// A document's summary, each sentence linked to its units, and the names the document
/// mentions with their glossary forms.
enum SummaryPage {
    static func html(documentID: Int64, summary: Summary, csrf: String?) -> String {
        Page.layout(title: "Summary of \(summary.document)", csrf: csrf, bodyClass: "summary-page") {
            var html = """
                <header class="bar"><a href="/">Documents</a><h1>Summary of \(HTMLPage.escape(summary.document))</h1>\
                <nav class="modes"><a href="/documents/\(documentID)">Translate</a> \
                <a href="/documents/\(documentID)?mode=review">Review</a></nav></header>
                <main class="summary"><h2>Summary</h2><ol class="sentences">

                """
            for sentence in summary.sentences {
                let english =
                    sentence.english.map { HTMLPage.escape($0) }
                    ?? "<span class=\"muted\">(no English yet)</span> " + HTMLPage.escape(sentence.source)
                let origin = sentence.englishSource.map { " <small>\(HTMLPage.escape($0.label))</small>" } ?? ""
                html += """
                    <li>\(english)\(origin) <a href="/documents/\(documentID)#u-\(sentence.unit)">unit \(sentence.unit)</a></li>

                    """
            }
            html += """
                </ol>
                <h2>Names</h2><table class="list"><thead><tr><th scope="col">Name (glossary form)</th>\
                <th scope="col">Kind</th><th scope="col">Role</th><th scope="col">Mentions</th>\
                <th scope="col">As the source writes it</th></tr></thead><tbody>

                """
            for entity in summary.entities {
                html += """
                    <tr><td>\(HTMLPage.escape(entity.name))</td><td>\(HTMLPage.escape(entity.kind))</td>\
                    <td>\(HTMLPage.escape(entity.role ?? ""))</td><td class="num">\(entity.mentions)</td>\
                    <td>\(HTMLPage.escape(entity.sourceForms.joined(separator: ", ")))</td></tr>

                    """
            }
            return html + "</tbody></table></main>"
        }
    }
}

import DragomanExchange
import DragomanStore
import DragomanWorkflow

/// The project's front page: its documents with their progress, the export downloads and the
/// import of a reviewed file.
enum DocumentsPage {
    static func html(project: String, documents: [DocumentView], csrf: String?) -> String {
        Page.layout(title: "Documents", csrf: csrf, bodyClass: "documents-page") {
            var html = """
                <header class="bar"><h1>Dragoman workbench</h1><span class="project">\(HTMLPage.escape(project))</span>
                <label class="author">Your name <input id="author" autocomplete="name" maxlength="100"></label></header>
                <main class="documents">
                <h2>Documents</h2>
                <table class="list"><thead><tr><th scope="col">Document</th><th scope="col">Languages</th>\
                <th scope="col">Units</th><th scope="col">Words</th><th scope="col">Progress (words confirmed)</th>\
                <th scope="col">Units (words) by status</th><th scope="col"></th></tr></thead><tbody>

                """
            for document in documents {
                let confirmed = UnitStatus.allCases.filter(\.isConfirmed).reduce(0) {
                    $0 + (document.wordsByStatus[$1.rawValue] ?? 0)
                }
                let statuses = UnitStatus.allCases.compactMap { status in
                    document.unitsByStatus[status.rawValue].map {
                        "<span class=\"badge s-\(status.rawValue)\">\(status.rawValue) \($0) "
                            + "(\(document.wordsByStatus[status.rawValue] ?? 0) words)</span>"
                    }
                }.joined(separator: " ")
                html += """
                    <tr><td><a href="/documents/\(document.id)">\(HTMLPage.escape(document.name))</a></td>\
                    <td>\(HTMLPage.escape(document.sourceLanguage))→\(HTMLPage.escape(document.targetLanguage))</td>\
                    <td class="num">\(document.units)</td><td class="num">\(document.words)</td>\
                    <td><progress max="\(max(document.words, 1))" value="\(confirmed)"></progress> \
                    \(document.words == 0 ? 0 : confirmed * 100 / document.words) %</td><td>\(statuses)</td>\
                    <td><a href="/documents/\(document.id)?mode=review">Review</a> · \
                    <a href="/documents/\(document.id)/summary">Summary</a></td></tr>

                    """
            }
            if documents.isEmpty {
                html += "<tr><td colspan=\"7\">No documents yet: add one with <code>dragoman add</code>.</td></tr>\n"
            }
            html += "</tbody></table>\n" + ExchangeSection.html(document: nil) + "</main>"
            return html
        }
    }
}

/// Downloads of every export format and the upload of a reviewed file.
enum ExchangeSection {
    static func html(document: Int64?) -> String {
        let query = document.map { "&document=\($0)" } ?? ""
        let links = ProjectExport.Format.allCases.map { format in
            "<li><a href=\"/api/export?format=\(format.rawValue)\(query)\" download>\(label(format))</a></li>"
        }.joined()
        return """
            <section class="exchange" aria-labelledby="exchange-title"><h2 id="exchange-title">Files for review and other tools</h2>
            <ul class="downloads">\(links)</ul>
            <form id="import-form" class="import"><label>Reviewed file (XLIFF 1.2 or 2.1, CSV) \
            <input type="file" id="review-file" accept=".xlf,.xliff,.csv,.xml"></label>
            <label><input type="checkbox" id="review-dry-run"> only show what would change</label>
            <button type="submit" id="review-import">Import</button></form>
            <div id="import-report" role="status" aria-live="polite"></div>
            </section>
            """
    }

    static func label(_ format: ProjectExport.Format) -> String {
        switch format {
        case .xliff12: "XLIFF 1.2"
        case .xliff21: "XLIFF 2.1"
        case .tmx: "TMX (memory)"
        case .tbx: "TBX (glossaries)"
        case .csv: "CSV (review table)"
        case .html: "HTML (review page)"
        case .tbx2: "TBX v2 (glossaries, for most CAT tools)"
        case .omegat: "OmegaT glossary"
        case .bilingualCSV: "Term-base CSV (glossaries)"
        }
    }
}

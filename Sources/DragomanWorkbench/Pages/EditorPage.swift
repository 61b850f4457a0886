import DragomanExchange
import DragomanStore
import DragomanWorkflow
import Hummingbird

/// A document as a grid of units, source beside target, with the panel of the current unit
/// (results to insert, QA, history, comments, review, alignment fixes, terms). The grid is
/// rendered here; the script makes it an editor.
enum EditorPage {
    enum Mode: String { case translate, review }

    static let shortcuts: [(keys: String, action: String)] = [
        ("Ctrl+Enter", "confirm the unit (translated; approved in review mode) and go to the next"),
        ("Ctrl+Shift+Enter", "save as draft (reject in review mode) and go to the next"),
        ("Alt+↓ / Alt+↑", "next / previous unit (an edit is kept as a draft)"),
        ("Ctrl+Shift+1…9", "insert result n: a glossary term at the cursor, a memory or MT suggestion as the target"),
        ("Ctrl+Shift+S", "copy the source to the target"),
        ("Ctrl+Shift+M", "ask for a machine-translation draft"),
        ("Ctrl+Shift+H", "go to the unit's history (Enter on an entry restores it)"),
        ("Ctrl+Shift+F", "concordance search over the project and its memory"),
        ("Escape", "undo the edit of the current unit / close the search"),
    ]

    /// Rows the page carries; the script loads the rest from the API and appends them (a long
    /// document's page would otherwise spend most of a second in the browser's HTML parser).
    static let initialRows = 200

    /// The page, streamed: the frame first (the browser fetches the script and style sheet while
    /// the units are read), then the rows in chunks, so that the browser parses while the server
    /// writes, then the document's progress, which the script moves into the header.
    static func body(
        document: ProjectDocument, mode: Mode, csrf: String?, machineTranslation: Bool, allRows: Bool = false,
        units: @escaping @Sendable () async throws -> (DocumentView, [UnitView])
    ) -> ResponseBody {
        let head =
            Page.top(title: document.name, csrf: csrf, bodyClass: "editor-page mode-\(mode.rawValue)")
            + header(document: document, mode: mode) + filters()
                + """
                <div class="workspace">
                <div class="grid-frame">
                <div id="grid" role="table" aria-label="Units" data-document="\(document.id)" data-mode="\(mode.rawValue)" \
                data-source-lang="\(HTMLPage.escape(document.sourceLanguage.tag))" \
                data-target-lang="\(HTMLPage.escape(document.targetLanguage.tag))" data-mt="\(machineTranslation)">
                <div class="row head" role="row"><div role="columnheader">#</div>\
                <div role="columnheader">Source (\(HTMLPage.escape(document.sourceLanguage.tag)))</div>\
                <div role="columnheader">Target (\(HTMLPage.escape(document.targetLanguage.tag)))</div>\
                <div role="columnheader">Status</div><div role="columnheader" title="alignment score">Score</div></div>

                """
        let gridEnd = "</div>"
        let tail =
            "</div>\n" + panel(mode: mode, machineTranslation: machineTranslation) + "</div>\n"
            + "<div id=\"live\" role=\"status\" aria-live=\"polite\"></div>" + Page.bottom
        return ResponseBody { writer in
            try await writer.write(ByteBuffer(string: head))
            let (progress, all) = try await units()
            let units = allRows ? all[...] : all.prefix(Self.initialRows)
            var start = 0
            while start < units.count {
                let end = min(start + 250, units.count)
                var chunk = ""
                chunk.reserveCapacity((end - start) * 700)
                for unit in units[start..<end] { chunk += row(unit) }
                try await writer.write(ByteBuffer(string: chunk))
                start = end
            }
            var more = ""
            if units.count < all.count {
                let remaining = all.count - units.count
                more = """
                    <p id="grid-more" class="muted">Loading \(remaining) more units… \
                    <noscript><a href="/documents/\(document.id)?mode=\(mode.rawValue)&amp;all=1">Show all \(all.count) \
                    units</a></noscript></p>

                    """
            }
            try await writer.write(ByteBuffer(string: gridEnd + more + Self.progress(progress) + tail))
            try await writer.finish(nil)
        }
    }

    /// A score between 0 and 1 to three decimals ("0.912"), without Foundation's formatter (called
    /// once per row).
    static func score(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        if thousandths == 1000 { return "1.000" }
        let digits = String(thousandths)
        return "0." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// One unit as a row of the grid. Rows are blocks (not table rows), so that the browser lays
    /// out only those on screen (`content-visibility: auto`).
    static func row(_ unit: UnitView) -> String {
        let score = unit.score.map(Self.score) ?? ""
        return """
            <div class="row" role="row" id="u-\(unit.id)" data-unit="\(unit.id)" data-version="\(unit.version)" \
            data-status="\(unit.status.rawValue)" data-score="\(score)"\(unit.alignmentReview ? " data-review=\"1\"" : "")><div role="cell" class="num">\(unit.index)</div>\
            <div role="cell" class="source">\(HTMLPage.escape(unit.source))</div>\
            <div role="cell" class="target">\(HTMLPage.escape(unit.target ?? ""))</div>\
            <div role="cell" class="status"><span class="badge s-\(unit.status.rawValue)">\(unit.status.rawValue)</span></div>\
            <div role="cell" class="score"\(unit.alignmentReview ? reviewTitle : "")>\(score)</div></div>

            """
    }

    /// The document's units and words per status, after the grid (the script puts it in the header).
    static func progress(_ progress: DocumentView) -> String {
        let statuses = UnitStatus.allCases.compactMap { status in
            progress.unitsByStatus[status.rawValue].map {
                "<span class=\"badge s-\(status.rawValue)\">\(status.rawValue) \($0)</span>"
            }
        }.joined(separator: " ")
        return
            "<p id=\"progress-final\" class=\"progress\">\(progress.units) units, \(progress.words) words: \(statuses)</p>\n"
    }

    static func header(document: ProjectDocument, mode: Mode) -> String {
        """
        <header class="bar"><a href="/">Documents</a><h1>\(HTMLPage.escape(document.name))</h1>\
        <span class="languages">\(HTMLPage.escape(document.sourceLanguage.tag))→\(HTMLPage.escape(document.targetLanguage.tag))</span>\
        <span id="progress" class="progress"></span>\
        <nav class="modes" aria-label="Mode"><a href="/documents/\(document.id)"\(mode == .translate ? " aria-current=\"page\"" : "")>Translate</a>\
        <a href="/documents/\(document.id)?mode=review"\(mode == .review ? " aria-current=\"page\"" : "")>Review</a>\
        <a href="/documents/\(document.id)/summary">Summary and names</a></nav>\
        <label class="author">Your name <input id="author" autocomplete="name" maxlength="100"></label></header>

        """
    }

    /// What the mark on a unit to review says when pointed at.
    static let reviewText = "alignment to review: confidence below \(TranslationUnit.alignmentReviewThreshold)"
    static let reviewTitle = " title=\"\(reviewText)\""

    static func filters() -> String {
        let options = UnitStatus.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }.joined()
        return """
            <div class="filters" role="search">
            <label>Status <select id="filter-status"><option value="">all</option>\
            <option value="open">new or draft</option>\(options)</select></label>
            <label><input type="checkbox" id="filter-qa"> with QA findings</label>
            <label><input type="checkbox" id="filter-score" data-title="\(reviewText)"> alignment to review (confidence &lt; \(TranslationUnit.alignmentReviewThreshold))</label>
            <label>Text <input type="search" id="filter-text" placeholder="in source or target"></label>
            <span id="filter-count" aria-live="polite"></span>
            <form id="concordance-form"><label>Concordance <input type="search" id="concordance" \
            placeholder="project and memory (Ctrl+Shift+F)"></label></form>
            </div>

            """
    }

    static func panel(mode: Mode, machineTranslation: Bool) -> String {
        let keys = shortcuts.map {
            "<dt><kbd>\(HTMLPage.escape($0.keys))</kbd></dt><dd>\(HTMLPage.escape($0.action))</dd>"
        }
        .joined()
        let kinds = ["person", "place", "organization", "term"].map { "<option>\($0)</option>" }.joined()
        return """
            <aside id="panel" aria-label="The current unit">
            <section id="p-conflict" class="conflict" hidden><h2>Conflict: someone else saved this unit</h2>
            <div id="conflict-body"></div>
            <button type="button" id="conflict-mine">Save mine over theirs</button> \
            <button type="button" id="conflict-theirs">Keep theirs</button></section>
            <section id="p-results"><h2>Results <small>(Ctrl+Shift+number inserts)</small></h2><ol id="results"></ol>
            <button type="button" id="mt-draft"\(machineTranslation ? "" : " disabled title=\"no engine configured\"")>\
            Machine translation draft (Ctrl+Shift+M)</button></section>
            <section id="p-qa"><h2>QA</h2><ul id="findings"><li class="muted">No unit open.</li></ul></section>
            <section id="p-review"><h2>Changes since the translator's version</h2><p id="review-diff" class="diff"></p>
            <button type="button" id="approve">Approve (Ctrl+Enter)</button> \
            <button type="button" id="reject">Reject (Ctrl+Shift+Enter)</button></section>
            <section id="p-history"><h2>History</h2><ol id="history"></ol></section>
            <section id="p-comments"><h2>Comments</h2><ol id="comments"></ol>
            <form id="comment-form"><label class="sr">Comment <textarea id="comment-text" rows="2" maxlength="5000"></textarea></label>\
            <button type="submit">Add comment</button></form></section>
            <section id="p-alignment"><h2>Alignment</h2><button type="button" id="join">Join with the next unit</button> \
            <button type="button" id="split">Split into its sentences</button></section>
            <section id="p-term"><h2>Add a term pair</h2><form id="term-form">\
            <label>Source <input id="term-source" maxlength="200"></label> <label>Target <input id="term-target" maxlength="200"></label> \
            <label>Kind <select id="term-kind">\(kinds)</select></label> <button type="submit">Add to the project glossary</button>\
            <p class="muted">Select text in the source or target first to fill these in.</p></form></section>
            <section id="p-search" hidden><h2>Concordance <button type="button" id="search-close">Close</button></h2>\
            <ol id="search-results"></ol></section>
            <section id="p-shortcuts"><h2>Shortcuts</h2><dl class="shortcuts">\(keys)</dl></section>
            </aside>

            """
    }
}

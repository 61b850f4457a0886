import DragomanStore
import DragomanTestSupport
import DragomanWorkbench
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages, sign-in by token, the CSRF rule and the headers every response carries.
@Suite struct WorkbenchPageTests {
    /// Signs in as a browser does: `/?token=` exchanged for a session cookie; the CSRF token read
    /// from the page.
    static func signIn(_ client: any TestClientProtocol) async throws -> (cookie: String, csrf: String) {
        let exchange = try await client.execute(uri: "/?token=\(SampleWorkbench.token)", method: .get)
        #expect(exchange.status == .seeOther)
        #expect(exchange.headers[.location] == "/")
        let setCookie = try #require(exchange.headers[.setCookie])
        #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await client.execute(uri: "/documents/1", method: .get, headers: [.cookie: cookie])
        #expect(page.status == .ok)
        let csrf = try #require(page.text.firstMatch(of: /name="dragoman-csrf" content="([0-9a-f]+)"/)?.output.1)
        return (cookie, String(csrf))
    }

    @Test func sessionsAndCSRF() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let wrong = try await client.execute(uri: "/?token=guess", method: .get)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            let (cookie, csrf) = try await Self.signIn(client)
            let read = try await client.execute(uri: "/api/documents", method: .get, headers: [.cookie: cookie])
            #expect(read.status == .ok)
            let body = ByteBuffer(string: #"{"target": "Changed.", "version": 1}"#)
            let forged = try await client.execute(
                uri: "/api/units/2", method: .put, headers: [.cookie: cookie, .contentType: "application/json"],
                body: body)
            #expect(forged.status == .forbidden)
            let badToken = try await client.execute(
                uri: "/api/units/2", method: .put,
                headers: [.cookie: cookie, AccessControl.csrfHeader: String(repeating: "0", count: 64)], body: body)
            #expect(badToken.status == .forbidden)
            #expect(try await Caller.script.get(client, "/api/units/2").object()["version"] as? Int == 1)
            let allowed = try await client.execute(
                uri: "/api/units/2", method: .put, headers: [.cookie: cookie, AccessControl.csrfHeader: csrf],
                body: body)
            #expect(allowed.status == .ok)
            let unknown = try await client.execute(
                uri: "/api/documents", method: .get, headers: [.cookie: "dragoman_session=0123456789abcdef"])
            #expect(unknown.status == .unauthorized)
        }
    }

    @Test func pagesEscapeEveryText() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let attack = #"<script>alert(1)</script> & "quoted" <img src=x onerror=alert(2)>"#
            let json = try String(decoding: JSONEncoder().encode(["target": attack]), as: UTF8.self)
            let save = try await Caller.script.send(
                client, .put, "/api/units/3", json: json.dropLast() + #", "version": 1}"#)
            #expect(save.status == .ok)
            _ = try await Caller.script.send(
                client, .post, "/api/units/3/comments", json: #"{"text": "<b>bold</b>", "author": "<i>x</i>"}"#)
            for uri in ["/documents/1", "/documents/1?mode=review", "/documents/1/summary?sentences=11", "/"] {
                let page = try await Caller.script.get(client, uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(!page.text.contains("<script>alert"), "\(uri)")
                #expect(!page.text.contains("<img src=x"), "\(uri)")
                // Every script is the one file; no inline script or style anywhere.
                #expect(page.text.matches(of: /<script/).count == 1, "\(uri)")
                #expect(!page.text.contains("style="), "\(uri)")
                #expect(!page.text.contains(" onerror=") || page.text.contains("onerror=alert(2)&gt;"), "\(uri)")
            }
            let editor = try await Caller.script.get(client, "/documents/1").text
            #expect(editor.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            for (caller, uri) in [
                (Caller.script, "/documents/1"), (Caller.script, "/api/documents"), (Caller.nobody, "/api/documents"),
                (Caller.nobody, "/static/workbench.css"), (Caller.script, "/api/units/999"),
            ] {
                let response = try await caller.get(client, uri)
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
                #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func editorPageShowsEveryUnitAndTheShortcuts() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let page = try await Caller.script.get(client, "/documents/1").text
            #expect(page.matches(of: /<div class="row" role="row" id="u-\d+"/).count == 11)
            for shortcut in ["Ctrl+Enter", "Ctrl+Shift+1…9", "Alt+↓ / Alt+↑", "Ctrl+Shift+S", "Ctrl+Shift+F"] {
                #expect(page.contains(shortcut), "\(shortcut)")
            }
            #expect(page.contains(#"data-version="1""#))
            let front = try await Caller.script.get(client, "/").text
            #expect(front.contains("de-nordkorea-truppen.txt"))
            for format in ["xliff12", "xliff21", "tmx", "tbx", "csv", "html"] {
                #expect(front.contains("/api/export?format=\(format)"))
            }
            #expect(try await Caller.script.get(client, "/documents/5").status == .notFound)
            let summary = try await Caller.script.get(client, "/documents/1/summary").text
            #expect(summary.contains(#"href="/documents/1#u-"#))
            #expect(summary.contains("Volodymyr Zelensky"))
        }
    }

    @Test func aLongDocumentCarriesItsFirstRowsAndTheScriptTheRest() async throws {
        let sample = try SampleWorkbench()
        let count = 450
        let store = try SQLiteProjectStore(path: sample.path)
        let texts = (1...count).map { "Satz Nummer \($0) über Pjöngjang." }
        var offset = 0
        let segments = texts.map { text in
            defer { offset += text.unicodeScalars.count + 1 }
            return NewDocument.Segment(
                text: text, range: offset..<(offset + text.unicodeScalars.count), isTranslatable: true)
        }
        let long = try store.add(
            NewDocument(
                name: "long.txt", path: "long.txt", format: .text, sourceLanguage: "de", targetLanguage: "en",
                originalText: texts.joined(separator: "\n"), segments: segments,
                units: (0..<count).map { NewDocument.Unit(segments: $0..<($0 + 1)) }))
        try await sample.test { client in
            let page = try await Caller.script.get(client, "/documents/\(long.id)").text
            #expect(page.matches(of: /<div class="row" role="row" id="u-\d+"/).count == 200)
            #expect(page.contains(#"<p id="grid-more" class="muted">Loading 250 more units…"#))
            #expect(page.contains(#"<p id="progress-final" class="progress">450 units, 2250 words: "#))
            let all = try await Caller.script.get(client, "/documents/\(long.id)?all=1").text
            #expect(all.matches(of: /<div class="row" role="row" id="u-\d+"/).count == count)
            #expect(!all.contains("grid-more"))
            // What the script appends: the API's units, in document order.
            let units = try await Caller.script.get(client, "/api/documents/\(long.id)/units").array()
            #expect(units.map { $0["index"] as? Int } == Array(1...count))
        }
    }

    @Test func docsListEveryShortcutOfThePage() async throws {
        let sample = try SampleWorkbench()
        let docs = try String(contentsOfFile: Repository.path("docs/workbench.md"), encoding: .utf8)
        try await sample.test { client in
            let page = try await Caller.script.get(client, "/documents/1").text
            let keys = page.matches(of: /<dt><kbd>([^<]+)<\/kbd><\/dt><dd>([^<]+)<\/dd>/).map {
                (String($0.output.1), String($0.output.2).replacingOccurrences(of: "&#39;", with: "'"))
            }
            #expect(keys.count >= 9)
            for (key, action) in keys {
                #expect(docs.contains("| `\(key)` |"), "docs/workbench.md does not list \(key)")
                #expect(docs.contains("| `\(key)` | \(action) |"), "docs/workbench.md says otherwise of \(key)")
            }
        }
    }

    @Test func staticFilesAreTheRepositoryResources() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let script = try await Caller.nobody.get(client, "/static/workbench.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("'use strict'"))
            #expect(!script.text.contains("innerHTML"))
            let style = try await Caller.nobody.get(client, "/static/workbench.css")
            #expect(style.text.contains("@media print"))
        }
    }
}

/// Live updates: what a page listening on the event stream receives.
@Suite struct UnitEventsTests {
    @Test func savesReachListenersOfTheirDocument() async throws {
        let sample = try SampleWorkbench()
        let events = sample.workbench.project.events
        let stream = events.subscribe(document: 1)
        let other = events.subscribe(document: 2)
        #expect(events.listenerCount == 2)
        _ = try await sample.workbench.project.save(
            unit: 3, target: "Saved elsewhere.", status: .translated, origin: nil, version: 1, author: "ben",
            client: "page-b")
        var iterator = stream.makeAsyncIterator()
        let message = try #require(await iterator.next())
        #expect(message.hasPrefix("event: unit\ndata: {"))
        #expect(message.contains(#""author":"ben""#) && message.contains(#""client":"page-b""#))
        #expect(message.contains(#""target":"Saved elsewhere.""#))
        events.close()
        var otherIterator = other.makeAsyncIterator()
        // The other document's listener got nothing but the closing line.
        #expect(await otherIterator.next() == ": closing\n\n")
        #expect(await otherIterator.next() == nil)
        #expect(events.listenerCount == 0)
    }

    @Test func unsureAlignmentsAreMarkedInTheGridAndTheAPIUntilSaved() async throws {
        let replaced = try SampleVariants.englishWithAnUnrelatedSentence()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("en-\(UUID()).txt")
        try replaced.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let sample = try SampleWorkbench(translation: file.path)
        try await sample.test { client in
            let units = try await Caller.script.get(client, "/api/documents/1/units").array()
            let marked = units.filter { $0["alignment_review"] as? Bool == true }
            let unit = try #require(marked.first { ($0["target"] as? String)?.contains("weather") == true })
            let id = try #require(unit["id"] as? Int)
            let documents = try await Caller.script.get(client, "/api/documents").array()
            #expect(documents.first?["alignment_review"] as? Int == marked.count)
            let page = try await Caller.script.get(client, "/documents/1").text
            #expect(page.matches(of: /data-review="1"/).count == marked.count)
            #expect(page.contains(#"id="u-\#(id)""#))
            #expect(page.contains("alignment to review: confidence below 0.7"))
            #expect(page.contains("alignment to review (confidence &lt; 0.7)"))
            let version = try #require(unit["version"] as? Int)
            let saved = try await Caller.script.send(
                client, .put, "/api/units/\(id)",
                json: #"{"target": "Last week, Zelensky accused North Korea.", "version": \#(version)}"#)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.object()["alignment_review"] as? Bool == false)
            let after = try await Caller.script.get(client, "/api/documents").array()
            #expect(after.first?["alignment_review"] as? Int == marked.count - 1)
        }
    }
}

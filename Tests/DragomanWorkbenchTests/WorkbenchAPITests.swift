import DragomanStore
import DragomanWorkbench
import DragomanWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route of the JSON API, in process, on the sample project.
@Suite struct WorkbenchAPITests {
    @Test func everyRequestNeedsTheToken() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            for uri in ["/api/documents", "/api/units/1", "/api/search?q=Kim", "/", "/documents/1"] {
                let response = try await Caller.nobody.get(client, uri)
                #expect(response.status == .unauthorized, "\(uri)")
            }
            let wrong = Caller(headers: [.authorization: "Bearer not-the-token-at-all-000"])
            #expect(try await wrong.get(client, "/api/documents").status == .unauthorized)
            let refused = try await Caller.nobody.send(client, .put, "/api/units/1", json: #"{"version": 1}"#)
            #expect(refused.status == .unauthorized)
            #expect(try refused.object()["error"] as? String != nil)
            // The page's files and the API's description are public.
            #expect(try await Caller.nobody.get(client, "/static/workbench.js").status == .ok)
            #expect(try await Caller.nobody.get(client, "/openapi.json").status == .ok)
        }
    }

    @Test func documentsAndUnits() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let documents = try await Caller.script.get(client, "/api/documents").array()
            #expect(documents.count == 1)
            let document = try #require(documents.first)
            #expect(document["units"] as? Int == 11)
            #expect((document["units_by_status"] as? [String: Int])?["translated"] == 11)
            #expect(document["source_language"] as? String == "de")
            let units = try await Caller.script.get(client, "/api/documents/1/units").array()
            #expect(units.count == 11)
            #expect(units.map { $0["index"] as? Int } == Array(1...11))
            let third = units[2]
            for key in ["id", "index", "source", "target", "status", "version", "document", "segments", "updated_at"] {
                #expect(third[key] != nil, "unit has no \(key)")
            }
            #expect((third["source"] as? String)?.contains("Selenskyj") == true)
            #expect(try await Caller.script.get(client, "/api/documents/9/units").status == .notFound)
            #expect(try await Caller.script.get(client, "/api/documents/x/units").status == .badRequest)
            let translated = try await Caller.script.get(client, "/api/documents/1/units?status=new").array()
            #expect(translated.isEmpty)
        }
    }

    @Test func aStaleSaveIsRefusedWithTheCurrentUnit() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let first = try await Caller.script.send(
                client, .put, "/api/units/3",
                json:
                    #"{"target": "Zelensky accused North Korea.", "status": "translated", "version": 1, "author": "anna"}"#
            )
            #expect(first.status == .ok)
            let saved = try first.object()
            #expect(saved["version"] as? Int == 2)
            #expect(saved["target"] as? String == "Zelensky accused North Korea.")
            #expect(saved["origin"] as? String == "typed")
            let stale = try await Caller.script.send(
                client, .put, "/api/units/3", json: #"{"target": "Ben's text", "version": 1, "author": "ben"}"#)
            #expect(stale.status == .conflict)
            let conflict = try stale.object()
            let current = try #require(conflict["current"] as? [String: Any])
            #expect(current["target"] as? String == "Zelensky accused North Korea.")
            #expect(current["version"] as? Int == 2)
            #expect((conflict["error"] as? String)?.contains("nothing was saved") == true)
            let now = try await Caller.script.get(client, "/api/units/3").object()
            #expect(now["target"] as? String == "Zelensky accused North Korea.")
            let history = try await Caller.script.get(client, "/api/units/3/history").array()
            #expect(history.count == 1)
            #expect(history[0]["author"] as? String == "anna")
        }
    }

    @Test func badRequestsSayWhy() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let notJSON = try await Caller.script.send(client, .put, "/api/units/3", json: "{target")
            #expect(notJSON.status == .badRequest)
            let missing = try await Caller.script.send(client, .put, "/api/units/3", json: #"{"target": "x"}"#)
            #expect(missing.status == .badRequest)
            #expect((try missing.object()["error"] as? String)?.contains("version") == true)
            let status = try await Caller.script.send(
                client, .put, "/api/units/3", json: #"{"status": "finished", "version": 1}"#)
            #expect(status.status == .badRequest)
            #expect(try await Caller.script.get(client, "/api/units/999").status == .notFound)
            #expect(try await Caller.script.get(client, "/api/units/0").status == .badRequest)
            #expect(try await Caller.script.get(client, "/api/search?q=").status == .badRequest)
            #expect(try await Caller.script.get(client, "/api/export?format=docx").status == .badRequest)
            let huge = String(repeating: "a", count: 2 << 20)
            let tooLarge = try await Caller.script.send(
                client, .put, "/api/units/3", json: #"{"target": "\#(huge)", "version": 1}"#)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try await Caller.script.get(client, "/api/units/3").object()["version"] as? Int == 1)
        }
    }

    @Test func qaWhileTyping() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let findings = try await Caller.script.send(
                client, .post, "/api/units/3/check", json: #"{"target": "Last week Selenskyj accused North Korea."}"#
            ).array()
            let deprecated = findings.filter { $0["rule"] as? String == "terminology-deprecated" }
            #expect(deprecated.count == 1)
            #expect((deprecated.first?["message"] as? String)?.contains("Selenskyj") == true)
            #expect(deprecated.first?["severity"] as? String == "error")
            // Checking saves nothing.
            #expect(try await Caller.script.get(client, "/api/units/3").object()["version"] as? Int == 1)
            let clean = try await Caller.script.send(
                client, .post, "/api/units/3/check",
                json:
                    #"{"target": "Last week, Ukrainian leader Volodymyr Zelensky accused North Korea of sending weapons and military personnel to Russia."}"#
            ).array()
            #expect(!clean.contains { $0["rule"] as? String == "terminology-deprecated" })
        }
    }

    @Test func contextOfAUnit() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let context = try await Caller.script.get(client, "/api/units/3/context").object()
            let terms = try #require(context["terms"] as? [[String: Any]])
            #expect(terms.contains { $0["preferred"] as? String == "Volodymyr Zelensky" })
            #expect(context["machine_translation"] as? Bool == false)
            #expect((context["unit"] as? [String: Any])?["id"] as? Int == 3)
            #expect(context["history"] as? [Any] != nil && context["comments"] as? [Any] != nil)
            // The memory holds the other units (confirmed translations): suggestions never offer the unit itself.
            let suggestions = try #require(context["suggestions"] as? [[String: Any]])
            #expect(!suggestions.contains { ($0["memory_source"] as? String)?.hasPrefix("Letzte Woche") == true })
        }
    }

    @Test func historyAndRestore() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let original = try await Caller.script.get(client, "/api/units/4").object()["target"] as? String
            _ = try await Caller.script.send(
                client, .put, "/api/units/4", json: #"{"target": "First edit.", "version": 1, "author": "anna"}"#)
            _ = try await Caller.script.send(
                client, .put, "/api/units/4", json: #"{"target": "Second edit.", "version": 2, "author": "ben"}"#)
            let history = try await Caller.script.get(client, "/api/units/4/history").array()
            #expect(history.map { $0["target"] as? String } == ["First edit.", "Second edit."])
            #expect(history.map { $0["author"] as? String } == ["anna", "ben"])
            let restored = try await Caller.script.send(
                client, .post, "/api/units/4/restore", json: #"{"entry": 0, "version": 3, "author": "carla"}"#
            ).object()
            #expect(restored["target"] as? String == "First edit.")
            #expect(restored["version"] as? Int == 4)
            let original2 = try await Caller.script.send(
                client, .post, "/api/units/4/restore", json: #"{"entry": 0, "before": true, "version": 4}"#
            ).object()
            #expect(original2["target"] as? String == original)
            let after = try await Caller.script.get(client, "/api/units/4/history").array()
            #expect(after.count == 4)
            #expect((after[2]["note"] as? String)?.hasPrefix("restored the version of") == true)
            #expect(after[2]["author"] as? String == "carla")
            #expect(after[3]["author"] as? String == "tester")
            let stale = try await Caller.script.send(
                client, .post, "/api/units/4/restore", json: #"{"entry": 1, "version": 2}"#)
            #expect(stale.status == .conflict)
            let missing = try await Caller.script.send(
                client, .post, "/api/units/4/restore", json: #"{"entry": 9, "version": 5}"#)
            #expect(missing.status == .badRequest)
        }
    }

    @Test func commentsAndReview() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let thread = try await Caller.script.send(
                client, .post, "/api/units/5/comments",
                json: #"{"text": "Is “false story” a quote?", "author": "rita"}"#)
            #expect(thread.status == .created)
            #expect(try thread.array().map { $0["author"] as? String } == ["rita"])
            let empty = try await Caller.script.send(client, .post, "/api/units/5/comments", json: #"{"text": "  "}"#)
            #expect(empty.status == .badRequest)
            let approved = try await Caller.script.send(
                client, .post, "/api/units/5/review", json: #"{"decision": "approve", "version": 1, "author": "rita"}"#
            ).object()
            #expect(approved["status"] as? String == "approved")
            let rejected = try await Caller.script.send(
                client, .post, "/api/units/6/review",
                json: #"{"decision": "reject", "version": 1, "author": "rita", "comment": "Austin's title is wrong."}"#
            ).object()
            #expect(rejected["status"] as? String == "draft")
            let history = try await Caller.script.get(client, "/api/units/6/history").array()
            #expect(history.last?["note"] as? String == "rejected")
            #expect(history.last?["author"] as? String == "rita")
            let comments = try await Caller.script.get(client, "/api/units/6/comments").array()
            #expect(comments.map { $0["text"] as? String } == ["Austin's title is wrong."])
            // Review mode's diff: the reviewer's edit against the translator's confirmed version.
            _ = try await Caller.script.send(
                client, .put, "/api/units/8",
                json:
                    #"{"target": "The diplomat said weapons transfers were legal.", "status": "translated", "version": 1, "author": "tom"}"#
            )
            _ = try await Caller.script.send(
                client, .put, "/api/units/8",
                json:
                    #"{"target": "The diplomat said arms transfers were legal.", "status": "reviewed", "version": 2, "author": "rita"}"#
            )
            let context = try await Caller.script.get(client, "/api/units/8/context").object()
            #expect(context["translator_version"] as? String == "The diplomat said weapons transfers were legal.")
            let diff = try #require(context["review_diff"] as? [[String: String]])
            #expect(diff.filter { $0["kind"] == "removed" }.map { $0["text"] } == ["weapons"])
            #expect(diff.filter { $0["kind"] == "added" }.map { $0["text"] } == ["arms"])
        }
    }

    @Test func joinAndSplit() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let before = try await Caller.script.get(client, "/api/documents/1/units").array()
            _ = try await Caller.script.send(
                client, .post, "/api/units/6/comments", json: #"{"text": "Check Austin's title.", "author": "rita"}"#)
            let joined = try await Caller.script.send(
                client, .post, "/api/units/5/join", json: #"{"version": 1, "next_version": 1, "author": "anna"}"#
            ).object()
            #expect(joined["source"] as? String == "\(before[4]["source"]!) \(before[5]["source"]!)")
            #expect(joined["target"] as? String == "\(before[4]["target"]!) \(before[5]["target"]!)")
            #expect(joined["segments"] as? Int == 2)
            let units = try await Caller.script.get(client, "/api/documents/1/units").array()
            #expect(units.count == 10)
            #expect(units.map { $0["index"] as? Int } == Array(1...10))
            let history = try await Caller.script.get(client, "/api/units/5/history").array()
            #expect(history.last?["note"] as? String == "joined with the next unit")
            #expect(history.last?["author"] as? String == "anna")
            // What the next unit had moved with it: its comment thread.
            let comments = try await Caller.script.get(client, "/api/units/5/comments").array()
            #expect(comments.map { $0["text"] as? String } == ["Check Austin's title."])
            #expect(try await Caller.script.get(client, "/api/units/6").status == .notFound)
            let split = try await Caller.script.send(
                client, .post, "/api/units/5/split", json: #"{"version": 2, "author": "anna"}"#
            ).array()
            #expect(split.map { $0["index"] as? Int } == [5, 6])
            // Two target sentences for two segments: each goes back to its part, confirmed as before.
            #expect(
                split.map { $0["target"] as? String } == [
                    before[4]["target"] as? String, before[5]["target"] as? String,
                ])
            #expect(split.map { $0["status"] as? String } == ["translated", "translated"])
            let again = try await Caller.script.get(client, "/api/documents/1/units").array()
            #expect(again.map { $0["source"] as? String } == before.map { $0["source"] as? String })
            let single = try await Caller.script.send(client, .post, "/api/units/3/split", json: #"{"version": 1}"#)
            #expect(single.status == .unprocessableContent)
            let stale = try await Caller.script.send(
                client, .post, "/api/units/3/join", json: #"{"version": 1, "next_version": 7}"#)
            #expect(stale.status == .conflict)
            let last = try await Caller.script.send(
                client, .post, "/api/units/11/join", json: #"{"version": 1, "next_version": 1}"#)
            #expect(last.status == .unprocessableContent)
        }
    }

    @Test func concordanceSummaryNamesAndTerms() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            let hits = try await Caller.script.get(client, "/api/search?q=Pj%C3%B6ngjang").array()
            #expect(hits.count >= 3)
            for hit in hits {
                let fragments = try #require(hit["source"] as? [[String: Any]])
                let marked = fragments.filter { $0["hit"] as? Bool == true }.map { $0["text"] as? String }
                #expect(!marked.isEmpty && marked.allSatisfy { $0 == "Pjöngjang" })
            }
            let folded = try await Caller.script.get(client, "/api/search?q=pjongjang").array()
            #expect(folded.count == hits.count)
            let summary = try await Caller.script.get(client, "/api/documents/1/summary?sentences=3").object()
            #expect((summary["sentences"] as? [Any])?.count == 3)
            let names = try await Caller.script.get(client, "/api/documents/1/names").array()
            #expect(names.contains { $0["name"] as? String == "Volodymyr Zelensky" })
            let added = try await Caller.script.send(
                client, .post, "/api/glossary/terms",
                json: #"{"source": "Truppenbewegungen", "target": "troop movements", "document": 1}"#)
            #expect(added.status == .created)
            let context = try await Caller.script.get(client, "/api/units/4/context").object()
            let terms = try #require(context["terms"] as? [[String: Any]])
            #expect(terms.contains { $0["preferred"] as? String == "troop movements" })
        }
    }

    @Test func exportAndImportReview() async throws {
        let sample = try SampleWorkbench()
        try await sample.test { client in
            for format in ProjectExport.Format.allCases {
                let response = try await Caller.script.get(client, "/api/export?format=\(format.rawValue)")
                #expect(response.status == .ok, "\(format)")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=") == true)
                #expect(!response.body.readableBytesView.isEmpty)
            }
            let xliff = try await Caller.script.get(client, "/api/export?format=xliff21&document=1").text
            let units = try await Caller.script.get(client, "/api/documents/1/units").array()
            let old = try #require(units[7]["target"] as? String)
            #expect(xliff.contains(old))
            let reviewed = xliff.replacingOccurrences(of: old, with: "A reviewed sentence.")
            var headers = Caller.script.headers
            headers[.contentType] = "application/octet-stream"
            let dry = try await client.execute(
                uri: "/api/import-review?name=reviewed.xlf&dry_run=true", method: .post, headers: headers,
                body: ByteBuffer(string: reviewed))
            #expect(try dry.object()["changes"] as? [String] != nil)
            #expect((try dry.object()["changes"] as? [String])?.count == 1)
            #expect(try await Caller.script.get(client, "/api/units/8").object()["target"] as? String == old)
            let report = try await client.execute(
                uri: "/api/import-review?name=reviewed.xlf&author=rita", method: .post, headers: headers,
                body: ByteBuffer(string: reviewed)
            ).object()
            #expect((report["changes"] as? [String])?.count == 1)
            #expect(report["unchanged"] as? Int == 10)
            #expect(
                try await Caller.script.get(client, "/api/units/8").object()["target"] as? String
                    == "A reviewed sentence.")
            #expect(
                try await Caller.script.get(client, "/api/units/8/history").array().last?["author"] as? String == "rita"
            )
            for garbage in [
                "<xliff", "\u{FEFF}<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>", "\u{0}\u{1}",
            ] {
                let refused = try await client.execute(
                    uri: "/api/import-review?name=bad.xlf", method: .post, headers: headers,
                    body: ByteBuffer(string: garbage))
                #expect(refused.status == .unprocessableContent, "\(garbage.debugDescription): \(refused.text)")
            }
            let folder = try await client.execute(
                uri: "/api/import-review?name=..%2Fx.xlf", method: .post, headers: headers,
                body: ByteBuffer(string: reviewed))
            #expect(folder.status == .badRequest)
        }
    }

    @Test func machineTranslationDrafts() async throws {
        let without = try SampleWorkbench()
        try await without.test { client in
            let response = try await Caller.script.send(client, .post, "/api/units/3/mt", json: "{}")
            #expect(response.status == .unprocessableContent)
            #expect((try response.object()["error"] as? String)?.contains("--engine") == true)
        }
        // `cat` as the engine: the draft is the source with the glossary's names carried through.
        let with = try SampleWorkbench(engine: CommandEngine(command: "cat", timeout: 10))
        try await with.test { client in
            let draft = try await Caller.script.send(client, .post, "/api/units/3/mt", json: "{}").object()
            let target = try #require(draft["target"] as? String)
            #expect(target.contains("Volodymyr Zelensky"))
            #expect(!target.contains("Selenskyj"))
            #expect(
                try await Caller.script.get(client, "/api/units/3/context").object()["machine_translation"] as? Bool
                    == true)
        }
    }

    @Test func everyAPIRouteIsInTheOpenAPIDocument() async throws {
        let sample = try SampleWorkbench()
        let routes = sample.workbench.router().routes.map {
            ("\($0.path)".replacing(/:(\w+)/) { "{\($0.output.1)}" }, $0.method.rawValue.lowercased())
        }
        try await sample.test { client in
            let document = try await Caller.nobody.get(client, "/openapi.json").object()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let apiRoutes = routes.filter { $0.0.hasPrefix("/api/") }
            #expect(apiRoutes.count >= 20)
            for (path, method) in apiRoutes {
                #expect(paths[path]?[method] != nil, "\(method) \(path) is not described")
            }
            let described = paths.flatMap { path, methods in methods.keys.map { (path, $0) } }
            for (path, method) in described {
                #expect(apiRoutes.contains { $0 == (path, method) }, "\(method) \(path) is described but not served")
            }
        }
    }
}

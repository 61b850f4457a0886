import DragomanTestSupport
import Foundation
import GRDB
import Testing

@Suite("Project commands")
struct ProjectCommandTests {
    /// A fresh folder for a project, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let samplePair = [
        "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--translation",
        "Samples/en-nordkorea-truppen.txt", "--target-lang", "en", "--dictionary",
        "Tests/DragomanAlignTests/Fixtures/mini-de-en.ding",
    ]

    static func units(_ project: String) throws -> [[String: Any]] {
        let listed = try CommandRunner.run(["segments", "--format", "json", "--project", project])
        #expect(listed.status == 0, "\(listed.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }
}

extension ProjectCommandTests {
    @Test("The sample pair: aligned units with names, QA clean, then one finding for Selenskyj")
    func samplePairQA() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let added = try CommandRunner.run(Self.samplePair + ["--project", project])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("11 units, 11 with a translation"))
        let units = try Self.units(project)
        #expect(units.count == 11)
        #expect(units.allSatisfy { $0["status"] as? String == "translated" && $0["origin"] as? String == "aligned" })
        // Segments are positions from 0 in the document, in order, each in one unit.
        let positions = units.flatMap { $0["segments"] as? [Int] ?? [] }
        #expect(positions.first == 0)
        #expect(positions == positions.sorted() && Set(positions).count == positions.count)
        let merged = units.filter { ($0["segments"] as? [Int])?.count == 2 }
        #expect(merged.count == 2, "the two 2-1 places of the sample become units of two segments")
        let qa = try CommandRunner.run(["qa", "--project", project, "--format", "json"])
        #expect(qa.status == 0, "\(qa.stdout)")
        let clean = try #require(try JSONSerialization.jsonObject(with: Data(qa.stdout.utf8)) as? [[String: Any]])
        #expect(!clean.contains { $0["severity"] as? String == "error" })

        let unit = try #require(
            units.first { ($0["source"] as? String)?.hasPrefix("Letzte Woche warf der ukrainische Staatschef") == true }
        )
        let names = (unit["names"] as? [[String: Any]] ?? []).compactMap { $0["preferred"] as? String }
        #expect(names.contains("Volodymyr Zelensky"))
        let id = try #require(unit["unit"] as? Int)
        let target = try #require(unit["target"] as? String)
        let changed = target.replacingOccurrences(of: "Volodymyr Zelensky", with: "Selenskyj")
        #expect(changed != target)
        #expect(try CommandRunner.run(["set", "\(id)", changed, "--project", project]).status == 0)
        let after = try CommandRunner.run(["qa", "--project", project, "--format", "json"])
        #expect(after.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        let terminology = findings.filter {
            $0["unit_id"] as? Int == id && ($0["rule"] as? String)?.hasPrefix("terminology") == true
        }
        #expect(terminology.count == 1)
        #expect(terminology.first?["rule"] as? String == "terminology-deprecated")
        #expect((terminology.first?["message"] as? String)?.contains("“Zelensky”") == true)
    }

    @Test("Markdown and HTML articles: text in segments, ranges into the file")
    func markupArticles() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let markdown = folder.appendingPathComponent("a.md")
        try Data(
            "# Kreml schweigt\n\nKremlsprecher **Dmitri Peskow** sprach von einer [Falschmeldung](https://x.org).\n"
                .utf8
        )
        .write(to: markdown)
        let html = folder.appendingPathComponent("b.html")
        try Data("<html><body><p>Pj&ouml;ngjang schwieg.</p><script>x()</script></body></html>".utf8).write(to: html)
        for file in [markdown, html] {
            let added = try CommandRunner.run(["add", file.path, "--source-lang", "de", "--project", project])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let sources = try Self.units(project).compactMap { $0["source"] as? String }
        #expect(
            sources == [
                "Kreml schweigt", "Kremlsprecher Dmitri Peskow sprach von einer Falschmeldung.", "Pjöngjang schwieg.",
            ])
    }

    @Test("A scripted translate session saves each confirmed unit")
    func scriptedTranslate() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let article = folder.appendingPathComponent("a.txt")
        try Data(
            "Nordkorea hat 3000 Soldaten geschickt.\nSeoul protestierte.\nNordkorea hat 1500 Soldaten geschickt.\n".utf8
        )
        .write(to: article)
        #expect(try CommandRunner.run(["add", article.path, "--source-lang", "de", "--project", project]).status == 0)
        let session = try CommandRunner.run(
            ["translate", "--project", project, "--author", "ana"],
            stdin: "North Korea has sent 3,000 soldiers.\n:skip\n:accept\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("name:   Nordkorea → North Korea"))
        #expect(session.stdout.contains("[1] 94%  North Korea has sent 1,500 soldiers."), "\(session.stdout)")
        #expect(session.stdout.contains("changed: 3,000 → 1,500"))
        #expect(session.stdout.contains("done; 2 unit(s) saved, 1 left"))
        let units = try Self.units(project)
        #expect(
            units.compactMap { $0["target"] as? String } == [
                "North Korea has sent 3,000 soldiers.", "North Korea has sent 1,500 soldiers.",
            ])
        #expect(units.map { $0["status"] as? String } == ["translated", "new", "translated"])
        let status = try CommandRunner.run(["status", "--project", project])
        #expect(status.stdout.contains("translated     2 units     10 words (83%)"), "\(status.stdout)")
    }

    @Test("Translation memory: TMX export, import into another project, lookup")
    func memoryRoundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.db").path
        let second = folder.appendingPathComponent("b.db").path
        let tmx = folder.appendingPathComponent("m.tmx").path
        #expect(try CommandRunner.run(Self.samplePair + ["--project", first]).status == 0)
        #expect(try CommandRunner.run(["tm", "export", "-o", tmx, "--project", first]).status == 0)
        let article = folder.appendingPathComponent("a.txt")
        try Data("Pjöngjang schwieg.\n".utf8).write(to: article)
        #expect(try CommandRunner.run(["add", article.path, "--source-lang", "de", "--project", second]).status == 0)
        let imported = try CommandRunner.run(["tm", "import", tmx, "--project", second])
        #expect(imported.stdout.contains("11 de→en units read, 11 added"), "\(imported.stdout)\(imported.stderr)")
        let lookup = try CommandRunner.run([
            "tm", "lookup",
            "Der Vertrag sieht vor, dass die andere Seite „unverzüglich militärische Hilfe mit allen ihr zur Verfügung "
                + "stehenden Mitteln leistet“, wenn eine Seite angegriffen wird.", "--project", second,
        ])
        #expect(lookup.status == 0)
        #expect(
            lookup.stdout.split(separator: "\n").first?.contains("The treaty stipulates") == true, "\(lookup.stdout)")
        let none = try CommandRunner.run(["tm", "lookup", "Völlig anderer Satz.", "--project", second])
        #expect(none.status == 1)
    }

    @Test("Bad input: unknown unit, not a project, newer version, read-only file")
    func badInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(Self.samplePair + ["--project", project]).status == 0)

        let unknown = try CommandRunner.run(["set", "999", "x", "--project", project])
        #expect(unknown.status == 2 && unknown.stderr.contains("no unit with id 999"))

        let missing = try CommandRunner.run(["segments", "--project", folder.appendingPathComponent("none.db").path])
        #expect(missing.status == 2 && missing.stderr.contains("no project here"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.db").path))

        let notProject = try CommandRunner.run([
            "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--project",
            "Samples/de-nordkorea-truppen.txt",
        ])
        #expect(notProject.status == 2 && notProject.stderr.contains("not a Dragoman project (not an SQLite database)"))

        let newer = folder.appendingPathComponent("newer.db").path
        try FileManager.default.copyItem(atPath: project, toPath: newer)
        try DatabaseQueue(path: newer).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-a-newer-dragoman')")
        }
        let refused = try CommandRunner.run(["segments", "--project", newer])
        #expect(refused.status == 2 && refused.stderr.contains("written by a newer Dragoman"))

        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: project)
        let before = try Data(contentsOf: URL(fileURLWithPath: project))
        #expect(try CommandRunner.run(["segments", "--project", project]).status == 0)
        #expect(try CommandRunner.run(["qa", "--project", project]).status == 0)
        let write = try CommandRunner.run(["set", "1", "x", "--project", project])
        #expect(write.status == 2 && write.stderr.contains("read-only"))
        let session = try CommandRunner.run(["translate", "--project", project], stdin: "x\n")
        #expect(session.status == 2 && session.stderr.contains("read-only"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project)) == before)
    }
}

extension ProjectCommandTests {
    @Test("attach copies a glossary into the project, lists it, and --sync re-reads its file")
    func attachAndSync() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let glossary = folder.appendingPathComponent("names.csv").path
        let header = "id,kind,language,term\n"
        let northKorea = "kp,place,de,Nordkorea\nkp,place,en,North Korea\n"
        try (header + northKorea).write(toFile: glossary, atomically: true, encoding: .utf8)
        #expect(
            try CommandRunner.run([
                "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--project", project,
            ])
            .status == 0)
        let attached = try CommandRunner.run(["attach", glossary, "--project", project])
        #expect(attached.status == 0, "\(attached.stderr)")
        #expect(attached.stdout.contains("names.csv\t1 entries\t\(glossary)\t"), "\(attached.stdout)")
        // The project keeps its copy until --sync reads the file again.
        try (header + northKorea + "ru,place,de,Russland\nru,place,en,Russia\n").write(
            toFile: glossary, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["attach", "--project", project]).stdout.contains("names.csv\t1 entries"))
        #expect(
            try CommandRunner.run(["attach", "--sync", "--project", project]).stdout.contains("names.csv\t2 entries"))
        let missing = try CommandRunner.run([
            "attach", folder.appendingPathComponent("none.csv").path, "--project", project,
        ])
        #expect(missing.status == 2 && missing.stderr.contains("none.csv"))
    }

    @Test(
        "A sentence replaced by an unrelated one: its unit is marked for review, counted by status, listed by --filter review until typed over"
    )
    func alignmentReview() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        // The clean sample marks nothing.
        #expect(try CommandRunner.run(Self.samplePair + ["--project", project]).status == 0)
        #expect(try Self.units(project).allSatisfy { $0["alignment_review"] as? Bool == false })
        #expect(!(try CommandRunner.run(["status", "--project", project]).stdout.contains("to review")))

        let replaced = try SampleVariants.englishWithAnUnrelatedSentence()
        let translation = folder.appendingPathComponent("en.txt")
        try replaced.write(to: translation, atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("q.db").path
        var arguments = Self.samplePair + ["--project", other]
        arguments[arguments.firstIndex(of: "Samples/en-nordkorea-truppen.txt")!] = translation.path
        #expect(try CommandRunner.run(arguments).status == 0)
        let marked = try Self.units(other).filter { $0["alignment_review"] as? Bool == true }
        #expect(marked.count >= 1 && marked.count <= 2)
        #expect(marked.contains { ($0["target"] as? String)?.contains("weather in the Alps") == true })
        let status = try CommandRunner.run(["status", "--project", other])
        #expect(status.stdout.contains("to review      \(marked.count) unit"), "\(status.stdout)")
        let listed = try CommandRunner.run(["segments", "--filter", "review", "--project", other])
        #expect(
            listed.stdout.components(separatedBy: "to review (alignment confidence below 0.7)").count - 1
                == marked.count)
        let id = try #require(marked.first?["unit"] as? Int)
        #expect(
            try CommandRunner.run(["set", "\(id)", "Last week, Zelensky accused North Korea.", "--project", other])
                .status == 0)
        let after = try CommandRunner.run(["segments", "--filter", "review", "--format", "json", "--project", other])
        #expect(!after.stdout.contains("\"unit\" : \(id),"))
    }

    @Test(
        "The own sample pair with the shipped glossaries: QA's one finding is the sentence its translation leaves out")
    func ownSamplePairQA() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let added = try CommandRunner.run([
            "add", "Samples/de-ostsee-kabel.txt", "--source-lang", "de", "--translation", "Samples/en-ostsee-kabel.txt",
            "--target-lang", "en", "--no-dictionary", "--project", project,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let qa = try CommandRunner.run(["qa", "--project", project, "--format", "json"])
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(qa.stdout.utf8)) as? [[String: Any]])
        // Times by another convention (23.40 Uhr, 11.40 p.m.) and adjectives of names (Finnlands, Finnish) are no findings.
        #expect(findings.map { $0["rule"] as? String } == ["omission"], "\(qa.stdout)")
        let unit = try #require(findings.first?["unit_id"] as? Int)
        let dropped = try Self.units(project).first { $0["unit"] as? Int == unit }
        #expect((dropped?["source"] as? String)?.hasPrefix("Die kritische Infrastruktur in der Ostsee") == true)
    }

    @Test("mt --engine command --command cat on the sample: adjectives of names come back as English adjectives")
    func machineTranslationKeepsAdjectives() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(
            try CommandRunner.run([
                "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--project", project,
            ]).status == 0)
        let drafted = try CommandRunner.run(["mt", "--engine", "command", "--command", "cat", "--project", project])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let draft = try Self.units(project).compactMap { $0["target"] as? String }.joined(separator: "\n")
        for (german, english) in [
            ("den russischen Botschafter", "den Russian Botschafter"),
            ("der ukrainische Staatschef", "der Ukrainian Staatschef"),
            ("den nordkoreanischen Einsatz", "den North Korean Einsatz"),
        ] {
            #expect(draft.contains(english), "\(german) → \(english)")
        }
        #expect(draft.firstMatch(of: /\b(?:der|den|des|ein|Der)\s+(?:Russia|Ukraine|North Korea)\s+\p{Lu}/) == nil)
    }
}

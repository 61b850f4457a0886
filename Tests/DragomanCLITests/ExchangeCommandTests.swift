import DragomanTestSupport
import Foundation
import Testing

@Suite("Export and review import")
struct ExchangeCommandTests {
    /// The sample project with every status present and a merged unit.
    static func sampleProject(in folder: URL) throws -> String {
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", project]).status == 0)
        for (unit, status) in [(1, "new"), (3, "draft"), (5, "reviewed"), (6, "approved")] {
            let units = try ProjectCommandTests.units(project)
            let target = units.first { $0["unit"] as? Int == unit }?["target"] as? String ?? ""
            #expect(
                try CommandRunner.run(["set", "\(unit)", target, "--status", status, "--project", project]).status == 0)
        }
        return project
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}

extension ExchangeCommandTests {
    @Test(
        "Every format from the sample project is valid against its official schema",
        .enabled(if: SchemaValidator.isAvailable, "needs ../shared/schemas and xmllint; skipped where absent"))
    func formatsValidate() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.sampleProject(in: folder)
        let checks: [(format: String, flag: String, schema: String)] = [
            ("xliff12", "--schema", "xliff12/xliff-core-1.2-strict.xsd"),
            ("xliff21", "--schema", "xliff21/xliff_core_2.0.xsd"),
            ("xliff21", "--schema", "xliff20/core+glossary.xsd"),
            ("tmx", "--dtdvalid", "tmx/tmx14.dtd"),
            ("tbx", "--relaxng", "tbx/TBXcoreStructV03.rng"),
        ]
        for check in checks {
            let file = folder.appendingPathComponent("out.\(check.format)").path
            let exported = try CommandRunner.run(["export", "--format", check.format, "-o", file, "--project", project])
            #expect(exported.status == 0, "\(exported.stderr)")
            let (status, message) = try SchemaValidator.validate(file: file, flag: check.flag, schema: check.schema)
            #expect(status == 0, "\(check.format) against \(check.schema): \(message)")
        }
    }

    @Test("A review package carries its termbase: --glossary-format writes the project's glossaries next to the file")
    func glossariesNextToExport() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.sampleProject(in: folder)
        let review = folder.appendingPathComponent("review.xlf").path
        let exported = try CommandRunner.run([
            "export", "--format", "xliff21", "-o", review, "--glossary-format", "tbx2", "omegat", "bilingual-csv",
            "--project", project,
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let tbx = try Self.read(folder.appendingPathComponent("review.glossary.tbx").path)
        #expect(tbx.contains("<martif type=\"TBX-Basic\" xml:lang=\"de\">"))
        let omegat = try Self.read(folder.appendingPathComponent("review.glossary.utf8").path)
        #expect(omegat.hasPrefix("# de → en: "))
        #expect(omegat.contains("\nPjöngjang\tPyongyang\tcapital of North Korea\n"))
        let csv = try Self.read(folder.appendingPathComponent("review.glossary.csv").path)
        #expect(csv.contains("\r\nWolodymyr Selenskyj,Volodymyr Zelensky,"))
        // The same files as the glossary formats of `export` itself.
        let alone = folder.appendingPathComponent("alone.utf8").path
        #expect(try CommandRunner.run(["export", "--format", "omegat", "-o", alone, "--project", project]).status == 0)
        #expect(try Self.read(alone) == omegat)
    }

    @Test("Every format from the sample project carries its statuses, names and safe cells")
    func formatsCarryStatuses() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.sampleProject(in: folder)
        let exported = try CommandRunner.run([
            "export", "--format", "xliff21", "-o", folder.appendingPathComponent("out.xliff21").path, "--project",
            project,
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let xliff = try Self.read(folder.appendingPathComponent("out.xliff21").path)
        for state in [
            "state=\"initial\">", "subState=\"dragoman:draft\"", "state=\"translated\"", "state=\"reviewed\"",
            "state=\"final\"", "subState=\"dragoman:merged\"", "<gls:translation>Volodymyr Zelensky</gls:translation>",
        ] {
            #expect(xliff.contains(state), "\(state) missing")
        }
        let csv = folder.appendingPathComponent("out.csv").path
        #expect(try CommandRunner.run(["export", "--format", "csv", "-o", csv, "--project", project]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(bytes.starts(with: Data("\u{FEFF}project,export,unit,source,target,status,names,qa,comment\r\n".utf8)))
        let html = folder.appendingPathComponent("out.html").path
        #expect(try CommandRunner.run(["export", "--format", "html", "-o", html, "--project", project]).status == 0)
        #expect(try Self.read(html).contains("<mark class=\"name\""))
    }

    @Test("XLIFF 2.1 round trip: three targets and one status changed, exactly those arrive")
    func roundTrip() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try Self.sampleProject(in: folder)
        let exported = folder.appendingPathComponent("review.xlf").path
        #expect(
            try CommandRunner.run(["export", "--format", "xliff21", "-o", exported, "--project", project]).status == 0)
        var text = try Self.read(exported)
        let units = try ProjectCommandTests.units(project)
        func target(_ id: Int) -> String { units.first { $0["unit"] as? Int == id }?["target"] as? String ?? "" }
        for id in [2, 4, 9] {
            let old = "<target>\(target(id).replacingOccurrences(of: "&", with: "&amp;"))</target>"
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: "<target>Reviewed text \(id).</target>")
        }
        text = text.replacingOccurrences(
            of: "<segment id=\"s13\" state=\"translated\">", with: "<segment id=\"s13\" state=\"final\">")
        let edited = folder.appendingPathComponent("edited.xlf").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: edited))
        let imported = try CommandRunner.run(["import-review", edited, "--project", project, "--author", "rev"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let changes = imported.stdout.split(separator: "\n")
        #expect(changes.count == 4, "\(imported.stdout)")
        #expect(
            changes.filter { $0.contains("target") }.count == 3
                && changes.filter { $0.contains("status translated → approved") }.count == 1)
        let again = folder.appendingPathComponent("again.xlf").path
        #expect(
            try CommandRunner.run(["export", "--format", "xliff21", "-o", again, "--project", project]).status == 0)
        // The edited content comes back: every source, target and state of the edited file.
        func content(_ xliff: String) -> [String] {
            xliff.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("<segment") || $0.hasPrefix("<source>") || $0.hasPrefix("<target>") }
        }
        #expect(content(try Self.read(again)) == content(text))
        let second = try CommandRunner.run(["import-review", edited, "--project", project])
        #expect(second.stdout.isEmpty && second.stderr.contains("0 unit(s) changed"))
    }

    @Test("Review import refuses another project's file, reports conflicts and unknown units")
    func refusals() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.sampleProject(in: folder)
        let other = folder.appendingPathComponent("other.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", other]).status == 0)
        let csv = folder.appendingPathComponent("review.csv").path
        #expect(try CommandRunner.run(["export", "--format", "csv", "-o", csv, "--project", first]).status == 0)
        let refused = try CommandRunner.run(["import-review", csv, "--project", other])
        #expect(refused.status == 2 && refused.stderr.contains("belongs to project"))

        var text = try Self.read(csv)
        let exportID = text.components(separatedBy: "\r\n")[1].split(separator: ",")[1]
        let prefix = "\r\n\(try projectID(first)),\(exportID),"
        text = text.replacingOccurrences(of: prefix + "2,", with: prefix + "999,")
        text = text.replacingOccurrences(of: "Der Vertrag sieht vor", with: "Der Vertrag sah vor")
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        let before = try ProjectCommandTests.units(first).map { "\($0["target"] ?? "")" }
        let report = try CommandRunner.run(["import-review", csv, "--project", first])
        #expect(report.status == 1)
        #expect(report.stdout.contains("unknown: unit 999"))
        #expect(report.stdout.contains("conflict: unit 10"))
        #expect(try ProjectCommandTests.units(first).map { "\($0["target"] ?? "")" } == before)

        let broken = folder.appendingPathComponent("broken.xlf").path
        try Data(
            "<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file id=\"f\">\n<unit id=\"u1\">"
                .utf8
        )
        .write(to: URL(fileURLWithPath: broken))
        let invalid = try CommandRunner.run(["import-review", broken, "--project", first])
        #expect(invalid.status == 2 && invalid.stderr.contains("broken.xlf:3"), "\(invalid.stderr)")
    }

    func projectID(_ project: String) throws -> String {
        let status = try CommandRunner.run(["status", "--format", "json", "--project", project])
        let object = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        return object?["project"] as? String ?? ""
    }
}

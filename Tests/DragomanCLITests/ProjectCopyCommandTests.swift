import Foundation
import Testing

@Suite("dragoman project copy")
struct ProjectCopyCommandTests {
    static let server = ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// A sample project with a history, a comment-free review export and a memory: what a copy must keep.
    static func sampleProject() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let project = folder.appendingPathComponent("sample.db").path
        let added = try CommandRunner.run([
            "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--translation",
            "Samples/en-nordkorea-truppen.txt", "--target-lang", "en", "--project", project,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let set = try CommandRunner.run(["set", "2", "Kim spoke.", "--project", project, "--author", "ana"])
        #expect(set.status == 0, "\(set.stderr)")
        return project
    }

    static func exports(of project: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for format in ["xliff12", "xliff21", "tmx", "csv", "html"] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).\(format)")
            let result = try CommandRunner.run(["export", "--format", format, "-o", file.path, "--project", project])
            #expect(result.status == 0, "\(result.stderr)")
            // Each export draws a new export id; everything else must be the same.
            files[format] = try String(contentsOf: file, encoding: .utf8).replacing(
                /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, with: "UUID")
        }
        let segments = try CommandRunner.run(["segments", "--format", "json", "--project", project])
        files["segments"] = segments.stdout
        let status = try CommandRunner.run(["status", "--format", "json", "--project", project])
        files["status"] = status.stdout
        return files
    }

    @Test(
        "A copy to a new file keeps ids, history and the project id: every export the same; an existing target is refused"
    )
    func fileToFile() throws {
        let project = try Self.sampleProject()
        let copy = project.replacingOccurrences(of: "sample.db", with: "copy.db")
        let result = try CommandRunner.run(["project", "copy", project, copy])
        #expect(result.status == 0 && result.stderr.contains("11 unit(s)"), "\(result.stderr)")
        #expect(try Self.exports(of: copy) == Self.exports(of: project))
        let history = try CommandRunner.run(["segments", "--project", copy])
        #expect(history.stdout.contains("Kim spoke."))
        let again = try CommandRunner.run(["project", "copy", project, copy])
        #expect(again.status == 2 && again.stderr.contains("there is a project here already"), "\(again.stderr)")
    }

    @Test(
        "SQLite → PostgreSQL → SQLite reproduces every export",
        .enabled(if: server != nil, "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES; skipped where absent"))
    func thereAndBack() throws {
        let project = try Self.sampleProject()
        let server = try #require(Self.server)
        let remote = server + (server.contains("?") ? "&" : "?") + "project=copy-\(UUID().uuidString.lowercased())"
        let there = try CommandRunner.run(["project", "copy", project, remote])
        #expect(there.status == 0, "\(there.stderr)")
        let back = project.replacingOccurrences(of: "sample.db", with: "back.db")
        let returned = try CommandRunner.run(["project", "copy", remote, back])
        #expect(returned.status == 0, "\(returned.stderr)")
        let original = try Self.exports(of: project)
        #expect(try Self.exports(of: remote) == original)
        #expect(try Self.exports(of: back) == original)
    }

    @Test(
        "attach --share puts a glossary in the team termbase, attach --team attaches it in another project",
        .enabled(if: server != nil, "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES; skipped where absent"))
    func teamTermbase() throws {
        let server = try #require(Self.server)
        func project(_ name: String) -> String {
            server + (server.contains("?") ? "&" : "?") + "project=\(name)-\(UUID().uuidString.lowercased())"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "desk-\(UUID().uuidString.prefix(8).lowercased()).csv"
        let csv = folder.appendingPathComponent(name)
        try "id,de,en\nkim,Kim Jong Un,Kim Jong Un\npjoengjang,Pjöngjang,Pyongyang\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let (ukraine, korea) = (project("ukraine"), project("korea"))
        let article = CommandRunner.packageRoot.appendingPathComponent("Samples/de-nordkorea-truppen.txt").path
        for location in [ukraine, korea] {
            let added = try CommandRunner.run([
                "add", article, "--source-lang", "de", "--no-default-glossaries", "--project", location,
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let shared = try CommandRunner.run(["attach", csv.path, "--share", "--project", ukraine])
        #expect(shared.status == 0 && shared.stdout.contains("\(name)\t2 entries\tteam:\(name)"), "\(shared)")
        let listed = try CommandRunner.run(["attach", "--list-team", "--project", korea])
        #expect(listed.stdout.contains("\(name)\t2 entries\tteam:\(name)"), "\(listed)")
        let attached = try CommandRunner.run(["attach", "--team", name, "--project", korea])
        #expect(attached.status == 0 && attached.stdout.contains("team:\(name)"), "\(attached)")
        // A correction shared from one project is what the other reads, with no sync.
        try "id,de,en\nkim,Kim Jong Un,Kim Jong Un\npjoengjang,Pjöngjang,Pyongyang\nputin,Putin,Putin\n".write(
            to: csv, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["attach", csv.path, "--share", "--project", ukraine]).status == 0)
        let after = try CommandRunner.run(["attach", "--project", korea])
        #expect(after.stdout.contains("\(name)\t3 entries\tteam:\(name)"), "\(after)")
        // Another desk's file of the same name is refused, and replaces it only with --replace.
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "id,de,en\nx,Ein,One\n".write(to: elsewhere.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let clash = try CommandRunner.run([
            "attach", elsewhere.appendingPathComponent(name).path, "--share", "--project", korea,
        ])
        #expect(clash.status != 0 && clash.stderr.contains("was shared from \(csv.path)"), "\(clash.stderr)")
        #expect(try CommandRunner.run(["attach", "--project", korea]).stdout.contains("\(name)\t3 entries"))
        let missing = try CommandRunner.run(["attach", "--team", "no-such.csv", "--project", korea])
        #expect(missing.status != 0 && missing.stderr.contains("no glossary “no-such.csv”"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("store failed"), "\(missing.stderr)")
        let file = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(["add", article, "--source-lang", "de", "--project", file]).status == 0)
        let refused = try CommandRunner.run(["attach", "--team", name, "--project", file])
        #expect(refused.status != 0 && refused.stderr.contains("PostgreSQL"), "\(refused.stderr)")
    }
}

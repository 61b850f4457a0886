import Foundation
import Testing

/// Nothing acknowledged is lost, nothing crashes: the command-line side of it.
@Suite("Nothing lost, nothing crashes")
struct NothingLostTests {
    /// A `dragoman` process driven line by line, as a translator at a terminal drives it.
    final class Interactive {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private(set) var seen = ""

        init(_ arguments: [String]) throws {
            // A session that has ended closes its input: writing to it must fail, not kill the tests.
            signal(SIGPIPE, SIG_IGN)
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = CommandRunner.packageRoot
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            try process.run()
        }

        /// Reads until `text` has been printed (since the last wait), or 20 s pass.
        @discardableResult
        func wait(for text: String) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            while !seen.contains(text) && Date() < deadline {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            defer { seen = "" }
            return seen.contains(text)
        }

        func send(_ line: String) { try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8)) }

        func finish() -> Int32 {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test("Two translate sessions on the same unit: the second save is refused with both texts, the first kept")
    func concurrentTranslateSessions() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", project]).status == 0)
        #expect(try CommandRunner.run(["set", "1", "Draft.", "--status", "draft", "--project", project]).status == 0)

        let ana = try Interactive(["translate", "--project", project, "--author", "ana"])
        let ben = try Interactive(["translate", "--project", project, "--author", "ben"])
        #expect(ana.wait(for: "source:"))
        #expect(ben.wait(for: "source:"))
        ana.send("Ana's text.")
        #expect(ana.wait(for: "saved unit 1"))
        ben.send("Ben's text.")
        #expect(ben.wait(for: "changed since it was shown"))
        ben.send(":quit")
        // Ana's session ends by itself: its only unit is saved.
        #expect(ana.wait(for: "done; 1 unit(s) saved"))
        #expect(ana.finish() == 0 && ben.finish() == 0)
        let units = try ProjectCommandTests.units(project)
        #expect(units.first { $0["unit"] as? Int == 1 }?["target"] as? String == "Ana's text.")
        let history = try CommandRunner.run(["segments", "--format", "json", "--project", project])
        #expect(!history.stdout.contains("Ben's text."))
    }

    @Test("translate refuses a NUL byte or invalid UTF-8 on its input, naming the line")
    func translateInput() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(
            try CommandRunner.run([
                "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--project", project,
            ])
            .status == 0)
        let nul = try CommandRunner.shell(
            "printf ':skip\\nHello\\0world\\n' | dragoman translate --project '\(project)'")
        #expect(nul.status == 2)
        #expect(nul.stderr.contains("standard input:2:6: a NUL byte"), "\(nul.stderr)")
        let invalid = try CommandRunner.shell("printf 'Hello \\377\\n' | dragoman translate --project '\(project)'")
        #expect(invalid.status == 2 && invalid.stderr.contains("standard input:1: the input is not valid UTF-8"))
        let units = try ProjectCommandTests.units(project)
        #expect(units.allSatisfy { $0["target"] == nil }, "nothing was saved")
    }

    @Test("A failed first add leaves no project file behind")
    func failedAdd() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let result = try CommandRunner.run([
            "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--glossary", folder.path, "--project",
            project,
        ])
        #expect(result.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("20,000 repeated options end at once with a clear error")
    func repeatedOptions() throws {
        let start = Date()
        let result = try CommandRunner.run(
            ["export", "--format", "csv"] + Array(repeating: ["--status", "translated"], count: 20_000).flatMap { $0 })
        #expect(result.status == 2)
        #expect(result.stderr.contains("command-line arguments are more than the 512 accepted"))
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("Markdown with 180,000 unmatched brackets or 40,000 nested links is imported in seconds")
    func hostileMarkdown() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [
            "brackets.md": String(repeating: "[", count: 180_000) + "\n",
            "nested.md": "Text " + String(repeating: "[", count: 40_000) + "x"
                + String(repeating: "](u)", count: 40_000),
            "tags.md": String(repeating: "<a ", count: 60_000) + "\n" + String(repeating: "[a](", count: 50_000),
        ]
        for (name, text) in cases {
            let file = folder.appendingPathComponent(name).path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let start = Date()
            let result = try CommandRunner.run([
                "add", file, "--source-lang", "en", "--no-default-glossaries", "--project",
                folder.appendingPathComponent("\(name).db").path,
            ])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(Date().timeIntervalSince(start) < 5, "\(name)")
        }
    }

    @Test("import-review of a hostile XML file: exit 2, one line, nothing changed")
    func hostileReviewFile() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", project]).status == 0)
        let depth = 40_000
        let files: [String: Data] = [
            "six.xlf": Data([0x3C, 0x61, 0xFF, 0x2F, 0x3E, 0x0A]),
            "deep.xlf": Data((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8),
            "empty.xlf": Data(),
        ]
        for (name, data) in files {
            let file = folder.appendingPathComponent(name)
            try data.write(to: file)
            let result = try CommandRunner.run(["import-review", file.path, "--project", project])
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(name): \(result.stderr)")
            #expect(result.stderr.contains(name) && !result.stderr.contains("libxml2 error"), "\(result.stderr)")
        }
    }
}

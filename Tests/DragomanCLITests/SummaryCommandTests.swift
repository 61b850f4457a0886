import Foundation
import Testing

@Suite("Summaries and machine translation from the command line")
struct SummaryCommandTests {
    static let article = ["Samples/de-nordkorea-truppen.txt", "--source-lang", "de"]

    /// The sample translation with “Selenskyj” and “Pjöngjang” put in, as a temporary file.
    static func changedTranslation() throws -> String {
        let original = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent("Samples/en-nordkorea-truppen.txt"),
            encoding: .utf8)
        let changed = original.replacingOccurrences(of: "Volodymyr Zelensky", with: "Volodymyr Selenskyj")
            .replacingOccurrences(of: "Pyongyang", with: "Pjöngjang")
        return try CommandRunner.temporaryFile(Array(changed.utf8))
    }
}

extension SummaryCommandTests {
    @Test("summarize FILE --translation: glossary forms, replacements reported, JSON clean on stdout")
    func summarizeFiles() throws {
        let translation = try Self.changedTranslation()
        defer { try? FileManager.default.removeItem(atPath: translation) }
        let markdown = try CommandRunner.run(
            ["summarize"] + Self.article + ["--translation", translation, "--sentences", "7"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("replaced “Selenskyj” with “Zelensky”"))
        #expect(markdown.stdout.contains("replaced “Pjöngjang"))
        let numbered = markdown.stdout.split(separator: "\n").filter { $0.first?.isNumber ?? false }
        #expect(numbered.count == 7 && numbered.allSatisfy { $0.contains("aligned translation]") })
        #expect(numbered.allSatisfy { !$0.contains("Selenskyj") && !$0.contains("Pjöngjang") })
        #expect(markdown.stdout.contains("| Volodymyr Zelensky | person | President of Ukraine |"))

        let json = try CommandRunner.run(
            ["summarize"] + Self.article + ["--translation", translation, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["sentences"] as? [[String: Any]])?.count == 5)
    }

    @Test("summarize FILE without English: untranslated units, the digest, and how to get English")
    func summarizeUntranslated() throws {
        let result = try CommandRunner.run(["summarize"] + Self.article + ["--words", "40"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("*untranslated (de):*"))
        #expect(result.stdout.contains("have no English yet") && result.stdout.contains("dragoman mt --engine"))
        #expect(result.stdout.contains("| DPRK | organization |"))
    }

    @Test("mt through a command engine, then summarize the project; a failing engine changes nothing")
    func machineTranslation() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("es.db").path
        let added = try CommandRunner.run([
            "add", "Samples/es-corea-tropas.txt", "--source-lang", "es", "--project", project,
        ])
        #expect(added.status == 0, "\(added.stderr)")

        let failed = try CommandRunner.run([
            "mt", "--engine", "command", "--command", "echo no model >&2; exit 4", "--project", project,
        ])
        #expect(failed.status == 2 && failed.stderr.contains("exit status 4") && failed.stderr.contains("no model"))
        let untouched = try ProjectCommandTests.units(project)
        #expect(untouched.allSatisfy { $0["status"] as? String == "new" })

        let drafted = try CommandRunner.run(["mt", "--engine", "command", "--command", "cat", "--project", project])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stdout.contains("drafted 8 units"))
        let summary = try CommandRunner.run(["summarize", "--project", project, "--sentences", "8"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("machine-translation draft]"))
        for name in ["Volodymyr Zelensky", "Dmitry Peskov", "Pyongyang"] { #expect(summary.stdout.contains(name)) }
    }

    @Test("mt --engine apertium on the Spanish sample: names in glossary form")
    func apertium() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/apertium") else {
            print("skipped: apertium is not installed (apt-get install apertium apertium-eng-spa)")
            return
        }
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("es.db").path
        _ = try CommandRunner.run(["add", "Samples/es-corea-tropas.txt", "--source-lang", "es", "--project", project])
        let drafted = try CommandRunner.run(["mt", "--engine", "apertium", "--project", project])
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(drafted.stdout.contains("with apertium spa-eng"))
        let summary = try CommandRunner.run(["summarize", "--project", project, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let english = (object["sentences"] as? [[String: Any]] ?? []).compactMap { $0["english"] as? String }
            .joined(separator: " ")
        #expect(
            !english.isEmpty && !english.contains("*") && !english.contains("Zelenski") && !english.contains("Pionyang")
        )
    }
}

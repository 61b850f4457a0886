import Foundation
import Testing

@Suite("dragoman glossary")
struct GlossaryCommandTests {}

extension GlossaryCommandTests {
    @Test("With the shipped glossaries the seed article's names pair correctly")
    func seedPairs() throws {
        let german = try CommandRunner.temporaryFile(Array("Selenskyj\nPjöngjang\nPeskow\nDVRK\nMoskau\nKreml\n".utf8))
        let english = try CommandRunner.temporaryFile(
            Array("Kremlin\nDPRK\nMoscow\nPeskov\nPyongyang\nZelensky\nSeoul\n".utf8))
        let result = try CommandRunner.run(["names", "pair", "--from", german, "--to", english])
        let pairs = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t").prefix(2).joined(separator: "→")
        }
        #expect(
            pairs == [
                "Selenskyj→Zelensky", "Pjöngjang→Pyongyang", "Peskow→Peskov", "DVRK→DPRK", "Moskau→Moscow",
                "Kreml→Kremlin",
            ])
        let bare = try CommandRunner.run([
            "names", "pair", "--from", german, "--to", english, "--no-default-glossaries",
        ])
        #expect(!bare.stdout.contains("Moskau"))
    }

    @Test("list --sources names the shipped glossaries; find gives preferred forms")
    func listAndFind() throws {
        let sources = try CommandRunner.run(["glossary", "list", "--sources"])
        #expect(sources.stdout.contains("Glossaries/news-names.csv\t"))
        #expect(sources.stdout.contains("Glossaries/cldr-places.tbx\t"))
        let find = try CommandRunner.run([
            "glossary", "find", "Pjöngjangs", "--target-lang", "en", "--no-default-glossaries",
            "--glossary", "Glossaries/news-names.csv",
        ])
        #expect(find.stdout == "pyongyang\tPjöngjang\tPyongyang\t1.000\n")
        let fuzzy = try CommandRunner.run(["glossary", "find", "Wolodimir Selenski", "--target-lang", "en"])
        #expect(fuzzy.stdout.contains("Volodymyr Zelensky"))
        let none = try CommandRunner.run(["glossary", "find", "Xylophon"])
        #expect(none.status == 1)
    }

    @Test("add, remove, export and import edit files atomically; a bad import changes nothing")
    func editing() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-edit-\(UUID().uuidString).tbx"
        ).path
        let add = try CommandRunner.run([
            "glossary", "add", file, "--id", "peskov", "--kind", "person", "--term", "en:Dmitry Peskov", "--term",
            "de:Dmitri Peskow",
            "--deprecated", "en:Peskow", "--role", "en:Kremlin spokesman",
        ])
        #expect(add.status == 0)
        let csv = file + ".csv"
        #expect(try CommandRunner.run(["glossary", "export", file, "-o", csv]).status == 0)
        let exported = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(exported.contains("peskov,person,en,Dmitry Peskov,preferred,fullForm,noun,,Kremlin spokesman"))
        #expect(exported.contains("peskov,person,en,Peskow,deprecated"))
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let broken = try CommandRunner.temporaryFile(
            Array("id,language,term\nx,en,Kyiv\ny,en,\"open\n".utf8), suffix: ".csv")
        let failed = try CommandRunner.run(["glossary", "import", broken, "--into", file])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("\(broken):3: quoted field never closed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        let v2 = CommandRunner.packageRoot.appendingPathComponent(
            "Tests/DragomanGlossaryTests/Fixtures/csv2tbx-seed.tbx"
        ).path
        let imported = try CommandRunner.run(["glossary", "import", v2, "--into", file, "--language-map", "xx=de"])
        #expect(imported.status == 0)
        let list = try CommandRunner.run(["glossary", "list", file])
        #expect(list.stdout.contains("Kremlin\tterm\tde: Kreml; en: Kremlin"))
        #expect(try CommandRunner.run(["glossary", "remove", file, "--id", "peskov"]).status == 0)
        #expect(try CommandRunner.run(["glossary", "remove", file, "--id", "peskov"]).status == 1)
    }

    @Test(
        "A term-base CSV edited elsewhere comes back: changes listed, --dry-run writes nothing, other languages refused"
    )
    func exchange() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("names.csv").path
        try FileManager.default.copyItem(
            atPath: CommandRunner.packageRoot.appendingPathComponent("Glossaries/news-names.csv").path, toPath: glossary
        )
        let csv = folder.appendingPathComponent("terms.csv").path
        let unnamed = try CommandRunner.run(["glossary", "export", glossary, "-o", csv, "--format", "bilingual-csv"])
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("holds one language pair: name it with --source-lang and --target-lang"))
        let exported = try CommandRunner.run([
            "glossary", "export", glossary, "-o", csv, "--format", "bilingual-csv", "--source-lang", "de",
            "--target-lang", "en",
        ])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(bytes.starts(with: Data("\u{FEFF}de,en,en variants,description,id\r\n".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        try text.replacingOccurrences(
            of: "Kiew,Kyiv,,capital of Ukraine,kyiv", with: "Kiew,Kyjiw,,capital of Ukraine,kyiv"
        ).write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: glossary))
        let dryRun = try CommandRunner.run(["glossary", "import", csv, "--into", glossary, "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout == "kyiv [en]: preferred \"Kyiv\" → \"Kyjiw\"\n")
        #expect(dryRun.stderr.contains("0 entries added, 1 changed (1 changes)"))
        #expect(dryRun.stderr.contains("dry run, nothing written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: glossary)) == before)
        let imported = try CommandRunner.run(["glossary", "import", csv, "--into", glossary])
        #expect(imported.stdout == dryRun.stdout)
        let find = try CommandRunner.run([
            "glossary", "find", "Kiew", "--target-lang", "en", "--no-default-glossaries", "--glossary", glossary,
        ])
        #expect(find.stdout.hasPrefix("kyiv\tKiew\tKyjiw\t"))
        // An Esperanto-English list is not this glossary's (it has no Esperanto).
        let french = folder.appendingPathComponent("eo.csv").path
        try "\u{FEFF}eo,en,en variants,description,id\r\nKiev,Kyiv,,,kyiv\r\n".write(
            toFile: french, atomically: true, encoding: .utf8)
        let after = try Data(contentsOf: URL(fileURLWithPath: glossary))
        let refused = try CommandRunner.run(["glossary", "import", french, "--into", glossary])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(french): its languages eo are not in \(glossary)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: glossary)) == after)
    }

    @Test("generate-cldr writes territory and city names from ICU")
    func generateCLDR() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-cldr-\(UUID().uuidString).csv"
        ).path
        let result = try CommandRunner.run(["glossary", "generate-cldr", "-o", file, "--languages", "de,en"])
        #expect(result.status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("cldr-territory-KP,place,de,Nordkorea"))
        #expect(text.contains("cldr-city-Asia-Pyongyang,place,de,Pjöngjang"))
        #expect(text.contains("cldr-city-Asia-Pyongyang,place,en,Pyongyang"))
    }
}

extension GlossaryCommandTests {
    @Test("terms lists the names of the seed article with their English forms")
    func terms() throws {
        let result = try CommandRunner.run([
            "terms", "Samples/de-nordkorea-truppen.txt", "--lang", "de", "--target-lang", "en",
        ])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let found = Set(rows.map { "\($0[3])→\($0[6])" })
        for expected in [
            "Pjöngjangs→Pyongyang", "Wladimir Selenskyj→Volodymyr Zelensky", "Dmitri Peskow→Dmitry Peskov", "DVRK→DPRK",
            "Moskau→Moscow", "UN-Generalversammlung→UN General Assembly", "Vereinten Nationen→United Nations",
            "Lloyd Austin→Lloyd Austin", "Wladimir Putin→Vladimir Putin",
        ] {
            #expect(found.contains(expected), "\(expected) not in \(found)")
        }
        let json = try CommandRunner.run([
            "terms", "Samples/de-nordkorea-truppen.txt", "--lang", "de", "--format", "json",
        ])
        let objects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == rows.count)
    }
}

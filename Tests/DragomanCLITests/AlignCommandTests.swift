import Foundation
import Testing

@Suite("dragoman align")
struct AlignCommandTests {
    static let dictionary = "Tests/DragomanAlignTests/Fixtures/mini-de-en.ding"
    static let pair = [
        "Samples/de-nordkorea-truppen.txt", "Samples/en-nordkorea-truppen.txt", "--source-lang", "de", "--target-lang",
        "en",
    ]
}

extension AlignCommandTests {
    @Test("beads, tsv and json for the sample pair; names pair with their English forms")
    func formats() throws {
        let beads = try CommandRunner.run(
            ["align"] + Self.pair + ["--dictionary", Self.dictionary, "--format", "beads"])
        #expect(beads.status == 0)
        #expect(beads.stdout.split(separator: "\n").prefix(4) == ["[0]:[0]", "[1]:[1, 2]", "[2]:[3]", "[3]:[4, 5]"])
        let tsv = try CommandRunner.run(["align"] + Self.pair + ["--dictionary", Self.dictionary])
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0.count == 3 && Double($0[2]) != nil })
        #expect(rows[1][1].hasPrefix("North Korea has rejected claims") && rows[1][1].contains(" It dismissed"))
        let json = try CommandRunner.run(["align"] + Self.pair + ["--dictionary", Self.dictionary, "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let pairs = Set(
            objects.flatMap { ($0["names"] as? [[String: Any]] ?? []).map { "\($0["source"]!)→\($0["target"]!)" } })
        for expected in [
            "Wladimir Selenskyj→Volodymyr Zelensky", "Pjöngjangs→Pyongyang’s", "Dmitri Peskow→Dmitry Peskov",
            "DVRK→DPRK",
            "Moskau→Moscow", "Kremlsprecher→Kremlin",
        ] {
            #expect(pairs.contains(expected), "\(expected) missing from \(pairs)")
        }
    }

    @Test("Bad input: a binary file is refused; empty or unequal documents warn")
    func badInput() throws {
        let binary = try CommandRunner.temporaryFile([0x00, 0x01, 0x02, 0x03])
        let refused = try CommandRunner.run([
            "align", "Samples/de-nordkorea-truppen.txt", binary, "--source-lang", "de", "--target-lang", "en",
        ])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("binary"))
        let empty = try CommandRunner.temporaryFile([])
        let onesided = try CommandRunner.run([
            "align", empty, "Samples/en-nordkorea-truppen.txt", "--source-lang", "de", "--target-lang", "en",
            "--dictionary", Self.dictionary, "--format", "beads",
        ])
        #expect(onesided.status == 0)
        #expect(onesided.stderr.contains("warning"))
        #expect(onesided.stdout.hasPrefix("[]:[0]\n[]:[1]\n"))
        let wrongLanguage = try CommandRunner.run([
            "align", "Samples/en-nordkorea-truppen.txt", "Samples/en-nordkorea-truppen.txt", "--source-lang", "de",
            "--target-lang", "en", "--dictionary", Self.dictionary,
        ])
        #expect(wrongLanguage.stderr.contains("looks like en, not de"))
    }
}

extension AlignCommandTests {
    @Test("glossary harvest writes candidates and merges the sure ones")
    func harvest() throws {
        let german = try CommandRunner.temporaryFile(
            Array(
                "Verteidigungsminister Sergej Schoigu traf Waleri Gerassimow.\nSpäter sprach Schoigu mit Wiktor Solotow.\n"
                    .utf8))
        let english = try CommandRunner.temporaryFile(
            Array(
                "Defence Minister Sergei Shoigu met Valery Gerasimov.\nLater Shoigu spoke with Viktor Zolotov.\n".utf8))
        let candidates = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-harvest-\(UUID().uuidString).csv"
        ).path
        let into = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-harvest-\(UUID().uuidString).tbx"
        ).path
        let result = try CommandRunner.run([
            "glossary", "harvest", german, english, "--source-lang", "de", "--target-lang", "en", "--presegmented",
            "--no-default-glossaries", "--dictionary", Self.dictionary, "-o", candidates, "--accept-above", "0.95",
            "--into", into,
        ])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: candidates, encoding: .utf8)
        #expect(written.contains(",en,Sergei Shoigu,"))
        #expect(written.contains(",en,Viktor Zolotov,"))
        let list = try CommandRunner.run(["glossary", "list", into])
        #expect(list.stdout.contains("de: Wiktor Solotow; en: Viktor Zolotov"))
        let usage = try CommandRunner.run(["glossary", "harvest", german, english, "--accept-above", "0.9"])
        #expect(usage.status == 2)
    }
}

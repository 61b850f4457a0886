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

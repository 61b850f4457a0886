import Foundation
import Testing

@Suite("dragoman names")
struct NamesCommandTests {}

extension NamesCommandTests {
    @Test("names match prints the score and the verdict; exit status says it too")
    func match() throws {
        let yes = try CommandRunner.run(["names", "match", "Wladimir Selenskyj", "Volodymyr Zelensky"])
        #expect(yes.status == 0)
        #expect(yes.stdout == "1.000\tmatch\n")
        let no = try CommandRunner.run(["names", "match", "Kim Jong Un", "Kim Jong Il"])
        #expect(no.status == 1)
        #expect(no.stdout.hasSuffix("\tno-match\n"))
        let json = try CommandRunner.run(["names", "match", "Peskow", "Peskov", "--format", "json"])
        let verdict = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(verdict?["score"] as? Double == 1.0)
        #expect(verdict?["match"] as? Bool == true)
        #expect(verdict?["threshold"] as? Double == 0.88)
    }

    @Test("names pair prints one line per accepted pair")
    func pair() throws {
        let from = try CommandRunner.temporaryFile(Array("Pjöngjang\nWladiwostok\nMoskau\n\nKamtschatka\n".utf8))
        let to = try CommandRunner.temporaryFile(Array("Moscow\nPyongyang\nKamchatka\nVladivostok\nVladimir\n".utf8))
        let result = try CommandRunner.run(["names", "pair", "--from", from, "--to", to, "--no-default-glossaries"])
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "Pjöngjang\tPyongyang\t1.0000\nWladiwostok\tVladivostok\t1.0000\nKamtschatka\tKamchatka\t1.0000\n")
        let json = try CommandRunner.run([
            "names", "pair", "--from", from, "--to", to, "--format", "json", "--no-default-glossaries",
        ])
        let objects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(objects?.count == 3)
        #expect(objects?.first?["target"] as? String == "Pyongyang")
    }

    @Test("eval names gates on its bars")
    func evalNames() throws {
        let fixtures = "Tests/DragomanNamesTests/Fixtures/"
        let passing = try CommandRunner.run([
            "eval", "names", "--pairs", fixtures + "cldr-de-en-differences.tsv", "--negatives",
            fixtures + "hard-negatives.tsv",
            "--min-recall", "0.95", "--min-precision", "0.99", "--max-accepted", "0.03",
        ])
        #expect(passing.status == 0)
        #expect(passing.stdout.contains("pairs (transliteration): 70 names"))
        let failing = try CommandRunner.run([
            "eval", "names", "--negatives", fixtures + "hard-negatives.tsv", "--max-accepted", "0",
        ])
        #expect(failing.status == 1)
        let missing = try CommandRunner.temporaryFile(Array("kind\tfoo\n".utf8))
        let bad = try CommandRunner.run(["eval", "names", "--pairs", missing])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no column named \"de\""))
    }
}

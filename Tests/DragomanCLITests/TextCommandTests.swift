import Foundation
import Testing

@Suite("dragoman translit, normalize, detect-language, eval")
struct TextCommandTests {}

extension TextCommandTests {
    @Test(
        "translit with ICU transform IDs",
        arguments: [
            (["translit", "--id", "Ukrainian-Latin/BGN", "Зеленський"], "Zelensʹkyy\n"),
            (["translit", "--id", "Any-Latin; Latin-ASCII", "평양"], "pyeong-yang\n"),
            (["translit", "--id", "Russian-Latin/BGN", "Дмитрий", "Песков"], "Dmitriy Peskov\n"),
        ])
    func translit(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
    }

    @Test("translit with our own rules from a file, line by line")
    func translitRules() throws {
        let rules = try CommandRunner.temporaryFile(
            Array("$end = [^[:L:]] ;\now } $end > ov ;\nw > v ;\nsch > sh ;".utf8))
        let names = try CommandRunner.temporaryFile(Array("Peskow\nLawrow\nSchoigu".utf8))
        let result = try CommandRunner.run(["translit", "--rules", rules, "--file", names])
        #expect(result.stdout == "Peskov\nLavrov\nSchoigu\n")
        let broken = try CommandRunner.temporaryFile(Array("a > b ;\n$x = [ ;".utf8))
        let failure = try CommandRunner.run(["translit", "--rules", broken, "abc"])
        #expect(failure.status == 2)
        #expect(failure.stderr.contains("\(broken):2:"))
        let unknown = try CommandRunner.run(["translit", "--id", "Klingon-Latin", "abc"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("U_INVALID_ID"))
    }

    @Test("normalize forms and matching keys")
    func normalize() throws {
        #expect(try CommandRunner.run(["normalize", "--form", "key", "P’yŏngyang"]).stdout == "pyongyang\n")
        #expect(try CommandRunner.run(["normalize", "--form", "nfkc_cf", "Straße"]).stdout == "strasse\n")
        #expect(try CommandRunner.run(["normalize", "--form", "nfc", "e\u{301}"]).stdout == "é\n")
        #expect(try CommandRunner.run(["normalize", "--form", "nfq", "x"]).status == 2)
    }

    @Test("detect-language")
    func detectLanguage() throws {
        let german = try CommandRunner.run(["detect-language", "Samples/de-nordkorea-truppen.txt"])
        #expect(german.status == 0 && german.stdout == "de\n")
        let english = try CommandRunner.run(["detect-language", "Samples/en-nordkorea-truppen.txt", "--format", "json"])
        let detected = try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any]
        #expect(detected?["language"] as? String == "en")
        let short = try CommandRunner.run(["detect-language", "-"], stdin: "Pjöngjang")
        #expect(short.status == 1 && short.stdout == "unknown\n")
    }

    @Test("eval segmentation prints counts and gates on bars")
    func evalSegmentation() throws {
        let set = try CommandRunner.temporaryFile(
            Array(
                #"[{"input": "Das war der Sprecher. Die Sache ist klar.", "expected": ["Das war der Sprecher.", "Die Sache ist klar."]}]"#
                    .utf8),
            suffix: "_de.json")
        let name = URL(fileURLWithPath: set).deletingPathExtension().lastPathComponent
        let passing = try CommandRunner.run([
            "eval", "segmentation", set, "--format", "tsv", "--min-f1", "\(name)=0.99",
        ])
        #expect(passing.status == 0)
        #expect(passing.stdout.contains("\(name)\tde\t1\t1\t0\t0\t1.0000\t1.0000\t1.0000"))
        let unreadable = try CommandRunner.run(["eval", "segmentation", "/nonexistent.json"])
        #expect(unreadable.status == 2)
        let broken = try CommandRunner.temporaryFile(Array("{".utf8), suffix: ".json")
        #expect(try CommandRunner.run(["eval", "segmentation", broken]).status == 2)
    }

    @Test("eval language")
    func evalLanguage() throws {
        let data = try CommandRunner.temporaryFile(
            Array(
                "de\tDie Regierung hat am Montag neue Hilfen angekündigt, nachdem der Kanzler mit dem Präsidenten gesprochen hatte.\n"
                    .utf8))
        let result = try CommandRunner.run(["eval", "language", data, "--min-accuracy", "0.95"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("100.0%"))
    }
}

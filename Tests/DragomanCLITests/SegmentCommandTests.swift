import Foundation
import Testing

@Suite("dragoman segment")
struct SegmentCommandTests {
    static let sample = "Samples/de-nordkorea-truppen.txt"
}

extension SegmentCommandTests {
    @Test("TSV output: index, scalar offsets and the exact text of each segment")
    func tsv() throws {
        let result = try CommandRunner.run(["segment", Self.sample, "--lang", "de", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 14)
        let original = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent(Self.sample), encoding: .utf8)
        let scalars = Array(original.unicodeScalars)
        for (index, row) in rows.enumerated() {
            #expect(row.count == 4)
            #expect(Int(row[0]) == index)
            let start = try #require(Int(row[1]))
            let end = try #require(Int(row[2]))
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == row[3])
        }
        #expect(
            rows[0][3]
                == "Der Westen versuche, die Zusammenarbeit zwischen den beiden Ländern zu untergraben, sagte ein hochrangiger Diplomat gegenüber den Vereinten Nationen"
        )
        #expect(rows[7][3].hasSuffix("sagte der Vertreter ."))
        #expect(rows[13][3] == ":")
    }

    @Test("JSON output is an array of the segment strings; text output one per line")
    func jsonAndText() throws {
        let json = try CommandRunner.run(["segment", Self.sample, "--lang", "de", "--format", "json"])
        let segments = try JSONDecoder().decode([String].self, from: Data(json.stdout.utf8))
        let text = try CommandRunner.run(["segment", Self.sample, "--lang", "de"])
        #expect(segments == text.stdout.split(separator: "\n").map(String.init))
        #expect(segments.count == 14)
        #expect(
            segments[2]
                == "Letzte Woche warf der ukrainische Staatschef Wladimir Selenskyj Nordkorea vor, Waffen und Militärpersonal nach Russland zu schicken, um sich an den Feindseligkeiten zu beteiligen."
        )
    }

    @Test("The language is detected when --lang is omitted")
    func detection() throws {
        let detected = try CommandRunner.run(["segment", Self.sample])
        let given = try CommandRunner.run(["segment", Self.sample, "--lang", "de"])
        #expect(detected.status == 0)
        #expect(detected.stdout == given.stdout)
        let short = try CommandRunner.run(["segment", "-"], stdin: "Kurz.")
        #expect(short.status == 2)
        #expect(short.stderr.contains("--lang"))
    }

    @Test("Standard input and TSV escaping")
    func stdinAndEscaping() throws {
        let result = try CommandRunner.run(
            ["segment", "-", "--lang", "en", "--format", "tsv"], stdin: "A\ttab and a back\\slash. Next one.")
        #expect(result.stdout == "0\t0\t23\tA\\ttab and a back\\\\slash.\n1\t24\t33\tNext one.\n")
    }

    @Test("Bad input gets a one-line error and exit status 2")
    func badInput() throws {
        let invalid = try CommandRunner.temporaryFile(Array("Gut.\nSchl".utf8) + [0xFF] + Array("echt".utf8))
        let binary = try CommandRunner.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
        let cases: [([String], String)] = [
            (["segment", "/nonexistent/artikel.txt", "--lang", "de"], "/nonexistent/artikel.txt: cannot open"),
            (["segment", invalid, "--lang", "de"], "\(invalid):2:5: invalid UTF-8"),
            (["segment", binary, "--lang", "de"], "\(binary):1:7: looks like a binary file"),
            (["segment", Self.sample, "--lang", "de_DE!"], "lang"),
            (["segment", Self.sample, "--format", "xml"], "xml"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let missing = try CommandRunner.run(["segment", "/nonexistent/artikel.txt", "--lang", "de"])
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    @Test("An empty file is a correct, empty result")
    func emptyFile() throws {
        let empty = try CommandRunner.temporaryFile([])
        let text = try CommandRunner.run(["segment", empty])
        #expect(text.status == 0 && text.stdout.isEmpty)
        let json = try CommandRunner.run(["segment", empty, "--format", "json"])
        #expect(json.status == 0 && json.stdout == "[]\n")
    }
}

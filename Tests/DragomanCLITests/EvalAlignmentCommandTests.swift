import Foundation
import Testing

@Suite("dragoman eval alignment")
struct EvalAlignmentCommandTests {
    static let parallel = BenchCommandTests.parallel
    static let languages = ["--source-lang", "de", "--target-lang", "en", "--no-dictionary"]

    static func strictF1(_ output: String) throws -> Double {
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("strict:") })
        return try #require(Double(line.split(separator: " ").last.map(String.init) ?? ""))
    }

    @Test("Strict and lax scores; a bar above the score exits 1, one below exits 0")
    func bars() throws {
        let result = try CommandRunner.run(["eval", "alignment"] + Self.parallel + Self.languages)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lax:    precision"))
        let f1 = try Self.strictF1(result.stdout)
        #expect(f1 > 0.5 && f1 <= 1)
        let above = try CommandRunner.run(
            ["eval", "alignment"] + Self.parallel + Self.languages + ["--min-strict-f1", String(f1 + 0.01)])
        #expect(above.status == 1)
        #expect(above.stderr.contains("is below"))
        let below = try CommandRunner.run(
            ["eval", "alignment"] + Self.parallel + Self.languages + ["--min-strict-f1", String(f1 - 0.01)])
        #expect(below.status == 0)
    }

    @Test("A gold bead out of range is bad input naming its line")
    func badGold() throws {
        let gold = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: gold) }
        try "[0]:[0]\n[40]:[1]\n".write(to: gold, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            ["eval", "alignment", Self.parallel[0], Self.parallel[1], gold.path] + Self.languages)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(gold.path):2"), "\(result.stderr)")
    }

    @Test("Calibration: beads below and above the review threshold, and by confidence band, add up")
    func calibration() throws {
        let result = try CommandRunner.run(["eval", "alignment"] + Self.parallel + Self.languages)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("confidence:") })
        let match = try #require(
            line.firstMatch(of: /(\d+) beads below 0\.70, [\d.]+% of them wrong; (\d+) at or above/))
        let total = try #require(Int(match.output.1)) + #require(Int(match.output.2))
        let bands = result.stdout.matches(of: /confidence \d\.\d–\d\.\d: +(\d+) beads/).compactMap { Int($0.output.1) }
        #expect(!bands.isEmpty && bands.reduce(0, +) == total)
    }
}

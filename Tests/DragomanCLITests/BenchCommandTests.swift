import Foundation
import Testing

/// The benchmarks run in seconds here (small sizes, debug build); they are measured for real
/// from a release build in `.ci/run`.
@Suite("dragoman bench")
struct BenchCommandTests {
    @Test("bench segmentation prints throughput next to ICU's")
    func segmentation() throws {
        let result = try CommandRunner.run(["bench", "segmentation", "--megabytes", "1", "--repetitions", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("dragoman segmenter:"))
        #expect(result.stdout.contains("ICU sentence breaks:"))
        #expect(result.stdout.contains("% of raw ICU"))
    }

    @Test("bench names prints lookup times and agreement with a full scan")
    func names() throws {
        let result = try CommandRunner.run([
            "bench", "names", "--entries", "2000", "--lookups", "60", "--scan-checks", "20",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("index: 2000 names"))
        #expect(result.stdout.contains("99th percentile"))
        #expect(result.stdout.contains("index best = full-scan best: 20 of 20"))
        #expect(result.stdout.contains("baseline, full scan of the index"))
    }

    @Test("bench terms prints tokens per second and peak memory")
    func terms() throws {
        let result = try CommandRunner.run([
            "bench", "terms", "--entries", "1000", "--megabytes", "0.05", "--no-default-glossaries",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("glossary: 1000 entries"))
        #expect(result.stdout.contains("tokens per second"))
        #expect(result.stdout.contains("baseline, tokenising alone"))
        #expect(result.stdout.contains("peak memory:"))
    }

    @Test("bench terms runs with no synthetic entries")
    func termsWithoutSynthetic() throws {
        let result = try CommandRunner.run(["bench", "terms", "--entries", "0", "--megabytes", "0.05"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("tokens per second"))
    }

    @Test("bench summary and bench export print times against their baselines")
    func summaryAndExport() throws {
        let summary = try CommandRunner.run(["bench", "summary", "--units", "100"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("summary of 100 units") && summary.stdout.contains("× recognition"))
        let export = try CommandRunner.run(["bench", "export", "--units", "60"])
        #expect(export.status == 0, "\(export.stderr)")
        for format in ["(read)", "(read, names, QA)", "xliff12", "xliff21", "tmx", "tbx", "csv", "html"] {
            #expect(export.stdout.contains(format), "\(format)")
        }
        #expect(export.stdout.contains("× reading"))
    }
}

extension BenchCommandTests {
    static let parallel = [
        "Tests/DragomanAlignTests/Fixtures/parallel-de.txt", "Tests/DragomanAlignTests/Fixtures/parallel-en.txt",
        "Tests/DragomanAlignTests/Fixtures/parallel.gold",
    ]

    @Test("bench tm prints lookup times, the full-scan baseline and their agreement")
    func translationMemory() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("tm-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let sentences =
            try String(contentsOfFile: Self.parallel[1], encoding: .utf8)
            + String(contentsOfFile: "Samples/en-nordkorea-truppen.txt", encoding: .utf8)
        // One sentence per line, as the corpus format wants.
        try sentences.replacingOccurrences(of: ". ", with: ".\n").write(to: corpus, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run([
            "bench", "tm", "--corpus", corpus.path, "--entries", "12", "--queries", "6", "--scan-checks", "4",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("memory: 12 sentences"), "\(result.stdout)")
        #expect(result.stdout.contains("over 6 queries"))
        #expect(result.stdout.contains("full scan: mean"))
        #expect(result.stdout.contains("index best = full-scan best: 4 of 4"))
        let empty = try CommandRunner.run(["bench", "tm", "--corpus", "/nonexistent/corpus.txt"])
        #expect(empty.status == 2 && empty.stderr.contains("/nonexistent/corpus.txt"))
    }

    @Test("bench alignment prints time, memory and strict F1 for each size")
    func alignment() throws {
        let result = try CommandRunner.run(["bench", "alignment"] + Self.parallel + ["--sizes", "20", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("peak memory") && $0.contains("strict F1") })
        #expect(lines[0].hasPrefix("     20 ×"))
    }

    @Test(
        "bench store: writers straight to both stores and through workbench servers, none lost",
        .enabled(
            if: ProjectCopyCommandTests.server != nil,
            "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES; skipped where absent"))
    func benchStoreSavesAndWebSaves() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try
            "Kim traf Putin in Pjöngjang.\nSelenskyj warnte vor Angriffen.\nDie Kabel in der Ostsee wurden beschädigt.\n"
            .write(to: corpus, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run([
            "bench", "store", "--parts", "saves", "web", "--seconds", "0.3", "--units", "30", "--corpus", corpus.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 12, "\(result.stdout)")
        for backend in [
            "saves, SQLite", "saves, PostgreSQL", "web saves, SQLite, 1 server", "web saves, PostgreSQL, 2 servers",
        ] {
            #expect(lines.filter { $0.hasPrefix(backend) }.count == 3, "\(backend)")
        }
        for line in lines {
            #expect(line.hasSuffix(" 0 lost") && !line.contains(" 0 saved"), "\(line)")
        }
    }
}

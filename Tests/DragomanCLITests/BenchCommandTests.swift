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
    }

    @Test("bench terms prints tokens per second and peak memory")
    func terms() throws {
        let result = try CommandRunner.run([
            "bench", "terms", "--entries", "1000", "--megabytes", "0.05", "--no-default-glossaries",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("glossary: 1000 entries"))
        #expect(result.stdout.contains("tokens per second"))
        #expect(result.stdout.contains("peak memory:"))
    }
}

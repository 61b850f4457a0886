import Foundation
import Testing

/// The fuzz targets built normally replay files: every seed of Fuzz/Corpus and every input a
/// fuzzing run once found (Fuzz/Regressions) goes through its reader without a trap.
@Suite("Fuzz corpora replay")
struct FuzzReplayTests {
    static let fuzz = CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("dragoman-fuzz")

    @Test("Every seed and regression input of every target")
    func replay() throws {
        let root = CommandRunner.packageRoot.appendingPathComponent("Fuzz")
        let targets = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Corpus").path)
        #expect(targets.count >= 12)
        for target in targets.sorted() {
            var files: [String] = []
            for folder in ["Corpus", "Regressions"] {
                let directory = root.appendingPathComponent(folder).appendingPathComponent(target)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                files += names.sorted().map { directory.appendingPathComponent($0).path }
            }
            let process = Process()
            process.executableURL = Self.fuzz
            process.arguments = files
            process.environment = ["DRAGOMAN_FUZZ_TARGET": target]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(target)")
        }
    }
}

import DragomanText
import Foundation

/// Runs the built `dragoman` executable, as a user would, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this source file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `dragoman` binary next to the test bundle in the build folder.
    static let executable: URL = {
        let testBinary = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        var directory = testBinary.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("dragoman")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/dragoman")
    }()

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        try collect(executable.path, arguments: arguments, stdin: stdin, environment: nil)
    }

    /// Runs `script` with bash (pipefail on) in `directory`, `dragoman` standing for the built
    /// binary, as a user types a command line with pipes and redirections.
    static func shell(_ script: String, in directory: URL = packageRoot) throws -> Result {
        try collect(
            "/bin/bash",
            arguments: ["-c", "set -o pipefail; dragoman() { \"\(executable.path)\" \"$@\"; }; " + script],
            stdin: nil, directory: directory,
            environment: ProcessInfo.processInfo.environment.merging(["USER": "translator"]) { $1 })
    }

    /// Through the library's one way of running a program (both pipes read at once, a time limit).
    private static func collect(
        _ program: String, arguments: [String], stdin: String?, directory: URL = packageRoot,
        environment: [String: String]?
    ) throws -> Result {
        let finished = try ProcessRunner.run(
            program, arguments: arguments, input: Data((stdin ?? "").utf8), timeout: 600, directory: directory.path,
            environment: environment)
        return Result(
            status: finished.status, stdout: String(decoding: finished.output, as: UTF8.self),
            stderr: String(decoding: finished.errorOutput, as: UTF8.self))
    }

    /// A new temporary file holding `bytes`.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-cli-\(UUID().uuidString)\(suffix)"
        ).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

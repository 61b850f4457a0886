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
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        return try collect(process, stdin: stdin)
    }

    /// Runs `script` with bash (pipefail on) in `directory`, `dragoman` standing for the built
    /// binary, as a user types a command line with pipes and redirections.
    static func shell(_ script: String, in directory: URL = packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "set -o pipefail; dragoman() { \"\(executable.path)\" \"$@\"; }; " + script]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["USER": "translator"]) { $1 }
        return try collect(process, stdin: nil)
    }

    /// Starts `process`, feeds it `stdin` and returns its exit status and output.
    private static func collect(_ process: Process, stdin: String?) throws -> Result {
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
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

import Dispatch
import Foundation

/// Runs an outside program with text on its standard input and returns its standard output,
/// killing it when it runs past the time limit.
enum ProcessRunner {
    static func run(
        _ executable: String, arguments: [String], input: String, timeout: Double, engine: String
    ) throws -> String {
        // A program that exits without reading its input must not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw EngineError.failed(engine: engine, status: -1, message: "cannot start \(executable): \(error)")
        }
        // Writing and reading on their own threads: a program that answers while it reads
        // must not block on a full pipe.
        let output = PipeReader(stdout.fileHandleForReading)
        let errors = PipeReader(stderr.fileHandleForReading)
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw EngineError.timedOut(engine: engine, seconds: timeout)
        }
        let text = String(decoding: output.data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.data(), as: UTF8.self)
                .split(whereSeparator: \.isNewline).prefix(3).joined(separator: " ")
            throw EngineError.failed(engine: engine, status: process.terminationStatus, message: message)
        }
        return text
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeReader: @unchecked Sendable {
    private var collected = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.collected = (try? handle.readToEnd()) ?? Data()
            self.done.signal()
        }
    }

    func data() -> Data {
        done.wait()
        return collected
    }
}

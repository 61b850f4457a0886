import Dispatch
import Foundation

/// Runs an outside program to its end: its input written and its output read on their own
/// threads (a program that answers while it reads must not block on a full pipe), killed when
/// it runs past the time limit. The one way Dragoman starts another program.
package enum ProcessRunner {
    package struct Finished: Sendable {
        package var status: Int32
        package var output: Data
        package var errorOutput: Data

        /// The first lines of its standard error, joined, for a message.
        package var errors: String {
            String(decoding: errorOutput, as: UTF8.self).split(whereSeparator: \.isNewline).prefix(3)
                .joined(separator: " ")
        }
    }

    package enum Failure: Error, Sendable {
        case cannotStart(String)
        case timedOut
    }

    package static func run(
        _ executable: String, arguments: [String], input: Data = Data(), timeout: Double,
        directory: String? = nil, environment: [String: String]? = nil
    ) throws(Failure) -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
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
            throw .cannotStart("cannot start \(executable): \(error.localizedDescription)")
        }
        let output = PipeReader(stdout.fileHandleForReading)
        let errors = PipeReader(stderr.fileHandleForReading)
        let writer = Thread {
            PipeWriter.write(input, to: stdin.fileHandleForWriting.fileDescriptor)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .timedOut
        }
        return Finished(status: process.terminationStatus, output: output.data(), errorOutput: errors.data())
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

/// Writes to a pipe whose reader may exit early, without SIGPIPE ending the whole process.
///
/// The library changes no process-wide signal disposition: SIGPIPE is blocked on the writing
/// thread only, so a write to a closed pipe fails with EPIPE there; the signal it left pending
/// is taken before the thread's mask is restored.
package enum PipeWriter {
    package static func write(_ data: Data, to descriptor: Int32) {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var none = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&blocked, nil, &none)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                // EPIPE: the engine stopped reading; its exit status and output tell the rest.
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

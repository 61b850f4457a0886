import DragomanText
import Foundation

/// An engine run as a program: source text in, translation out, failures as ``EngineError``.
enum EngineProcess {
    static func translate(
        _ text: String, executable: String, arguments: [String], timeout: Double, engine: String
    ) throws -> String {
        let finished: ProcessRunner.Finished
        do {
            finished = try ProcessRunner.run(executable, arguments: arguments, input: Data(text.utf8), timeout: timeout)
        } catch .cannotStart(let message) {
            throw EngineError.failed(engine: engine, status: -1, message: message)
        } catch .timedOut {
            throw EngineError.timedOut(engine: engine, seconds: timeout)
        }
        guard finished.status == 0 else {
            throw EngineError.failed(engine: engine, status: finished.status, message: finished.errors)
        }
        return String(decoding: finished.output, as: UTF8.self).trimmingWhitespace
    }
}

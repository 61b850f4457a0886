import Foundation

/// Whole files read and written by commands, with one-line errors that name the file.
enum FileIO {
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure.input("\(path): cannot read: \(error.localizedDescription)")
        }
    }

    /// Writes atomically: a failure never leaves a half-written file behind.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.input("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}

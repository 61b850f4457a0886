import DragomanText
import Foundation

/// Lines typed or piped into a command, strictly: a NUL byte or bytes that are not UTF-8 are
/// refused with the line they are on (`readLine()` would cut the text at the NUL or store
/// U+FFFD in a unit).
struct InputLines {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(descriptor: Int32 = STDIN_FILENO) { self.descriptor = descriptor }

    /// The next line without its line break, or nil at the end of the input.
    mutating func next() throws -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return try decode(line)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return try decode(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, 4096) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                atEnd = true
                continue
            }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    private mutating func decode(_ bytes: [UInt8]) throws -> String {
        lineNumber += 1
        var line = bytes[...]
        if line.last == 0x0D { line = line.dropLast() }
        if let nul = line.firstIndex(of: 0) {
            throw CommandFailure(
                exitStatus: .failure, problem: "a NUL byte in the input; this line was not used",
                location: ErrorLocation(file: "standard input", line: lineNumber, column: nul - line.startIndex + 1))
        }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw CommandFailure(
                exitStatus: .failure, problem: "the input is not valid UTF-8; this line was not used",
                location: ErrorLocation(file: "standard input", line: lineNumber))
        }
        return text
    }
}

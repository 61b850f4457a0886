/// A text file that cannot be read as text, with where and why.
public struct TextInputError: DragomanError, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case cannotOpen(reason: String)
        case readFailed(reason: String)
        case invalidUTF8(byte: UInt8)
        case binary
        case isDirectory
    }

    /// The file as the user named it ("-" is standard input).
    public var file: String
    /// What is wrong with the file.
    public var kind: Problem
    /// 1-based line and column (in characters) of the problem, when it has a position.
    public var line: Int?
    public var column: Int?
    /// 0-based byte offset of the problem in the file.
    public var byteOffset: Int?

    public init(file: String, problem: Problem, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.file = file
        self.kind = problem
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    public var location: ErrorLocation? { ErrorLocation(file: file, line: line, column: column) }

    public var problem: String {
        switch kind {
        case .cannotOpen: "cannot open"
        case .readFailed: "read failed"
        case .isDirectory: "is a directory, not a text file"
        case .invalidUTF8(let byte):
            "invalid UTF-8 (byte 0x\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true)) at byte offset "
                + "\(byteOffset ?? 0)); convert the file to UTF-8 first"
        case .binary: "looks like a binary file (NUL byte at byte offset \(byteOffset ?? 0)), not text"
        }
    }

    public var cause: String? {
        switch kind {
        case .cannotOpen(let reason), .readFailed(let reason): reason
        default: nil
        }
    }
}

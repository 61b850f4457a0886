/// A text file that cannot be read as text, with where and why.
public struct TextInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case cannotOpen(reason: String)
        case readFailed(reason: String)
        case invalidUTF8(byte: UInt8)
        case binary
        case isDirectory
    }

    /// The file as the user named it ("-" is standard input).
    public var file: String
    public var problem: Problem
    /// 1-based line and column (in characters) of the problem, when it has a position.
    public var line: Int?
    public var column: Int?
    /// 0-based byte offset of the problem in the file.
    public var byteOffset: Int?

    public init(file: String, problem: Problem, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.file = file
        self.problem = problem
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    public var description: String {
        var place = file == "-" ? "<stdin>" : file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        switch problem {
        case .cannotOpen(let reason): return "\(place): cannot open: \(reason)"
        case .readFailed(let reason): return "\(place): read failed: \(reason)"
        case .isDirectory: return "\(place): is a directory, not a text file"
        case .invalidUTF8(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return
                "\(place): invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(byteOffset ?? 0)); convert the file to UTF-8 first"
        case .binary:
            return "\(place): looks like a binary file (NUL byte at byte offset \(byteOffset ?? 0)), not text"
        }
    }
}

#if canImport(Glibc)
    import Glibc
#endif

/// Where a problem was found, as far as it is known: a file (or project) with line and column,
/// a translation unit, a segment.
public struct ErrorLocation: Sendable, Equatable {
    /// The file or project as the user named it ("-" is standard input).
    public var file: String?
    /// 1-based line and column.
    public var line: Int?
    public var column: Int?
    /// A translation unit's id.
    public var unit: Int64?
    /// A segment's 0-based index in its document.
    public var segment: Int?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, unit: Int64? = nil, segment: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.unit = unit
        self.segment = segment
    }

    /// `FILE:LINE:COL`, then `unit N` or `segment N`: the form compilers use, which editors
    /// and terminals turn into links.
    public var rendered: String {
        var parts: [String] = []
        if let file {
            var place = file == "-" ? "<stdin>" : file
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            parts.append(place)
        }
        if let unit { parts.append("unit \(unit)") }
        if let segment { parts.append("segment \(segment)") }
        return parts.joined(separator: ": ")
    }
}

/// How a command ends, as its exit status: one table for the whole tool (see `dragoman --help`).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Done.
    case success = 0
    /// Ran fine, and the answer is "no" or there are findings (QA errors, no match, conflicts).
    case findings = 1
    /// Bad usage, input that cannot be used (a missing or malformed file, an unknown unit), or
    /// a failure around the work (the project busy, a disk full, an engine that timed out);
    /// the message says which, and nothing was changed.
    case failure = 2
}

/// Every error Dragoman reports to a user: what failed, where, and the underlying cause, with
/// one rendering, `FILE:LINE:COL: what went wrong (cause)`.
///
/// Library errors conform to this protocol, so that a command line, the workbench or another
/// host can show any of them the same way without knowing each type.
public protocol DragomanError: Error, CustomStringConvertible {
    /// Where the problem is, when it has a place.
    var location: ErrorLocation? { get }
    /// What went wrong, in the user's words (no location, no cause).
    var problem: String { get }
    /// The underlying cause as its source words it (SQLite's message with the SQL, errno's
    /// text, the XML parser's message), when there is one.
    var cause: String? { get }
    /// The exit status a command ends with for this error.
    var exitStatus: ExitStatus { get }
}

extension DragomanError {
    public var cause: String? { nil }
    public var exitStatus: ExitStatus { .failure }

    public var description: String {
        let place = location?.rendered ?? ""
        var text = place.isEmpty ? problem : place + ": " + problem
        if let cause, !cause.isEmpty { text += " (\(cause))" }
        return text
    }
}

/// An error of the operating system (errno) as its words, e.g. "No such file or directory".
public func systemErrorText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

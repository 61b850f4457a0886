/// A file (XML, CSV, TBX, TMX, XLIFF) that cannot be read, with where (line and column when
/// known) and why.
public struct FileFormatError: DragomanError, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var problem: String

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var location: ErrorLocation? { ErrorLocation(file: file, line: line, column: column) }
}

/// A tab-separated table with a header line; lines starting with "#" are comments.
public struct TSVTable: Sendable {
    public let file: String
    public let header: [String]
    /// Data lines with their 1-based line numbers in the file.
    public let lines: [(number: Int, fields: [String])]

    public enum Problem: DragomanError {
        case missingColumn(file: String, column: String)
        case shortRow(file: String, line: Int, expected: Int, found: Int)
        case empty(file: String)

        public var location: ErrorLocation? {
            switch self {
            case .missingColumn(let file, _), .empty(let file): ErrorLocation(file: file)
            case .shortRow(let file, let line, _, _): ErrorLocation(file: file, line: line)
            }
        }

        public var problem: String {
            switch self {
            case .missingColumn(_, let column): "no column named \"\(column)\" in the header"
            case .shortRow(_, _, let expected, let found): "\(found) fields where the header has \(expected)"
            case .empty: "no header line"
            }
        }
    }

    public init(path: String) throws {
        file = path
        var header: [String]?
        var lines: [(Int, [String])] = []
        try TextFileReader(path: path).forEachLine { line in
            let text = line.text
            if text.hasPrefix("#") || text.allSatisfy(\.isWhitespace) { return }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil { header = fields } else { lines.append((line.number, fields)) }
        }
        guard let header else { throw Problem.empty(file: path) }
        self.header = header
        self.lines = lines
    }

    /// The values of the named columns in every data line.
    public func rows(columns: [String]) throws -> [[String]] {
        let indices = try columns.map { column in
            guard let index = header.firstIndex(of: column) else {
                throw Problem.missingColumn(file: file, column: column)
            }
            return index
        }
        return try lines.map { line in
            guard let last = indices.max(), last < line.fields.count else {
                throw Problem.shortRow(file: file, line: line.number, expected: header.count, found: line.fields.count)
            }
            return indices.map { line.fields[$0] }
        }
    }
}

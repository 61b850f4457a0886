import DragomanText

extension Bead {
    /// Reads a bead file: one bead per line in the Text+Berg form, blank lines ignored.
    ///
    /// When the segment counts are given, every index must fall inside them, so a bead file
    /// made for another pair of texts is refused instead of silently misaligning.
    public static func load(path: String, sourceCount: Int? = nil, targetCount: Int? = nil) throws -> [Bead] {
        var beads: [Bead] = []
        try TextFileReader(path: path).forEachLine { line in
            guard !line.text.allSatisfy(\.isWhitespace) else { return }
            guard let bead = Bead(parsing: line.text) else {
                throw BeadFileError(file: path, line: line.number, problem: "not a bead like [3]:[4, 5]")
            }
            let inRange = { (indices: [Int], count: Int?) in
                count.map { count in indices.allSatisfy { (0..<count).contains($0) } } ?? true
            }
            guard inRange(bead.source, sourceCount), inRange(bead.target, targetCount) else {
                throw BeadFileError(file: path, line: line.number, problem: "segment index out of range")
            }
            beads.append(bead)
        }
        return beads
    }
}

/// A bead file line that cannot be used.
public struct BeadFileError: DragomanError, Equatable {
    public var file: String
    public var line: Int
    public var problem: String
    public var location: ErrorLocation? { ErrorLocation(file: file, line: line) }
}

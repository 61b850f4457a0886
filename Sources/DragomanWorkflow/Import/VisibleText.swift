/// The text a reader sees in a marked-up file, with each visible character's place in the
/// original, so that segments found in the visible text get ranges into the original file.
public struct VisibleText: Sendable {
    public private(set) var text = String.UnicodeScalarView()
    /// For each visible scalar, the original range it stands for (an entity stands for several).
    private var origins: [Range<Int>] = []

    public init() {}

    mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
        text.append(scalar)
        origins.append(origin)
    }

    mutating func append(_ scalar: Unicode.Scalar, at offset: Int) { append(scalar, from: offset..<(offset + 1)) }

    /// Adds a line break unless the text is empty or already ends with one.
    mutating func breakLine(at offset: Int) {
        trimTrailingSpaces()
        if let last = text.last, last != "\n" { append("\n", from: offset..<offset) }
    }

    /// Adds a space unless the text already ends with white space.
    mutating func space(at offset: Int) {
        if let last = text.last, last != " " && last != "\n" { append(" ", from: offset..<offset) }
    }

    private mutating func trimTrailingSpaces() {
        while text.last == " " {
            text.removeLast()
            origins.removeLast()
        }
    }

    /// The original range covering the visible range `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at =
                range.lowerBound < origins.count
                ? origins[range.lowerBound].lowerBound : (origins.last?.upperBound ?? 0)
            return at..<at
        }
        return origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }

    public var string: String { String(text) }
}

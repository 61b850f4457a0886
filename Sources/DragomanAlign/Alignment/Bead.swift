import Foundation

/// One unit of an alignment: consecutive source segments with consecutive target segments
/// (either side may be empty: an insertion or a deletion).
public struct Bead: Hashable, Sendable, CustomStringConvertible {
    /// 0-based segment indices.
    public var source: [Int]
    public var target: [Int]
    /// How likely the bead is to be right, in [0, 1]: the aligner's posterior probability,
    /// calibrated on the Text+Berg development document (`dragoman eval alignment` prints the
    /// check).
    public var score: Double

    public init(source: [Int], target: [Int], score: Double = 1) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// The Text+Berg form: `[3]:[4, 5]`, `[]:[7]`.
    public var description: String {
        "[" + source.map(String.init).joined(separator: ", ") + "]:[" + target.map(String.init).joined(separator: ", ")
            + "]"
    }

    /// Parses the Text+Berg form.
    public init?(parsing line: some StringProtocol) {
        let sides = String(line).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard sides.count == 2, let left = Self.indices(sides[0]), let right = Self.indices(sides[1]) else {
            return nil
        }
        self.init(source: left, target: right)
    }

    private static func indices(_ side: Substring) -> [Int]? {
        let trimmed = side.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        if inner.allSatisfy(\.isWhitespace) { return [] }
        var values: [Int] = []
        for part in inner.split(separator: ",") {
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)) else { return nil }
            values.append(value)
        }
        return values
    }
}

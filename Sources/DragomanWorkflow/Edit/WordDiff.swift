/// What changed between two texts, word by word, as an editor shows it: runs of words kept,
/// removed (only in the old text) and added (only in the new). Words and the spaces and
/// punctuation between them are separate tokens, so "Selenskyj," → "Zelensky," changes one word.
public enum WordDiff {
    public struct Run: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case same, removed, added }
        public var kind: Kind
        public var text: String
    }

    /// Texts of more tokens than this are compared as wholes (the table is quadratic).
    public static let tokenLimit = 2_000

    public static func runs(from old: String, to new: String) -> [Run] {
        let a = tokens(old)
        let b = tokens(new)
        guard a.count <= tokenLimit, b.count <= tokenLimit else {
            return [Run(kind: .removed, text: old), Run(kind: .added, text: new)].filter { !$0.text.isEmpty }
        }
        // Longest common subsequence, filled from the end so the walk below runs forwards.
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var runs: [Run] = []
        func append(_ kind: Run.Kind, _ token: Substring) {
            if let last = runs.last, last.kind == kind {
                runs[runs.count - 1].text += token
            } else {
                runs.append(Run(kind: kind, text: String(token)))
            }
        }
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same, a[i])
                (i, j) = (i + 1, j + 1)
            } else if j < b.count, i == a.count || table[i * width + j + 1] >= table[(i + 1) * width + j] {
                append(.added, b[j])
                j += 1
            } else {
                append(.removed, a[i])
                i += 1
            }
        }
        return runs
    }

    /// Words (letters, digits and joiners inside them), runs of white space, and single other characters.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        func kind(_ character: Character) -> Int {
            if character.isLetter || character.isNumber { return 0 }
            if character.isWhitespace { return 1 }
            return 2
        }
        while index < text.endIndex {
            let current = kind(text[index])
            var end = text.index(after: index)
            if current != 2 {
                while end < text.endIndex, kind(text[end]) == current { end = text.index(after: end) }
            }
            tokens.append(text[index..<end])
            index = end
        }
        return tokens
    }
}

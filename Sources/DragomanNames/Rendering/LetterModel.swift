import Foundation

/// Letter-sequence statistics of a language's names: a character n-gram model (interpolated
/// absolute discounting) that says how much a spelling looks like the names that language
/// writes ("Kharkiv" is English-looking, "Charkiw" is not).
///
/// Trained on lower-case names; a name is read as `^name$`, words separated by single spaces.
public struct LetterModel: Sendable {
    /// Letters of context (the model is of order `context + 1`).
    public let context: Int
    /// Counts of each letter after each context of length 0 … `context`.
    private var counts: [String: [Character: Int]] = [:]
    private var totals: [String: Int] = [:]
    private var alphabet = Set<Character>()
    static let discount = 0.75

    public init(names: some Sequence<String>, context: Int = 3) {
        self.context = context
        for name in names {
            let letters = Array("^" + Self.normalized(name) + "$")
            guard letters.count > 2 else { continue }
            for index in 1..<letters.count {
                let letter = letters[index]
                alphabet.insert(letter)
                for length in 0...min(context, index) {
                    let history = String(letters[(index - length)..<index])
                    counts[history, default: [:]][letter, default: 0] += 1
                    totals[history, default: 0] += 1
                }
            }
        }
    }

    /// Lower case, single spaces: how names are read and scored.
    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The probability of `letter` after `history` (the last `context` letters are used).
    public func probability(of letter: Character, after history: Substring) -> Double {
        let history = history.suffix(context)
        // Add-one at the base, so an unseen letter is unlikely, not impossible.
        var probability =
            Double((counts[""]?[letter] ?? 0) + 1) / Double((totals[""] ?? 0) + alphabet.count + 1)
        guard !history.isEmpty else { return probability }
        for length in 1...history.count {
            let key = String(history.suffix(length))
            guard let total = totals[key], let following = counts[key] else { continue }
            let seen = Double(following[letter] ?? 0)
            let backoff = Self.discount * Double(following.count) / Double(total)
            probability = max(seen - Self.discount, 0) / Double(total) + backoff * probability
        }
        return probability
    }

    /// −log P of `letters` following `history`, letter by letter.
    func cost(of letters: String, after history: String) -> Double {
        var context = Substring(history)
        var cost = 0.0
        var buffer = history
        for letter in letters {
            cost -= log(probability(of: letter, after: context))
            buffer.append(letter)
            context = buffer.suffix(self.context)
            buffer = String(context)
        }
        return cost
    }

    /// −log P of a whole name, from its start to its end mark, per letter: how unlike the
    /// language's names it is, whatever its length.
    public func surprise(_ name: String) -> Double {
        let text = Self.normalized(name) + "$"
        return cost(of: text, after: "^") / Double(text.count)
    }
}

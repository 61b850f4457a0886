import Foundation

/// Identifies the language of a text from its script, its letters and its most frequent
/// function words.
///
/// Distinguishes at least German, English, French, Spanish, Russian and Ukrainian (plus
/// Italian, Dutch and Portuguese, so that those are not mistaken for the others). Texts
/// that are too short or too mixed to decide get `nil`, and the caller asks for a language.
public struct LanguageDetector: Sendable {
    /// Fewer letters than this are not enough to decide.
    public static let minimumLetters = 40

    private let functionWords: [String: Set<String>]

    public init() {
        functionWords = Self.loadFunctionWords()
    }

    public struct Result: Sendable, Equatable {
        public var language: LanguageCode
        /// Share of the text's words that are function words of `language`.
        public var score: Double
        /// How far ahead of the runner-up the winner is (its score divided by the runner-up's).
        public var margin: Double
    }

    /// The language of `text`, or `nil` when it cannot be told with confidence.
    public func detect(_ text: String) -> Result? {
        var latin = 0
        var cyrillic = 0
        var other = 0
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter {
                word.append(character)
                guard let scalar = character.unicodeScalars.first else { continue }
                switch scalar.value {
                case 0x41...0x24F: latin += 1
                case 0x400...0x52F: cyrillic += 1
                default: other += 1
                }
            } else if character == "'" || character == "’" {
                if !word.isEmpty { words.append(word); word = "" }
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let letters = latin + cyrillic + other
        guard letters >= Self.minimumLetters, !words.isEmpty else { return nil }

        let candidates: [String]
        if cyrillic * 2 > letters {
            candidates = ["ru", "uk"]
        } else if latin * 2 > letters {
            candidates = ["de", "en", "fr", "es", "it", "nl", "pt"]
        } else {
            return nil
        }
        var scores: [(String, Double)] = candidates.map { language in
            let list = functionWords[language] ?? []
            let hits = words.reduce(0) { $0 + (list.contains($1) ? 1 : 0) }
            return (language, Double(hits) / Double(words.count) + letterBonus(language, text: text, letters: letters))
        }
        scores.sort { $0.1 > $1.1 }
        let (best, bestScore) = scores[0]
        let runnerUp = scores.count > 1 ? scores[1].1 : 0
        let margin = runnerUp > 0 ? bestScore / runnerUp : .infinity
        guard bestScore >= 0.08, margin >= 1.25, let code = LanguageCode(best) else { return nil }
        return Result(language: code, score: bestScore, margin: margin)
    }

    /// Letters that only some of the candidate languages use.
    private func letterBonus(_ language: String, text: String, letters: Int) -> Double {
        let markers: String
        switch language {
        case "de": markers = "äöüß"
        case "es": markers = "ñ¿¡"
        case "fr": markers = "çœèêëàâîôû"
        case "pt": markers = "ãõ"
        case "uk": markers = "іїєґ"
        case "ru": markers = "ыэъё"
        default: return 0
        }
        let count = text.unicodeScalars.reduce(0) { $0 + (markers.unicodeScalars.contains($1) ? 1 : 0) }
        return min(0.15, 5 * Double(count) / Double(letters))
    }

    private static func loadFunctionWords() -> [String: Set<String>] {
        guard let url = Bundle.module.url(forResource: "stopwords-detect", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var lists: [String: Set<String>] = [:]
        var language = ""
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.prefix(while: { $0 != "#" }).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") && line.hasSuffix("]") {
                language = String(line.dropFirst().dropLast())
            } else if !language.isEmpty {
                lists[language, default: []].formUnion(line.split(separator: " ").map(String.init))
            }
        }
        return lists
    }
}

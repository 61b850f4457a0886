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

    /// For each function word, the languages that use it.
    private let functionWords: [String: [String]]

    public init() {
        functionWords = Self.sharedFunctionWords
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
                if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
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
        // A word listed for several languages is weaker evidence for each of them.
        var hits: [String: Double] = [:]
        for word in words {
            guard let languages = functionWords[word] else { continue }
            let weight = 1 / Double(languages.count)
            for language in languages { hits[language, default: 0] += weight }
        }
        var scores: [(String, Double)] = candidates.map { language in
            (
                language,
                (hits[language] ?? 0) / Double(words.count) + letterBonus(language, text: text, letters: letters)
            )
        }
        scores.sort { $0.1 > $1.1 }
        let (best, bestScore) = scores[0]
        let runnerUp = scores.count > 1 ? scores[1].1 : 0
        let margin = runnerUp > 0 ? bestScore / runnerUp : .infinity
        // Russian and Ukrainian share most function words; their letters tell them apart.
        let minimumScore = candidates.count == 2 ? 0.04 : 0.05
        guard bestScore >= minimumScore, margin >= 1.25, let code = LanguageCode(best) else { return nil }
        return Result(language: code, score: bestScore, margin: margin)
    }

    /// Letters and spellings that only some of the candidate languages use ("ñ", "-ción"
    /// against "ã", "-ção"), as a bonus proportional to their frequency.
    private func letterBonus(_ language: String, text: String, letters: Int) -> Double {
        guard let markers = Self.spellingMarkers[language] else { return 0 }
        let lowered = text.lowercased()
        var count = 0
        for marker in markers {
            count += lowered.components(separatedBy: marker).count - 1
        }
        return min(0.15, 5 * Double(count) / Double(letters))
    }

    private static let spellingMarkers: [String: [String]] = [
        "de": ["ä", "ö", "ü", "ß", "sch"],
        "es": ["ñ", "¿", "¡", "ción", "cion"],
        "fr": ["ç", "œ", "è", "ê", "ë", "à", "â", "î", "ô", "û", "ù", "eau"],
        "pt": ["ã", "õ", "ção", "ções", "lh", "nh"],
        "it": ["zione", "gli", "cch", "ì", "ò"],
        "nl": ["ij", "oe", "aa", "uu"],
        "uk": ["і", "ї", "є", "ґ"],
        "ru": ["ы", "э", "ъ", "ё"],
    ]

    /// Read once per process: every detector shares them.
    private static let sharedFunctionWords: [String: [String]] = {
        var languagesOfWord: [String: [String]] = [:]
        for (language, words) in SectionedWordList.resource("stopwords-detect")?.sections ?? [] {
            for word in words where !(languagesOfWord[word]?.contains(language) ?? false) {
                languagesOfWord[word, default: []].append(language)
            }
        }
        return languagesOfWord
    }()
}

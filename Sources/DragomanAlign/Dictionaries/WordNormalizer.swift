import DragomanText

/// Folds and lightly stems words so that inflected forms meet their dictionary entries.
///
/// Stemming strips a few frequent inflectional endings per language (German -en, -er, -es,
/// -e, -n, -s; French -es, -s, -x, -e; English -ies, -es, -s, -ed, -ing), leaving at least
/// four letters; it is crude by design and applied alike to dictionary and text.
package struct WordNormalizer: Sendable {
    package let language: LanguageCode

    package init(language: LanguageCode) { self.language = language }

    private var endings: [String] {
        switch language.language {
        case "de": ["ern", "en", "er", "es", "em", "e", "n", "s"]
        case "fr": ["es", "s", "x", "e"]
        case "en": ["ies", "es", "ed", "ing", "s"]
        default: ["s"]
        }
    }

    /// The folded, stemmed form of one word.
    package func stem(_ word: String) -> String {
        var folded = word.lowercased()
        if !folded.unicodeScalars.allSatisfy(\.isASCII) { folded = MatchingKey.fold(folded) }
        for ending in endings where folded.count - ending.count >= 4 && folded.hasSuffix(ending) {
            return String(folded.dropLast(ending.count))
        }
        return folded
    }

    /// The words of a text: runs of letters, apostrophe-separated parts apart ("l'homme").
    static func words(_ text: String) -> [Substring] {
        text.split { character in
            if let ascii = character.asciiValue {
                return !((ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A || (ascii >= 0x30 && ascii <= 0x39))
            }
            return !(character.isLetter || character.isNumber)
        }
    }

    /// The possible heads of a compound, longest first: every ending of a word of 8 or more
    /// letters that leaves at least 3 letters in front and keeps at least 4 ("Gletscherrand" → …, "rand").
    static func compoundHeads(of word: String) -> [String] {
        guard word.count >= 8 else { return [] }
        let characters = Array(word)
        return (3...(characters.count - 4)).map { String(characters[$0...]) }
    }
}

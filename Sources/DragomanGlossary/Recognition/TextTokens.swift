import DragomanText

/// Word tokens of a text for term recognition: runs of letters and digits (with apostrophes
/// inside words), each with its range in scalar offsets, its folded form, and whether a
/// hyphen joins it to the next token ("UN-Generalversammlung").
struct TextToken {
    var range: Range<Int>
    var text: String
    var folded: String
    var isCapitalized: Bool
    var hyphenAfter: Bool
    /// The token starts a sentence (nothing but punctuation before it in its segment).
    var isSentenceInitial: Bool
}

enum TextTokenizer {
    /// - Complexity: O(n) in the text length.
    static func tokens(of text: String) -> [TextToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [TextToken] = []
        var index = 0
        var sentenceStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" { sentenceStart = true }
                index += 1
                continue
            }
            let start = index
            while index < scalars.count
                && (isWordScalar(scalars[index])
                    || (isApostrophe(scalars[index]) && index + 1 < scalars.count && isWordScalar(scalars[index + 1])
                        && index > start))
            {
                index += 1
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[start..<index])
            let text = String(word)
            let hyphen =
                index + 1 < scalars.count && (scalars[index] == "-" || scalars[index] == "\u{2011}")
                && isWordScalar(scalars[index + 1])
            tokens.append(
                TextToken(
                    range: start..<index, text: text, folded: fold(text), isCapitalized: scalar.properties.isUppercase,
                    hyphenAfter: hyphen, isSentenceInitial: sentenceStart))
            sentenceStart = false
        }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                || (0x30...0x39).contains(scalar.value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// Case and accents folded; "ß" as "ss".
    static func fold(_ text: String) -> String {
        (try? MatchingKey.make(text)) ?? text.lowercased()
    }
}

import DragomanText

/// Word tokens of a text for term recognition: runs of letters and digits (with apostrophes
/// inside words), each with its range in scalar offsets, its folded form, and whether a
/// hyphen joins it to the next token ("UN-Generalversammlung").
package struct TextToken {
    var range: Range<Int>
    var text: String
    var folded: String
    var isCapitalized: Bool
    var hyphenAfter: Bool
    /// The token starts a sentence (nothing but punctuation before it in its segment).
    var isSentenceInitial: Bool
    /// An English possessive: "Pyongyang’s", "Kim's".
    var isPossessive: Bool
    /// Punctuation other than a hyphen stands between this token and the one before
    /// ("Monday, Volodymyr"): a name does not run across it.
    var isAfterPunctuation = false
}

package enum TextTokenizer {
    /// - Complexity: O(n) in the text length.
    package static func tokens(of text: String) -> [TextToken] {
        let scalars = text.unicodeScalars
        var tokens: [TextToken] = []
        var index = scalars.startIndex
        var offset = 0
        var sentenceStart = true
        var punctuationBefore = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isWordScalar(scalar) else {
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" { sentenceStart = true }
                if !scalar.properties.isWhitespace && scalar != "-" && scalar != "\u{2011}" { punctuationBefore = true }
                scalars.formIndex(after: &index)
                offset += 1
                continue
            }
            let start = index
            let startOffset = offset
            var last = scalar
            var isASCII = true
            // Scan the word: word scalars, and apostrophes between word scalars.
            while index < scalars.endIndex {
                let current = scalars[index]
                if isWordScalar(current) {
                    isASCII = isASCII && current.isASCII
                } else if isApostrophe(current) && index > start {
                    let next = scalars.index(after: index)
                    guard next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
                    isASCII = isASCII && current.isASCII
                } else {
                    break
                }
                last = current
                scalars.formIndex(after: &index)
                offset += 1
            }
            let word = String(text[start..<index])
            var hyphen = false
            if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "\u{2011}" {
                let next = scalars.index(after: index)
                hyphen = next < scalars.endIndex && isWordScalar(scalars[next])
            }
            let possessive =
                (last == "s" || last == "S") && offset - startOffset > 2
                && isApostrophe(scalars[scalars.index(index, offsetBy: -2)])
            tokens.append(
                TextToken(
                    range: startOffset..<offset, text: word, folded: isASCII ? asciiFold(word) : MatchingKey.fold(word),
                    isCapitalized: isUppercase(scalar), hyphenAfter: hyphen, isSentenceInitial: sentenceStart,
                    isPossessive: possessive, isAfterPunctuation: punctuationBefore))
            sentenceStart = false
            punctuationBefore = false
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// ``MatchingKey/fold(_:)`` for a word of ASCII letters, digits and apostrophes: lower case, apostrophes
    /// dropped (as the matching key drops them).
    private static func asciiFold(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.contains(where: { (0x41...0x5A).contains($0) || $0 == 0x27 }) else { return word }
        return String(
            unsafeUninitializedCapacity: bytes.count,
            initializingUTF8With: { buffer in
                var count = 0
                for byte in bytes where byte != 0x27 {
                    buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return count
            })
    }
}

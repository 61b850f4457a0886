/// A folding of text for comparing names: two spellings that differ only in case, accents,
/// dash or apostrophe style, quotation marks, soft hyphens or spacing get the same key.
///
/// "Erdoğan" and "ERDOGAN", "P’yŏngyang" and "Pyongyang", "Jae‐in" and "Jae-in" fold
/// together; letters that are distinct in their own right (ø, ł, æ, ß…) fold to their
/// conventional Latin spellings (o, l, ae, ss).
public enum MatchingKey {
    public static func make(_ text: String) throws(ICUError) -> String {
        // Plain ASCII needs no normalisation; names mostly are.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        if let key = latinKey(text) { return key }
        return try generalKey(text)
    }

    /// The key, or the text lower-cased where ICU cannot normalise it (it fails only on
    /// resource exhaustion): for comparisons that must go on rather than fail.
    public static func fold(_ text: String) -> String {
        (try? make(text)) ?? text.lowercased()
    }

    /// The folding through ICU normalisation, for any text.
    static func generalKey(_ text: String) throws(ICUError) -> String {
        let decomposed = try text.normalized(.nfkcCasefold).normalized(.nfd)
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
                continue
            case .spaceSeparator, .lineSeparator, .paragraphSeparator:
                pendingSpace = !key.isEmpty
                continue
            case .dashPunctuation:
                appendFolded("-", to: &key, pendingSpace: &pendingSpace)
                continue
            case .initialPunctuation, .finalPunctuation:
                continue
            default:
                break
            }
            if apostrophesAndQuotes.contains(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if let replacement = letterFoldings[scalar] {
                appendFolded(replacement, to: &key, pendingSpace: &pendingSpace)
            } else {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(scalar)
            }
        }
        return String(key)
    }

    /// The same folding for ASCII text, on bytes.
    private static func asciiKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 { appendASCII(byte, to: &key, pendingSpace: &pendingSpace) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The same folding for text of ASCII and Latin letters (German, French, Turkish, Polish…
    /// words), letter by letter from a table the general folding made; nil for anything else.
    private static func latinKey(_ text: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &key, pendingSpace: &pendingSpace)
                continue
            }
            guard latinLetterRange.contains(scalar.value),
                let folded = latinLetters[Int(scalar.value - latinLetterRange.lowerBound)]
            else { return nil }
            if pendingSpace { key.append(0x20) }
            pendingSpace = false
            key.append(contentsOf: folded.utf8)
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let latinLetterRange: ClosedRange<UInt32> = 0xC0...0x24F

    /// The general folding of each letter of Latin-1 Supplement and Latin Extended-A and -B;
    /// nil for the few non-letters among them (×, ÷). These letters fold one by one.
    private static let latinLetters: [String?] = latinLetterRange.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
            let folded = try? generalKey(String(scalar)), folded.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 })
        else { return nil }
        return folded
    }

    @inline(__always)
    private static func appendASCII(_ byte: UInt8, to key: inout [UInt8], pendingSpace: inout Bool) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            pendingSpace = !key.isEmpty
        case 0x27, 0x22, 0x60, 0x00...0x1F, 0x7F:
            break
        default:
            if pendingSpace { key.append(0x20) }
            pendingSpace = false
            key.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
    }

    private static func appendFolded(_ text: String, to key: inout String.UnicodeScalarView, pendingSpace: inout Bool) {
        if pendingSpace { key.append(" ") }
        pendingSpace = false
        key.append(contentsOf: text.unicodeScalars)
    }

    /// Apostrophes, primes and quotation marks in their ASCII, typographic and modifier-letter
    /// forms: transliterations disagree about them ("P'yŏngyang", "Pʼyŏngyang", "Pyongyang").
    private static let apostrophesAndQuotes: Set<Unicode.Scalar> = [
        "'", "\"", "`", "\u{00B4}", "\u{02B9}", "\u{02BA}", "\u{02BB}", "\u{02BC}", "\u{02BD}",
        "\u{02BE}", "\u{02BF}", "\u{02C8}", "\u{2032}", "\u{2033}", "\u{FF07}", "\u{FF02}",
        // Low-9 quotation marks are "open punctuation" in Unicode, not initial quotes.
        "\u{201A}", "\u{201B}", "\u{201E}", "\u{201F}", "\u{2E42}",
    ]

    /// Letters that do not decompose into a base letter plus a mark.
    private static let letterFoldings: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
        "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ß": "ss", "ĸ": "k",
    ]
}

/// Character classes of UTF-16 code units as the segmentation rules need them.
///
/// Surrogates count as "other" (neither letter nor space): letters outside the Basic
/// Multilingual Plane do not occur where these rules look (around sentence punctuation).
enum CodeUnitClass {
    @inline(__always)
    static func scalar(_ unit: UInt16) -> Unicode.Scalar? { Unicode.Scalar(UInt32(unit)) }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
            0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Separators that always end a segment (line and paragraph separators inside a line).
    static func isHardSeparator(_ unit: UInt16) -> Bool {
        unit == 0x2028 || unit == 0x2029 || unit == 0x85 || unit == 0x0B || unit == 0x0C
    }

    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
        return scalar(unit)?.properties.isAlphabetic ?? false
    }

    @inline(__always)
    static func isUpper(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
        guard let properties = scalar(unit)?.properties else { return false }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    /// a–z: most of a line, and nothing any of the segmenter's scans looks for, so they skip
    /// these first.
    @inline(__always)
    static func isASCIILower(_ unit: UInt16) -> Bool { unit >= 0x61 && unit <= 0x7A }

    @inline(__always)
    static func isLower(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILower(unit) }
        return scalar(unit)?.properties.isLowercase ?? false
    }

    @inline(__always)
    static func isDigit(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x30 && unit <= 0x39 }
        return scalar(unit)?.properties.numericType == .decimal
    }

    static func isLetterOrDigit(_ unit: UInt16) -> Bool { isLetter(unit) || isDigit(unit) }

    /// Full stops: ASCII, fullwidth, halfwidth ideographic and ideographic.
    static func isFullStop(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0xFF0E || unit == 0xFF61 || unit == 0x3002
    }

    static func isTerminator(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF0E, 0xFF01, 0xFF1F, 0xFF61, 0x3002:
            return true
        default:
            return false
        }
    }

    /// Terminators that end a sentence without following space in East Asian and fullwidth text.
    static func isWideTerminator(_ unit: UInt16) -> Bool {
        unit == 0xFF0E || unit == 0xFF01 || unit == 0xFF1F || unit == 0x3002 || unit == 0xFF61
    }

    /// Closing quotation marks and brackets that stay with the sentence they close. German
    /// quotes close with “ and ‘, French-style German quotes with «, so both directions count.
    static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0xAB, 0x2018, 0x2019, 0x201C, 0x201D, 0x2039, 0x203A,
            0x300D, 0x300F, 0xFF09:
            return true
        default:
            return false
        }
    }

    /// Opening quotation marks and brackets that may precede a sentence's first word.
    static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0xBB, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039, 0x203A,
            0xBF, 0xA1, 0x300C, 0x300E, 0xFF08:
            return true
        default:
            return false
        }
    }

    /// List bullets: a bullet after white space starts a new segment.
    static func isBullet(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7,
            0x25BA, 0x25B6, 0x27A2, 0x27A4, 0x2713, 0x2714, 0x2219:
            return true
        default:
            return false
        }
    }

    static func isDash(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2013 || unit == 0x2014 || unit == 0x2212 }
}

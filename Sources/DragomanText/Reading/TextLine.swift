/// One line of a decoded text, without its line terminator, as UTF-16 for ICU, with the
/// position of its first character in the whole text.
public struct TextLine: Sendable {
    public var units: [UInt16]
    /// Offset of the line's first character in the text, in Unicode scalar values.
    public var scalarStart: Int
    /// 1-based line number in the file.
    public var number: Int
    /// Whether `units` holds surrogate pairs (characters outside the Basic Multilingual Plane),
    /// so that UTF-16 offsets and scalar offsets differ.
    public var hasSurrogates: Bool

    public init(units: [UInt16], scalarStart: Int, number: Int, hasSurrogates: Bool? = nil) {
        self.units = units
        self.scalarStart = scalarStart
        self.number = number
        self.hasSurrogates = hasSurrogates ?? units.contains { UTF16.isLeadSurrogate($0) }
    }

    /// The line as a string.
    public var text: String { units.withUnsafeBufferPointer { String(utf16: $0) } }

    /// Number of Unicode scalar values in the line.
    public var scalarCount: Int { scalarOffset(ofUTF16: units.count) }

    /// The scalar offset, within the line, of a UTF-16 offset within the line.
    func scalarOffset(ofUTF16 offset: Int) -> Int {
        guard hasSurrogates else { return offset }
        var trailing = 0
        for index in 0..<offset where UTF16.isTrailSurrogate(units[index]) { trailing += 1 }
        return offset - trailing
    }

    /// A range of UTF-16 offsets in the line as a range of scalar offsets in the whole text.
    public func scalarRange(ofUTF16 range: Range<Int>) -> Range<Int> {
        (scalarStart + scalarOffset(ofUTF16: range.lowerBound))..<(scalarStart + scalarOffset(ofUTF16: range.upperBound))
    }
}

/// Splits an in-memory text into lines at LF, CR LF and CR.
public enum TextLines {
    public static func forEachLine(in text: String, _ body: (TextLine) throws -> Void) throws {
        var units: [UInt16] = []
        var scalarOffset = 0
        var lineStart = 0
        var number = 1
        var previousWasCR = false
        var surrogates = false
        for unit in text.utf16 {
            if unit == 0x0A || unit == 0x0D {
                if !(unit == 0x0A && previousWasCR) {
                    try body(TextLine(units: units, scalarStart: lineStart, number: number, hasSurrogates: surrogates))
                    number += 1
                    units.removeAll(keepingCapacity: true)
                    surrogates = false
                }
                previousWasCR = unit == 0x0D
                scalarOffset += 1
                lineStart = scalarOffset
                continue
            }
            previousWasCR = false
            units.append(unit)
            if UTF16.isLeadSurrogate(unit) {
                surrogates = true
            } else {
                scalarOffset += 1
            }
        }
        if !units.isEmpty {
            try body(TextLine(units: units, scalarStart: lineStart, number: number, hasSurrogates: surrogates))
        }
    }
}

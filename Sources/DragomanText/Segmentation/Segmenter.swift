/// Cuts text into the sentence segments translators work in.
///
/// Built on ICU's sentence break iterator (plain rules for the language, without ICU's
/// abbreviation suppression, which also swallows breaks after every word ending in "r." or
/// "b.") plus Dragoman's rules: whole-word abbreviation lists, German ordinals and dates,
/// initials, list items, ellipses, quotations and links. Every line break is a boundary.
/// Languages without shipped rules get ICU's boundaries with the language-independent rules.
///
/// Safe to share between threads.
public final class Segmenter: Sendable {
    public let language: LanguageCode
    public let rules: SegmentationRules
    private let sentenceBreaks: BreakIterator

    public init(language: LanguageCode, rules: SegmentationRules? = nil) throws(ICUError) {
        self.language = language
        self.rules = rules ?? SegmentationRules.shipped(for: language) ?? .empty
        sentenceBreaks = try BreakIterator(.sentence, locale: language.icuLocale)
    }

    /// The segments of a whole text. For large files use ``SegmentStream``, which reads and
    /// segments line by line in bounded memory.
    public func segments(in text: String) throws -> [Segment] {
        var segments: [Segment] = []
        var scratch = Scratch()
        try TextLines.forEachLine(in: text) { line in
            try segment(line, scratch: &scratch) { range, text, translatable in
                segments.append(Segment(index: segments.count, range: range, text: text, isTranslatable: translatable))
            }
        }
        return segments
    }

    /// Reusable buffers for segmenting many lines.
    public struct Scratch {
        var boundaries: [Int32] = []
        var statuses: [Int32] = []
        public init() {}
    }

    /// Segments one line; `emit` receives each segment's scalar range in the document, its
    /// text and whether it is translatable.
    public func segment(
        _ line: TextLine, scratch: inout Scratch, emit: (Range<Int>, String, Bool) throws -> Void
    ) throws {
        guard line.units.contains(where: { !CodeUnitClass.isSpace($0) }) else { return }
        try line.units.withUnsafeBufferPointer { units in
            let found = try sentenceBreaks.fillBoundaries(
                in: units, boundaries: &scratch.boundaries, ruleStatus: &scratch.statuses)
            let ranges = LineSegmentation(units: units, rules: rules)
                .segmentRanges(icuBoundaries: scratch.boundaries[0..<found])
            for range in ranges {
                let piece = UnsafeBufferPointer(rebasing: units[range])
                let translatable = piece.contains(where: CodeUnitClass.isLetterOrDigit)
                try emit(line.scalarRange(ofUTF16: range), String(utf16: piece), translatable)
            }
        }
    }
}

import DragomanAlign
import DragomanGlossary
import DragomanStore
import DragomanText

/// Turns an article, and optionally its translation, into a document for the project store.
///
/// Without a translation every translatable segment is its own unit, status new. With one,
/// the two are aligned and each bead with source segments becomes a unit (2-1 and 3-1 beads
/// make units of several segments) whose target is the bead's target sentences joined, origin
/// aligned, status translated. A target sentence with no source (a 0-1 bead) is kept: it joins
/// the preceding unit's target (the following one's at the start), so no translated text is
/// lost; a source segment with no target (1-0) stays new.
public struct DocumentBuilder: Sendable {
    public var aligner: SentenceAligner?

    public init(aligner: SentenceAligner? = nil) { self.aligner = aligner }

    public func document(
        for article: Article, translation: Article? = nil, targetLanguage: LanguageCode
    ) -> NewDocument {
        let segments = article.segments.map {
            NewDocument.Segment(text: $0.text, range: $0.range, isTranslatable: $0.isTranslatable)
        }
        // Positions in `segments` of the translatable ones, which alone are aligned.
        let translatable = article.segments.indices.filter { article.segments[$0].isTranslatable }
        var units: [NewDocument.Unit]
        if let translation {
            let targets = translation.translatableSegments.map(\.text)
            let aligner =
                self.aligner
                ?? SentenceAligner(
                    sourceLanguage: article.language, targetLanguage: translation.language, dictionary: nil)
            let beads = aligner.align(source: translatable.map { article.segments[$0].text }, target: targets)
            units = Self.units(beads: beads, translatable: translatable, targets: targets)
        } else {
            units = translatable.map { NewDocument.Unit(segments: $0..<($0 + 1)) }
        }
        return NewDocument(
            name: article.name, path: article.path, format: article.format, sourceLanguage: article.language,
            targetLanguage: targetLanguage, originalText: article.originalText, segments: segments, units: units)
    }

    static func units(beads: [Bead], translatable: [Int], targets: [String]) -> [NewDocument.Unit] {
        var units: [NewDocument.Unit] = []
        var orphans: [String] = []  // target sentences met before any unit
        for bead in beads {
            let text = bead.target.map { targets[$0] }.joined(separator: " ")
            guard let first = bead.source.first, let last = bead.source.last else {
                if units.isEmpty {
                    orphans.append(text)
                } else {
                    let previous = units[units.count - 1]
                    units[units.count - 1].target = [previous.target, text].compactMap { $0 }.joined(separator: " ")
                    units[units.count - 1].targetSegmentCount = (previous.targetSegmentCount ?? 0) + bead.target.count
                    if previous.target == nil {
                        units[units.count - 1].status = .translated
                        units[units.count - 1].origin = .aligned
                    }
                }
                continue
            }
            // Source segments of a bead are consecutive among the translatable ones; the unit
            // spans them in the document (with any untranslatable segment between them).
            let range = translatable[first]..<(translatable[last] + 1)
            var unit = NewDocument.Unit(segments: range, alignmentScore: bead.score)
            var targetCount = bead.target.count
            var pieces = bead.target.isEmpty ? [] : [text]
            if !orphans.isEmpty {
                targetCount += orphans.count
                pieces.insert(contentsOf: orphans, at: 0)
                orphans = []
            }
            if !pieces.isEmpty {
                unit.target = pieces.joined(separator: " ")
                unit.status = .translated
                unit.origin = .aligned
                unit.targetSegmentCount = targetCount
            }
            units.append(unit)
        }
        return units
    }
}

extension DocumentBuilder {
    /// A builder that aligns `article` with a translation the way `add` does: with the given
    /// dictionary files, narrowed to the article's words, and the glossaries.
    public static func aligning(
        _ article: Article, to targetLanguage: LanguageCode, dictionaries: [String], glossaries: [Glossary]
    ) throws -> DocumentBuilder {
        let dictionary = try BilingualDictionary.forAlignment(
            files: dictionaries, source: article.language, target: targetLanguage,
            sourceSegments: article.translatableSegments.map(\.text), glossaries: glossaries)
        return DocumentBuilder(
            aligner: SentenceAligner(
                sourceLanguage: article.language, targetLanguage: targetLanguage, dictionary: dictionary))
    }
}

import DragomanStore
import DragomanText

/// How a unit of several source segments is split (an alignment fix in the editor): one unit per
/// segment. When the target has as many sentences as the source has segments, each part takes
/// its sentence and keeps the unit's status; otherwise the whole target stays with the first
/// part as a draft, and the others start empty, for the translator to divide it.
public enum UnitSplit {
    public static func parts(of unit: TranslationUnit, targetLanguage: LanguageCode) throws -> [UnitPart] {
        let count = unit.segmentIDs.count
        guard let target = unit.target, !target.trimmingWhitespace.isEmpty else {
            return Array(repeating: UnitPart(target: nil, status: .new), count: count)
        }
        let sentences = try Segmenter(language: targetLanguage).segments(in: target).filter(\.isTranslatable)
        if sentences.count == count {
            return sentences.map { UnitPart(target: $0.text, status: unit.status) }
        }
        return [UnitPart(target: target, status: .draft)]
            + Array(repeating: UnitPart(target: nil, status: .new), count: count - 1)
    }
}

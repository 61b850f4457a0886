import DragomanStore
import DragomanText

/// How far a document has come: its units and source words by status, as `status` and the
/// workbench show them.
public struct DocumentProgress: Encodable, Sendable {
    public var document: Int64
    public var name: String
    public var languages: String
    /// Units by status name; statuses with none are left out.
    public var units: [String: Int]
    /// Source words (white-space separated) by status name.
    public var words: [String: Int]
    public var totalUnits: Int
    public var totalWords: Int
    /// Units marked for alignment review (`TranslationUnit.needsAlignmentReview`).
    public var alignmentReview: Int

    /// The share (0–100, rounded) of the document's words in units of `status`.
    public func percentOfWords(_ status: UnitStatus) -> Int {
        Int((Double(words[status.rawValue] ?? 0) / Double(max(totalWords, 1)) * 100).rounded())
    }

    public init(document: ProjectDocument, units documentUnits: [TranslationUnit]) {
        var units: [String: Int] = [:]
        var words: [String: Int] = [:]
        var alignmentReview = 0
        for unit in documentUnits {
            if unit.needsAlignmentReview { alignmentReview += 1 }
            units[unit.status.rawValue, default: 0] += 1
            words[unit.status.rawValue, default: 0] += unit.source.split(whereSeparator: \.isWhitespace).count
        }
        self.document = document.id
        name = document.name
        languages = "\(document.sourceLanguage)→\(document.targetLanguage)"
        self.units = units
        self.words = words
        totalUnits = units.values.reduce(0, +)
        totalWords = words.values.reduce(0, +)
        self.alignmentReview = alignmentReview
    }

    /// Every document of a project, in order.
    public static func all(in store: any ProjectStore) throws -> [DocumentProgress] {
        try store.documents().map { DocumentProgress(document: $0, units: try store.units(document: $0.id)) }
    }
}

import DragomanGlossary
import DragomanStore
import DragomanText

/// The units of a project as a translator looks them over: each with the positions of its source
/// segments in its document, its target, status and origin, and the glossary names in its source
/// with their preferred target forms.
///
/// Units are numbered by their id (from 1, never changing); segments by their position in their
/// document (from 0), as `segment`, `align` and the summaries number them.
public struct ListedUnit: Encodable, Sendable {
    public struct Name: Encodable, Sendable {
        public var text: String
        public var entry: String
        public var preferred: String?
        public var status: String?
    }

    public var unit: Int64
    public var document: Int64
    /// Positions (from 0) of the unit's source segments in its document.
    public var segments: [Int]
    public var source: String
    public var target: String?
    public var status: UnitStatus
    /// What a change names as its basis (`set --based-on`).
    public var version: Int
    public var origin: UnitOrigin?
    /// The alignment score, to three decimals.
    public var score: Double?
    /// Marked for review: an aligned target whose bead scored below the review threshold.
    public var alignmentReview: Bool
    public var names: [Name]

    /// The units of one document, or of all documents when `document` is nil, in document order.
    public static func list(
        in store: any ProjectStore, glossaries: [Glossary], document: Int64? = nil
    ) throws -> [ListedUnit] {
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        return try documents.flatMap { document in
            let recognizer = try TermRecognizer(
                glossaries: glossaries, sourceLanguage: document.sourceLanguage,
                targetLanguage: document.targetLanguage)
            let positions = Dictionary(
                uniqueKeysWithValues: try store.segments(document: document.id).map { ($0.id, $0.position) })
            return try store.units(document: document.id).map { unit in
                let names = recognizer.matches(in: unit.source).compactMap { match in
                    match.entryID.map {
                        Name(
                            text: match.text, entry: $0, preferred: match.preferredTarget,
                            status: match.status?.rawValue)
                    }
                }
                return ListedUnit(
                    unit: unit.id, document: unit.documentID, segments: unit.segmentIDs.compactMap { positions[$0] },
                    source: unit.source, target: unit.target, status: unit.status, version: unit.version,
                    origin: unit.origin,
                    score: unit.alignmentScore.map { ($0 * 1000).rounded() / 1000 },
                    alignmentReview: unit.needsAlignmentReview, names: names)
            }
        }
    }
}

/// One source sentence of a document, with its place in the original file.
public struct ProjectSegment: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var documentID: Int64
    /// 0-based position in the document.
    public var position: Int
    public var text: String
    /// Half-open offsets in Unicode scalars of the document's original text.
    public var start: Int
    public var end: Int
    /// False for segments with no letter or digit (rules, ornaments): they get no unit.
    public var isTranslatable: Bool
    /// The unit the segment belongs to, if it is translatable.
    public var unitID: Int64?

    public init(
        id: Int64, documentID: Int64, position: Int, text: String, start: Int, end: Int, isTranslatable: Bool,
        unitID: Int64?
    ) {
        self.id = id
        self.documentID = documentID
        self.position = position
        self.text = text
        self.start = start
        self.end = end
        self.isTranslatable = isTranslatable
        self.unitID = unitID
    }
}

/// One sentence-like piece of a document: what a translator works on.
public struct Segment: Hashable, Sendable, Codable {
    /// 0-based position of the segment in its document.
    public var index: Int
    /// Half-open range in Unicode scalar values of the decoded original text; the segment's
    /// text is exactly that slice (no surrounding white space).
    public var range: Range<Int>
    public var text: String
    /// False for segments holding no letter or digit (a stray ":" or "***"): they are kept so
    /// the document can be rebuilt, and skipped by translation steps.
    public var isTranslatable: Bool

    public init(index: Int, range: Range<Int>, text: String, isTranslatable: Bool) {
        self.index = index
        self.range = range
        self.text = text
        self.isTranslatable = isTranslatable
    }
}

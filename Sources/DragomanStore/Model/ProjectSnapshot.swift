import Foundation

/// Everything a project holds, with its ids: what `project copy` moves from one store to another
/// (an SQLite file, a project in a PostgreSQL database) without losing anything.
public struct ProjectSnapshot: Sendable, Hashable {
    public var info: ProjectInfo
    public var documents: [ProjectDocument]
    public var segments: [ProjectSegment]
    public var units: [TranslationUnit]
    /// Every unit's history, oldest first.
    public var changes: [UnitChange]
    public var comments: [UnitComment]
    public var glossaries: [AttachedGlossary]
    public var memory: [MemoryUnit]
    public var reviewExports: [ReviewExport]
    /// The next id each kind of row would get (ids are never reused, even after a join deleted a unit).
    public var nextIDs: NextIDs

    public struct NextIDs: Sendable, Hashable {
        public var document: Int64
        public var unit: Int64
        public var segment: Int64
        public var memory: Int64

        public init(document: Int64, unit: Int64, segment: Int64, memory: Int64) {
            self.document = document
            self.unit = unit
            self.segment = segment
            self.memory = memory
        }
    }

    public init(
        info: ProjectInfo, documents: [ProjectDocument], segments: [ProjectSegment], units: [TranslationUnit],
        changes: [UnitChange], comments: [UnitComment], glossaries: [AttachedGlossary], memory: [MemoryUnit],
        reviewExports: [ReviewExport], nextIDs: NextIDs
    ) {
        self.info = info
        self.documents = documents
        self.segments = segments
        self.units = units
        self.changes = changes
        self.comments = comments
        self.glossaries = glossaries
        self.memory = memory
        self.reviewExports = reviewExports
        self.nextIDs = nextIDs
    }

    /// How much it holds, as `project copy` reports it.
    public var summary: String {
        "\(documents.count) document(s), \(units.count) unit(s), \(segments.count) segment(s), "
            + "\(changes.count) history entries, \(comments.count) comment(s), \(glossaries.count) glossary(ies), "
            + "\(memory.count) memory unit(s), \(reviewExports.count) review export(s)"
    }
}

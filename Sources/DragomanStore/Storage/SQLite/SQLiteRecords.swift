import Foundation
import GRDB

// GRDB conformances of the model types whose columns are their properties.

extension ProjectInfo: FetchableRecord {
    public init(row: Row) throws {
        self.init(id: row["id"], createdAt: row["createdAt"], formatVersion: SQLiteProjectStore.formatVersion)
    }
}

extension ProjectDocument: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"
}

extension ProjectDocument.Format: DatabaseValueConvertible {}
extension UnitStatus: DatabaseValueConvertible {}
extension UnitOrigin: DatabaseValueConvertible {}

extension ProjectSegment: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "segment"

    /// Read column by column, not through `Decodable` (an export reads every segment).
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), documentID: try row.decode(forColumn: "documentID"),
            position: try row.decode(forColumn: "position"), text: try row.decode(forColumn: "text"),
            start: try row.decode(forColumn: "start"), end: try row.decode(forColumn: "end"),
            isTranslatable: try row.decode(forColumn: "isTranslatable"),
            unitID: try row.decode(forColumn: "unitID"))
    }
}

extension UnitChange: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "unitChange"
}

extension AttachedGlossary: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "glossary"
}

extension MemoryUnit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "memoryUnit"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A unit as its table holds it; its segment ids live in the segment table.
struct UnitRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "unit"

    var id: Int64?
    var documentID: Int64
    var position: Int
    var source: String
    var target: String?
    var status: UnitStatus
    var origin: UnitOrigin?
    var targetSegmentCount: Int?
    var alignmentScore: Double?
    var updatedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let documentID = Column(CodingKeys.documentID)
        static let position = Column(CodingKeys.position)
        static let source = Column(CodingKeys.source)
        static let target = Column(CodingKeys.target)
        static let status = Column(CodingKeys.status)
        static let origin = Column(CodingKeys.origin)
        static let targetSegmentCount = Column(CodingKeys.targetSegmentCount)
        static let alignmentScore = Column(CodingKeys.alignmentScore)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func unit(segmentIDs: [Int64]) -> TranslationUnit {
        TranslationUnit(
            id: id!, documentID: documentID, position: position, segmentIDs: segmentIDs, source: source,
            target: target, status: status, origin: origin, targetSegmentCount: targetSegmentCount,
            alignmentScore: alignmentScore, updatedAt: updatedAt)
    }
}

extension UnitRow {
    /// Read column by column rather than through `Decodable`, which costs several times as
    /// much per row and shows in an export of 50,000 units.
    init(row: Row) throws {
        id = try row.decode(forColumn: Columns.id)
        documentID = try row.decode(forColumn: Columns.documentID)
        position = try row.decode(forColumn: Columns.position)
        source = try row.decode(forColumn: Columns.source)
        target = try row.decode(forColumn: Columns.target)
        status = try row.decode(forColumn: Columns.status)
        origin = try row.decode(forColumn: Columns.origin)
        targetSegmentCount = try row.decode(forColumn: Columns.targetSegmentCount)
        alignmentScore = try row.decode(forColumn: Columns.alignmentScore)
        updatedAt = try row.decode(forColumn: Columns.updatedAt)
    }
}

/// A document row before insertion (the id is assigned by SQLite).
struct DocumentRow: Codable, MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var name: String
    var path: String
    var format: ProjectDocument.Format
    var sourceLanguage: String
    var targetLanguage: String?
    var originalText: String
    var createdAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct SegmentRow: Codable, MutablePersistableRecord {
    static let databaseTableName = "segment"

    var id: Int64?
    var documentID: Int64
    var position: Int
    var text: String
    var start: Int
    var end: Int
    var isTranslatable: Bool
    var unitID: Int64?
}

import DragomanText
import Foundation
internal import GRDB

// The tables' rows. GRDB stays internal to this module: the public model types are plain
// values, and each table has a row type here that converts to and from them.

extension Row {
    /// A column holding an enumeration's raw value (the public enumerations cannot conform to
    /// GRDB's protocols without making GRDB part of the module's interface).
    func decode<Value: RawRepresentable>(_: Value.Type, forColumn column: Column) throws -> Value?
    where Value.RawValue == String {
        guard let raw: String = try decode(forColumn: column) else { return nil }
        guard let value = Value(rawValue: raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "\(column.name) holds an unknown value: \(raw)"))
        }
        return value
    }
}

/// A model type stored as-is: its coding keys are its table's columns.
protocol StoredAsColumns: Codable {
    static var tableName: String { get }
}

extension UnitChange: StoredAsColumns { static var tableName: String { "unitChange" } }
extension AttachedGlossary: StoredAsColumns { static var tableName: String { "glossary" } }
extension UnitComment: StoredAsColumns { static var tableName: String { "unitComment" } }

/// The row of a ``StoredAsColumns`` model.
struct StoredRow<Model: StoredAsColumns>: Codable, FetchableRecord, PersistableRecord {
    static var databaseTableName: String { Model.tableName }
    var model: Model

    init(_ model: Model) { self.model = model }
    init(from decoder: any Decoder) throws { model = try Model(from: decoder) }
    func encode(to encoder: any Encoder) throws { try model.encode(to: encoder) }
}

/// Languages are stored as their tags; the one fallback for rows without a target language (written
/// before every document had one) is English, as `add` has always defaulted to.
extension LanguageCode {
    init(stored tag: String?, file: String, fallback: LanguageCode? = nil) throws {
        if let tag, let code = LanguageCode(tag) {
            self = code
        } else if let fallback {
            self = fallback
        } else {
            throw ProjectError.notAProject(path: file, reason: "a stored language tag does not parse: \(tag ?? "none")")
        }
    }
}

struct MemoryUnitRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "memoryUnit"

    var id: Int64?
    var sourceLanguage: String
    var targetLanguage: String
    var source: String
    var target: String
    var unitID: Int64?
    var status: String?
    var creator: String
    var createdAt: Date
    var changedAt: Date

    init(_ unit: MemoryUnit) {
        (id, sourceLanguage, targetLanguage, source, target) = (
            unit.id, unit.sourceLanguage.tag, unit.targetLanguage.tag, unit.source, unit.target
        )
        (unitID, status, creator, createdAt, changedAt) = (
            unit.unitID, unit.status, unit.creator, unit.createdAt, unit.changedAt
        )
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func unit(file: String) throws -> MemoryUnit {
        MemoryUnit(
            id: id, sourceLanguage: try LanguageCode(stored: sourceLanguage, file: file),
            targetLanguage: try LanguageCode(stored: targetLanguage, file: file), source: source, target: target,
            unitID: unitID, status: status, creator: creator, createdAt: createdAt, changedAt: changedAt)
    }
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
    var version: Int

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
        static let version = Column(CodingKeys.version)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func unit(segmentIDs: [Int64]) -> TranslationUnit {
        TranslationUnit(
            id: id!, documentID: documentID, position: position, segmentIDs: segmentIDs, source: source,
            target: target, status: status, origin: origin, targetSegmentCount: targetSegmentCount,
            alignmentScore: alignmentScore, updatedAt: updatedAt, version: version)
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
        status = try row.decode(UnitStatus.self, forColumn: Columns.status) ?? .new
        origin = try row.decode(UnitOrigin.self, forColumn: Columns.origin)
        targetSegmentCount = try row.decode(forColumn: Columns.targetSegmentCount)
        alignmentScore = try row.decode(forColumn: Columns.alignmentScore)
        updatedAt = try row.decode(forColumn: Columns.updatedAt)
        version = try row.decode(forColumn: Columns.version)
    }
}

/// A document row before insertion (the id is assigned by SQLite).
struct DocumentRow: Codable, FetchableRecord, MutablePersistableRecord {
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

    func document(file: String) throws -> ProjectDocument {
        ProjectDocument(
            id: id!, name: name, path: path, format: format,
            sourceLanguage: try LanguageCode(stored: sourceLanguage, file: file),
            targetLanguage: try LanguageCode(stored: targetLanguage, file: file, fallback: .english),
            originalText: originalText, createdAt: createdAt)
    }
}

struct SegmentRow: Codable, FetchableRecord, MutablePersistableRecord {
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

extension SegmentRow {
    /// Read column by column, not through `Decodable` (an export reads every segment).
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        documentID = try row.decode(forColumn: "documentID")
        position = try row.decode(forColumn: "position")
        text = try row.decode(forColumn: "text")
        start = try row.decode(forColumn: "start")
        end = try row.decode(forColumn: "end")
        isTranslatable = try row.decode(forColumn: "isTranslatable")
        unitID = try row.decode(forColumn: "unitID")
    }

    var segment: ProjectSegment {
        ProjectSegment(
            id: id!, documentID: documentID, position: position, text: text, start: start, end: end,
            isTranslatable: isTranslatable, unitID: unitID)
    }
}

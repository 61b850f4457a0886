import Foundation
internal import GRDB

extension SQLiteProjectStore {
    public var info: ProjectInfo {
        get throws {
            try read("reading the project") { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT id, createdAt FROM project") else {
                    throw ProjectError.notAProject(path: path, reason: "no project row")
                }
                return ProjectInfo(id: row["id"], createdAt: row["createdAt"], formatVersion: Self.formatVersion)
            }
        }
    }

    public func documents() throws -> [ProjectDocument] {
        try read("reading documents") { db in
            try DocumentRow.order(Column("id")).fetchAll(db).map { try $0.document(file: path) }
        }
    }

    public func document(id: Int64) throws -> ProjectDocument {
        try read("reading document \(id)") { db in
            guard let row = try DocumentRow.fetchOne(db, key: id) else {
                throw ProjectError.unknownDocument(path: path, id: id)
            }
            return try row.document(file: path)
        }
    }

    public func segments(document: Int64) throws -> [ProjectSegment] {
        try read("reading segments") { db in
            try SegmentRow.filter(Column("documentID") == document).order(Column("position")).fetchAll(db).map(
                \.segment)
        }
    }

    public func units(document: Int64?) throws -> [TranslationUnit] {
        try read("reading units") { db in
            if let document, try DocumentRow.fetchOne(db, key: document) == nil {
                throw ProjectError.unknownDocument(path: path, id: document)
            }
            var rows = UnitRow.all()
            var members = SQLRequest<Row>(
                sql: "SELECT id, unitID FROM segment WHERE unitID IS NOT NULL ORDER BY position")
            if let document {
                rows = rows.filter(Column("documentID") == document)
                members = SQLRequest<Row>(
                    sql: "SELECT id, unitID FROM segment WHERE unitID IS NOT NULL AND documentID = ? ORDER BY position",
                    arguments: [document])
            }
            var segmentIDs: [Int64: [Int64]] = [:]
            for row in try members.fetchAll(db) {
                segmentIDs[row["unitID"], default: []].append(row["id"])
            }
            return try rows.order(Column("documentID"), Column("position")).fetchAll(db).map {
                $0.unit(segmentIDs: segmentIDs[$0.id!] ?? [])
            }
        }
    }

    public func unit(id: Int64) throws -> TranslationUnit {
        try read("reading unit \(id)") { db in try fetchUnit(db, id: id) }
    }

    /// Through cached statements: a review's merge reads thousands of units one by one.
    func fetchUnit(_ db: Database, id: Int64) throws -> TranslationUnit {
        let unit = try db.cachedStatement(sql: "SELECT * FROM unit WHERE id = ?")
        guard let row = try Row.fetchOne(unit, arguments: [id]) else {
            throw ProjectError.unknownUnit(path: path, id: id)
        }
        let segments = try db.cachedStatement(sql: "SELECT id FROM segment WHERE unitID = ? ORDER BY position")
        return try UnitRow(row: row).unit(segmentIDs: try Int64.fetchAll(segments, arguments: [id]))
    }

    public func history(unit: Int64) throws -> [UnitChange] {
        try read("reading the history of unit \(unit)") { db in
            guard try UnitRow.fetchOne(db, key: unit) != nil else {
                throw ProjectError.unknownUnit(path: path, id: unit)
            }
            return try StoredRow<UnitChange>.filter(Column("unitID") == unit).order(Column("id")).fetchAll(db).map(
                \.model)
        }
    }

    public func glossaries() throws -> [AttachedGlossary] {
        try read("reading glossaries") { db in
            try StoredRow<AttachedGlossary>.order(Column("name")).fetchAll(db).map(\.model)
        }
    }

    public func reviewExport(id: String) throws -> ReviewExport? {
        try read("reading export \(id)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT format, createdAt FROM reviewExport WHERE id = ?", arguments: [id])
            else { return nil }
            let units = try Row.fetchAll(
                db,
                sql:
                    "SELECT unitID, version, target, status FROM reviewExportUnit WHERE reviewExportID = ? ORDER BY unitID",
                arguments: [id]
            ).map { unit in
                ReviewExport.Base(
                    unitID: unit["unitID"], version: unit["version"], target: unit["target"],
                    status: try unit.decode(UnitStatus.self, forColumn: Column("status")) ?? .new)
            }
            return ReviewExport(id: id, format: row["format"], createdAt: row["createdAt"], units: units)
        }
    }

    public func memoryUnits() throws -> [MemoryUnit] {
        try read("reading the translation memory") { db in
            try MemoryUnitRow.order(Column("id")).fetchAll(db).map { try $0.unit(file: path) }
        }
    }
}

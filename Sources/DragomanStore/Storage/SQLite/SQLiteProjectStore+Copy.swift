import Foundation
internal import GRDB

// `project copy`: the whole project with its ids, out of one read and into one transaction.
extension SQLiteProjectStore {
    public func snapshot() throws -> ProjectSnapshot {
        let info = try self.info
        let exportIDs = try read("reading exports") { db in
            try String.fetchAll(db, sql: "SELECT id FROM reviewExport ORDER BY createdAt, id")
        }
        let exports = try exportIDs.compactMap { try reviewExport(id: $0) }
        return try read("reading the whole project") { db in
            var members: [Int64: [Int64]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT id, unitID FROM segment WHERE unitID IS NOT NULL ORDER BY documentID, position")
            {
                members[row["unitID"], default: []].append(row["id"])
            }
            let units = try Row.fetchAll(db, sql: "SELECT * FROM unit ORDER BY documentID, position").map {
                let row = try UnitRow(row: $0)
                return row.unit(segmentIDs: members[row.id!] ?? [])
            }
            var sequences: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence") {
                sequences[row["name"]] = row["seq"]
            }
            return ProjectSnapshot(
                info: info,
                documents: try DocumentRow.order(Column("id")).fetchAll(db).map { try $0.document(file: path) },
                segments: try Row.fetchAll(db, sql: "SELECT * FROM segment ORDER BY documentID, position").map {
                    try SegmentRow(row: $0).segment
                },
                units: units,
                changes: try StoredRow<UnitChange>.order(Column("id")).fetchAll(db).map(\.model),
                comments: try StoredRow<UnitComment>.order(Column("id")).fetchAll(db).map(\.model),
                glossaries: try StoredRow<AttachedGlossary>.order(Column("name")).fetchAll(db).map(\.model),
                memory: try MemoryUnitRow.order(Column("id")).fetchAll(db).map { try $0.unit(file: path) },
                reviewExports: exports,
                nextIDs: .init(
                    document: (sequences["document"] ?? 0) + 1, unit: (sequences["unit"] ?? 0) + 1,
                    segment: (sequences["segment"] ?? 0) + 1, memory: (sequences["memoryUnit"] ?? 0) + 1))
        }
    }

    public func restore(_ snapshot: ProjectSnapshot) throws {
        try write("copying a project in") { db in
            let filled =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT COUNT(*) FROM document) + (SELECT COUNT(*) FROM glossary)
                        + (SELECT COUNT(*) FROM memoryUnit)
                        """) ?? 0
            guard filled == 0 else {
                throw ProjectError.invalidDocument(path: path, reason: "the project to copy into is not empty")
            }
            try db.execute(
                sql: "UPDATE project SET id = ?, createdAt = ?",
                arguments: [snapshot.info.id, snapshot.info.createdAt])
            for document in snapshot.documents {
                var row = DocumentRow(
                    id: document.id, name: document.name, path: document.path, format: document.format,
                    sourceLanguage: document.sourceLanguage.tag, targetLanguage: document.targetLanguage.tag,
                    originalText: document.originalText, createdAt: document.createdAt)
                try row.insert(db)
            }
            for unit in snapshot.units {
                var row = UnitRow(
                    id: unit.id, documentID: unit.documentID, position: unit.position, source: unit.source,
                    target: unit.target, status: unit.status, origin: unit.origin,
                    targetSegmentCount: unit.targetSegmentCount, alignmentScore: unit.alignmentScore,
                    updatedAt: unit.updatedAt, version: unit.version)
                try row.insert(db)
            }
            for segment in snapshot.segments {
                var row = SegmentRow(
                    id: segment.id, documentID: segment.documentID, position: segment.position, text: segment.text,
                    start: segment.start, end: segment.end, isTranslatable: segment.isTranslatable,
                    unitID: segment.unitID)
                try row.insert(db)
            }
            for change in snapshot.changes { try StoredRow(change).insert(db) }
            for comment in snapshot.comments { try StoredRow(comment).insert(db) }
            for glossary in snapshot.glossaries { try StoredRow(glossary).insert(db) }
            for unit in snapshot.memory {
                var row = MemoryUnitRow(unit)
                try row.insert(db)
            }
            for export in snapshot.reviewExports { try insert(db, export) }
            // Ids are never reused: the next of each kind continues where the copied project was.
            let next = snapshot.nextIDs
            for (table, value) in [
                ("document", next.document), ("unit", next.unit), ("segment", next.segment),
                ("memoryUnit", next.memory),
            ] {
                try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [table])
                if value > 1 {
                    try db.execute(
                        sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table, value - 1])
                }
            }
        }
    }
}

import DragomanText
import Foundation
internal import GRDB

// Alignment fixes and comment threads: changes to the shape of a document's units, each in one
// transaction, each recorded in the history.
extension SQLiteProjectStore {
    public func join(unit id: Int64, basedOn: Int, nextBasedOn: Int, author: String) throws -> TranslationUnit {
        try write("joining unit \(id) with the next unit") { db in
            let first = try fetchUnit(db, id: id)
            guard first.version == basedOn else {
                throw ProjectError.unitChanged(path: path, unit: first, basedOn: basedOn)
            }
            guard
                let nextID = try Int64.fetchOne(
                    db, sql: "SELECT id FROM unit WHERE documentID = ? AND position = ?",
                    arguments: [first.documentID, first.position + 1])
            else {
                throw ProjectError.invalidDocument(path: path, reason: "unit \(id) is the last unit of its document")
            }
            let second = try fetchUnit(db, id: nextID)
            guard second.version == nextBasedOn else {
                throw ProjectError.unitChanged(path: path, unit: second, basedOn: nextBasedOn)
            }
            let now = Date()
            let joined = first.joined(with: second, at: now)
            // What the next unit had (its history, comments, memory entry) moves to the joined unit.
            try db.execute(sql: "UPDATE segment SET unitID = ? WHERE unitID = ?", arguments: [id, nextID])
            try db.execute(sql: "UPDATE unitChange SET unitID = ? WHERE unitID = ?", arguments: [id, nextID])
            try db.execute(sql: "UPDATE unitComment SET unitID = ? WHERE unitID = ?", arguments: [id, nextID])
            try db.execute(sql: "DELETE FROM memoryUnit WHERE unitID = ?", arguments: [nextID])
            try db.execute(sql: "DELETE FROM unit WHERE id = ?", arguments: [nextID])
            try shiftPositions(db, document: first.documentID, after: first.position + 1, by: -1)
            try save(db, joined, changedFrom: first, author: author, time: now, note: "joined with the next unit")
            return joined
        }
    }

    public func split(unit id: Int64, basedOn: Int, into parts: [UnitPart], author: String) throws -> [TranslationUnit]
    {
        try write("splitting unit \(id)") { db in
            let unit = try fetchUnit(db, id: id)
            try unit.checkSplit(basedOn: basedOn, into: parts, path: path)
            let texts = try unit.segmentIDs.map { segment in
                try String.fetchOne(db, sql: "SELECT text FROM segment WHERE id = ?", arguments: [segment]) ?? ""
            }
            let now = Date()
            try shiftPositions(db, document: unit.documentID, after: unit.position, by: parts.count - 1)
            var first = unit
            (first.source, first.target, first.status, first.segmentIDs) = (
                texts[0], parts[0].target, parts[0].status, [unit.segmentIDs[0]]
            )
            (first.alignmentScore, first.targetSegmentCount, first.updatedAt, first.version) = (
                nil, nil, now, unit.version + 1
            )
            try save(db, first, changedFrom: unit, author: author, time: now, note: "split into \(parts.count) units")
            var units = [first]
            for index in 1..<parts.count {
                var row = UnitRow(
                    id: nil, documentID: unit.documentID, position: unit.position + index, source: texts[index],
                    target: parts[index].target, status: parts[index].status, origin: unit.origin,
                    targetSegmentCount: nil, alignmentScore: nil, updatedAt: now, version: 1)
                try row.insert(db)
                try db.execute(
                    sql: "UPDATE segment SET unitID = ? WHERE id = ?", arguments: [row.id!, unit.segmentIDs[index]])
                try db.execute(
                    sql: """
                        INSERT INTO unitChange (unitID, time, author, previousTarget, previousStatus, previousOrigin, \
                        target, status, origin, note) VALUES (?, ?, ?, NULL, 'new', NULL, ?, ?, ?, ?)
                        """,
                    arguments: [
                        row.id!, now, author, parts[index].target, parts[index].status.rawValue,
                        unit.origin?.rawValue, "split from unit \(id)",
                    ])
                let made = row.unit(segmentIDs: [unit.segmentIDs[index]])
                try rememberIfConfirmed(db, made, author: author, time: now)
                units.append(made)
            }
            return units
        }
    }

    public func comments(unit: Int64) throws -> [UnitComment] {
        try read("reading the comments of unit \(unit)") { db in
            _ = try fetchUnit(db, id: unit)
            return try StoredRow<UnitComment>.filter(Column("unitID") == unit).order(Column("id")).fetchAll(db).map(
                \.model)
        }
    }

    public func addComment(_ comment: UnitComment) throws {
        try write("adding a comment to unit \(comment.unitID)") { db in
            _ = try fetchUnit(db, id: comment.unitID)
            try StoredRow(comment).insert(db)
        }
    }

    /// Moves the units after `position` by `offset` places, through negative positions so that
    /// the unique (document, position) key never sees two units at one place.
    private func shiftPositions(_ db: Database, document: Int64, after position: Int, by offset: Int) throws {
        try db.execute(
            sql: "UPDATE unit SET position = -position - 1 WHERE documentID = ? AND position > ?",
            arguments: [document, position])
        try db.execute(
            sql: "UPDATE unit SET position = -position - 1 + ? WHERE documentID = ? AND position < 0",
            arguments: [offset, document])
    }

    /// Writes a restructured unit's row and its history entry, and its memory entry when confirmed.
    private func save(
        _ db: Database, _ unit: TranslationUnit, changedFrom before: TranslationUnit, author: String, time: Date,
        note: String
    ) throws {
        try db.execute(
            sql: """
                UPDATE unit SET source = ?, target = ?, status = ?, targetSegmentCount = ?, alignmentScore = ?, \
                updatedAt = ?, version = ? WHERE id = ?
                """,
            arguments: [
                unit.source, unit.target, unit.status.rawValue, unit.targetSegmentCount, unit.alignmentScore, time,
                unit.version, unit.id,
            ])
        try StoredRow(
            UnitChange(
                unitID: unit.id, time: time, author: author, previousTarget: before.target,
                previousStatus: before.status, previousOrigin: before.origin, target: unit.target, status: unit.status,
                origin: unit.origin, note: note)
        ).insert(db)
        try db.execute(sql: "DELETE FROM memoryUnit WHERE unitID = ?", arguments: [unit.id])
        try rememberIfConfirmed(db, unit, author: author, time: time)
    }

    private func rememberIfConfirmed(_ db: Database, _ unit: TranslationUnit, author: String, time: Date) throws {
        guard unit.status.isConfirmed, let target = unit.target, !target.isEmpty else { return }
        let document = try DocumentRow.fetchOne(db, key: unit.documentID)!.document(file: path)
        try remember(
            db, unit, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, author: author,
            time: time)
    }
}

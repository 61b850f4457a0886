import DragomanText
import Foundation
internal import GRDB

extension SQLiteProjectStore {
    @discardableResult
    public func add(_ new: NewDocument) throws -> ProjectDocument {
        try new.validateUnits()
        return try write("adding \(new.path)") { db in
            let now = Date()
            var document = DocumentRow(
                id: nil, name: new.name, path: new.path, format: new.format, sourceLanguage: new.sourceLanguage.tag,
                targetLanguage: new.targetLanguage.tag, originalText: new.originalText, createdAt: now)
            try document.insert(db)
            let documentID = document.id!
            var unitOfSegment: [Int: Int64] = [:]
            for (position, unit) in new.units.enumerated() {
                var row = UnitRow(
                    id: nil, documentID: documentID, position: position,
                    source: new.source(of: unit), target: unit.target,
                    status: unit.status, origin: unit.origin, targetSegmentCount: unit.targetSegmentCount,
                    alignmentScore: unit.alignmentScore, updatedAt: now, version: 1)
                try row.insert(db)
                for segment in unit.segments { unitOfSegment[segment] = row.id! }
                if unit.status.isConfirmed, let target = unit.target, !target.isEmpty {
                    try remember(
                        db, row.unit(segmentIDs: []), sourceLanguage: new.sourceLanguage,
                        targetLanguage: new.targetLanguage, author: "dragoman", time: now)
                }
            }
            for (position, segment) in new.segments.enumerated() {
                var row = SegmentRow(
                    id: nil, documentID: documentID, position: position, text: segment.text,
                    start: segment.range.lowerBound, end: segment.range.upperBound,
                    isTranslatable: segment.isTranslatable, unitID: unitOfSegment[position])
                try row.insert(db)
            }
            return try document.document(file: path)
        }
    }

    /// Each change: the unit read once, its version checked, the row and its history written
    /// through cached statements (a review of 7,000 units is one transaction of these).
    @discardableResult
    public func update(_ updates: [UnitUpdate]) throws -> [TranslationUnit] {
        try write("updating \(updates.count) unit(s)") { db in
            let now = Date()
            var languages: [Int64: (LanguageCode, LanguageCode)] = [:]
            let change = try db.cachedStatement(
                sql: """
                    UPDATE unit SET target = ?, status = ?, origin = ?, updatedAt = ?, version = version + 1
                    WHERE id = ? AND version = ?
                    """)
            let history = try db.cachedStatement(
                sql: """
                    INSERT INTO unitChange (unitID, time, author, previousTarget, previousStatus, previousOrigin, \
                    target, status, origin, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            return try updates.map { update in
                let before = try fetchUnit(db, id: update.unitID)
                guard before.version == update.basedOn else {
                    throw ProjectError.unitChanged(path: path, unit: before, basedOn: update.basedOn)
                }
                try change.execute(arguments: [
                    update.target, update.status.rawValue, update.origin?.rawValue, now, update.unitID, update.basedOn,
                ])
                try history.execute(arguments: [
                    update.unitID, now, update.author, before.target, before.status.rawValue, before.origin?.rawValue,
                    update.target, update.status.rawValue, update.origin?.rawValue, update.note,
                ])
                var after = before
                (after.target, after.status, after.origin, after.updatedAt, after.version) = (
                    update.target, update.status, update.origin, now, before.version + 1
                )
                if after.status.isConfirmed, let target = after.target, !target.isEmpty {
                    if languages[after.documentID] == nil {
                        let document = try DocumentRow.fetchOne(db, key: after.documentID)!.document(file: path)
                        languages[after.documentID] = (document.sourceLanguage, document.targetLanguage)
                    }
                    let (source, target) = languages[after.documentID]!
                    try remember(
                        db, after, sourceLanguage: source, targetLanguage: target, author: update.author, time: now)
                }
                return after
            }
        }
    }

    /// Puts a confirmed unit into the translation memory, replacing what that unit put there before.
    func remember(
        _ db: Database, _ unit: TranslationUnit, sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        author: String,
        time: Date
    ) throws {
        try db.cachedStatement(sql: "DELETE FROM memoryUnit WHERE unitID = ?").execute(arguments: [unit.id])
        try db.cachedStatement(
            sql: """
                INSERT INTO memoryUnit (sourceLanguage, targetLanguage, source, target, unitID, status, creator, createdAt, changedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sourceLanguage, targetLanguage, source, target)
                DO UPDATE SET unitID = excluded.unitID, status = excluded.status, changedAt = excluded.changedAt
                """
        ).execute(
            arguments: [
                sourceLanguage.tag, targetLanguage.tag, unit.source, unit.target, unit.id, unit.status.rawValue,
                author, time, time,
            ])
    }

    public func recordExport(_ export: ReviewExport) throws {
        try write("recording export \(export.id)") { db in try insert(db, export) }
    }

    func insert(_ db: Database, _ export: ReviewExport) throws {
        try db.execute(
            sql: "INSERT INTO reviewExport (id, format, createdAt) VALUES (?, ?, ?)",
            arguments: [export.id, export.format, export.createdAt])
        let statement = try db.makeStatement(
            sql: "INSERT INTO reviewExportUnit (reviewExportID, unitID, version, target, status) VALUES (?, ?, ?, ?, ?)"
        )
        for unit in export.units {
            try statement.execute(arguments: [export.id, unit.unitID, unit.version, unit.target, unit.status.rawValue])
        }
    }

    public func attach(_ glossaries: [AttachedGlossary]) throws {
        try write("attaching glossaries") { db in
            for glossary in glossaries { try StoredRow(glossary).save(db) }
        }
    }

    @discardableResult
    public func addMemoryUnits(_ units: [MemoryUnit]) throws -> Int {
        try write("adding \(units.count) translation-memory unit(s)") { db in
            var added = 0
            for unit in units {
                var row = MemoryUnitRow(unit)
                row.id = nil
                try row.insert(db, onConflict: .ignore)
                if db.changesCount > 0 { added += 1 }
            }
            return added
        }
    }
}

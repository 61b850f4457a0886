import DragomanStore
import DragomanText
import Foundation
import PostgresNIO

extension PostgresProjectStore {
    @discardableResult
    public func add(_ new: NewDocument) throws -> ProjectDocument {
        try new.validateUnits()
        return try write("adding \(new.path)") {
            let now = Date()
            let documentID = try allocate(.document)
            try run(
                """
                INSERT INTO document (project_id, id, name, path, format, source_language, target_language,
                original_text, created_at) VALUES (\(projectID), \(documentID), \(new.name), \(new.path),
                \(new.format.rawValue), \(new.sourceLanguage.tag), \(new.targetLanguage.tag), \(new.originalText),
                \(now))
                """)
            let firstUnit = try allocate(.unit, count: new.units.count)
            let sources = new.units.map { new.source(of: $0) }
            try insertRows(
                into: "unit", columns: Self.newUnitColumns, count: new.units.count
            ) { position, binds in
                let unit = new.units[position]
                binds.append(projectID)
                binds.append(firstUnit + Int64(position))
                binds.append(documentID)
                binds.append(position)
                binds.append(sources[position])
                binds.append(unit.target)
                binds.append(unit.status.rawValue)
                binds.append(unit.origin?.rawValue)
                binds.append(unit.targetSegmentCount)
                binds.append(unit.alignmentScore)
                binds.append(now)
                binds.append(1)
            }
            var unitOfSegment: [Int: Int64] = [:]
            for (position, unit) in new.units.enumerated() {
                let unitID = firstUnit + Int64(position)
                for segment in unit.segments { unitOfSegment[segment] = unitID }
                if unit.status.isConfirmed, let target = unit.target, !target.isEmpty {
                    try remember(
                        unitID: unitID, source: sources[position], target: target, status: unit.status,
                        sourceLanguage: new.sourceLanguage, targetLanguage: new.targetLanguage, author: "dragoman",
                        time: now)
                }
            }
            let firstSegment = try allocate(.segment, count: new.segments.count)
            try insertRows(
                into: "segment", columns: Self.newSegmentColumns, count: new.segments.count
            ) { position, binds in
                let segment = new.segments[position]
                binds.append(projectID)
                binds.append(firstSegment + Int64(position))
                binds.append(documentID)
                binds.append(position)
                binds.append(segment.text)
                binds.append(segment.range.lowerBound)
                binds.append(segment.range.upperBound)
                binds.append(segment.isTranslatable)
                binds.append(unitOfSegment[position])
            }
            return try fetchDocument(documentID)
        }
    }

    /// The numbers each project counts for itself.
    enum Counter: String {
        case document = "next_document"
        case unit = "next_unit"
        case segment = "next_segment"
        case memory = "next_memory"
    }

    /// The first of `count` new ids of `counter` in this project; the project's row stays locked
    /// until the transaction ends, so two writers never get the same numbers (and a rolled-back
    /// transaction gives its numbers back).
    func allocate(_ counter: Counter, count: Int = 1) throws -> Int64 {
        let column = counter.rawValue
        guard
            let row = try run(
                """
                UPDATE project SET \(unescaped: column) = \(unescaped: column) + \(count) WHERE id = \(projectID)
                RETURNING \(unescaped: column) - \(count)
                """
            ).first
        else { throw ProjectError.notFound(path: path) }
        return try row.decode(Int64.self)
    }

    /// Each change: the unit's row locked and read, its version checked, the row and its
    /// history written; a save based on an older version is refused, whichever process made
    /// the newer one.
    @discardableResult
    public func update(_ updates: [UnitUpdate]) throws -> [TranslationUnit] {
        try write("updating \(updates.count) unit(s)") {
            let now = Date()
            var languages: [Int64: (LanguageCode, LanguageCode)] = [:]
            return try updates.map { update in
                let before = try fetchUnit(update.unitID, locking: true)
                guard before.version == update.basedOn else {
                    throw ProjectError.unitChanged(path: path, unit: before, basedOn: update.basedOn)
                }
                try run(
                    """
                    UPDATE unit SET target = \(update.target), status = \(update.status.rawValue),
                    origin = \(update.origin?.rawValue), updated_at = \(now), version = version + 1
                    WHERE project_id = \(projectID) AND id = \(update.unitID)
                    """)
                try recordChange(
                    unitID: update.unitID, time: now, author: update.author, before: before, target: update.target,
                    status: update.status, origin: update.origin, note: update.note)
                var after = before
                (after.target, after.status, after.origin, after.updatedAt, after.version) = (
                    update.target, update.status, update.origin, now, before.version + 1
                )
                if after.status.isConfirmed, let target = after.target, !target.isEmpty {
                    if languages[after.documentID] == nil {
                        let document = try fetchDocument(after.documentID)
                        languages[after.documentID] = (document.sourceLanguage, document.targetLanguage)
                    }
                    let (source, targetLanguage) = languages[after.documentID]!
                    try remember(
                        unitID: after.id, source: after.source, target: target, status: after.status,
                        sourceLanguage: source, targetLanguage: targetLanguage, author: update.author, time: now)
                }
                try announce(.unit, id: after.id, author: update.author)
                return after
            }
        }
    }

    func recordChange(
        unitID: Int64, time: Date, author: String, before: TranslationUnit, target: String?, status: UnitStatus,
        origin: UnitOrigin?, note: String?
    ) throws {
        try run(
            """
            INSERT INTO unit_change (project_id, unit_id, time, author, previous_target, previous_status,
            previous_origin, target, status, origin, note) VALUES (\(projectID), \(unitID), \(time), \(author),
            \(before.target), \(before.status.rawValue), \(before.origin?.rawValue), \(target), \(status.rawValue),
            \(origin?.rawValue), \(note))
            """)
    }

    /// Puts a confirmed unit into the translation memory, replacing what that unit put there before.
    func remember(
        unitID: Int64, source: String, target: String, status: UnitStatus, sourceLanguage: LanguageCode,
        targetLanguage: LanguageCode, author: String, time: Date
    ) throws {
        try run("DELETE FROM memory_unit WHERE project_id = \(projectID) AND unit_id = \(unitID)")
        let updated = try run(
            """
            UPDATE memory_unit SET unit_id = \(unitID), status = \(status.rawValue), changed_at = \(time)
            WHERE project_id = \(projectID) AND source_language = \(sourceLanguage.tag)
            AND target_language = \(targetLanguage.tag) AND source = \(source) AND target = \(target)
            """)
        guard (updated.metadata.rows ?? 0) == 0 else { return }
        try run(
            """
            INSERT INTO memory_unit (project_id, id, source_language, target_language, source, target, unit_id, status,
            creator, created_at, changed_at) VALUES (\(projectID), \(try allocate(.memory)), \(sourceLanguage.tag),
            \(targetLanguage.tag), \(source), \(target), \(unitID), \(status.rawValue), \(author), \(time), \(time))
            """)
    }

    public func recordExport(_ export: ReviewExport) throws {
        try write("recording export \(export.id)") { try insert(export) }
    }

    func insert(_ export: ReviewExport) throws {
        try run(
            """
            INSERT INTO review_export (id, project_id, format, created_at)
            VALUES (\(export.id), \(projectID), \(export.format), \(export.createdAt))
            """)
        try insertRows(
            into: "review_export_unit", columns: ["review_export_id", "unit_id", "version", "target", "status"],
            count: export.units.count
        ) { index, binds in
            let unit = export.units[index]
            binds.append(export.id)
            binds.append(unit.unitID)
            binds.append(unit.version)
            binds.append(unit.target)
            binds.append(unit.status.rawValue)
        }
    }

    public func attach(_ glossaries: [AttachedGlossary]) throws {
        try write("attaching glossaries") {
            for glossary in glossaries {
                try run(
                    """
                    INSERT INTO glossary (project_id, name, path, content, entry_count, synced_at)
                    VALUES (\(projectID), \(glossary.name), \(glossary.path), \(glossary.content),
                    \(glossary.entryCount), \(glossary.syncedAt))
                    ON CONFLICT (project_id, name) DO UPDATE SET path = excluded.path, content = excluded.content,
                    entry_count = excluded.entry_count, synced_at = excluded.synced_at
                    """)
            }
            try announce(.glossaries, id: 0, author: "")
        }
    }

    @discardableResult
    public func addMemoryUnits(_ units: [MemoryUnit]) throws -> Int {
        let added = try write("adding \(units.count) translation-memory unit(s)") {
            var added = 0
            for unit in units {
                let known = try run(
                    """
                    SELECT 1 FROM memory_unit WHERE project_id = \(projectID)
                    AND source_language = \(unit.sourceLanguage.tag) AND target_language = \(unit.targetLanguage.tag)
                    AND source = \(unit.source) AND target = \(unit.target)
                    """)
                guard known.first == nil else { continue }
                if let unitID = unit.unitID,
                    try run("SELECT 1 FROM memory_unit WHERE project_id = \(projectID) AND unit_id = \(unitID)").first
                        != nil
                {
                    continue
                }
                try insert(unit, id: try allocate(.memory))
                added += 1
            }
            return added
        }
        // The units are saved: statistics that cannot be refreshed now autovacuum refreshes later.
        if added >= Self.manyMemoryUnits { try? refreshMemoryStatistics() }
        return added
    }

    func insert(_ unit: MemoryUnit, id: Int64) throws {
        try run(
            """
            INSERT INTO memory_unit (project_id, id, source_language, target_language, source, target, unit_id, status,
            creator, created_at, changed_at) VALUES (\(projectID), \(id), \(unit.sourceLanguage.tag),
            \(unit.targetLanguage.tag), \(unit.source), \(unit.target), \(unit.unitID), \(unit.status), \(unit.creator),
            \(unit.createdAt), \(unit.changedAt))
            """)
    }
}

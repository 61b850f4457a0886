import DragomanStore
import DragomanText
import Foundation
import PostgresNIO

// `project copy`: the whole project with its ids, out of one snapshot and into one transaction.
extension PostgresProjectStore {
    public func snapshot() throws -> ProjectSnapshot {
        let info = try self.info
        let documents = try self.documents()
        let exportIDs = try read("reading exports") {
            try run("SELECT id FROM review_export WHERE project_id = \(projectID) ORDER BY created_at, id").map {
                try $0.decode(String.self)
            }
        }
        let exports = try exportIDs.compactMap { try reviewExport(id: $0) }
        return try read("reading the whole project") {
            let segments = try run(
                """
                SELECT \(unescaped: Self.segmentColumns) FROM segment WHERE project_id = \(projectID)
                ORDER BY document_id, position
                """
            ).map(segment(from:))
            var members: [Int64: [Int64]] = [:]
            for segment in segments { if let unit = segment.unitID { members[unit, default: []].append(segment.id) } }
            let units = try run(
                """
                SELECT \(unescaped: Self.unitColumns) FROM unit WHERE project_id = \(projectID)
                ORDER BY document_id, position
                """
            ).map { row in
                var unit = try unit(from: row, segmentIDs: [])
                unit.segmentIDs = members[unit.id] ?? []
                return unit
            }
            let changes = try run(
                """
                SELECT unit_id, time, author, previous_target, previous_status, previous_origin, target, status,
                origin, note FROM unit_change WHERE project_id = \(projectID) ORDER BY id
                """
            ).map(change(from:))
            let comments = try run(
                "SELECT unit_id, time, author, text FROM unit_comment WHERE project_id = \(projectID) ORDER BY id"
            ).map { row in
                let (unitID, time, author, text) = try row.decode((Int64, Date, String, String).self)
                return UnitComment(unitID: unitID, time: time, author: author, text: text)
            }
            guard
                let counters = try run(
                    """
                    SELECT next_document, next_unit, next_segment, next_memory FROM project WHERE id = \(projectID)
                    """
                ).first
            else { throw ProjectError.notFound(path: path) }
            let (nextDocument, nextUnit, nextSegment, nextMemory) = try counters.decode(
                (Int64, Int64, Int64, Int64).self)
            return ProjectSnapshot(
                info: info, documents: documents, segments: segments, units: units, changes: changes,
                comments: comments, glossaries: try glossaries(), memory: try memoryUnits(), reviewExports: exports,
                nextIDs: .init(document: nextDocument, unit: nextUnit, segment: nextSegment, memory: nextMemory))
        }
    }

    public func restore(_ snapshot: ProjectSnapshot) throws {
        try write("copying a project in") {
            guard
                let filled = try run(
                    """
                    SELECT (SELECT COUNT(*) FROM document WHERE project_id = \(projectID))
                    + (SELECT COUNT(*) FROM glossary WHERE project_id = \(projectID))
                    + (SELECT COUNT(*) FROM memory_unit WHERE project_id = \(projectID))
                    """
                ).first?.decode(Int64.self), filled == 0
            else { throw ProjectError.invalidDocument(path: path, reason: "the project to copy into is not empty") }
            if snapshot.info.id != projectID {
                if let other = try run("SELECT name FROM project WHERE id = \(snapshot.info.id)").first {
                    throw ProjectError.invalidDocument(
                        path: path,
                        reason: "the database already holds this project (as “\(try other.decode(String.self))”)")
                }
            }
            let next = snapshot.nextIDs
            try run(
                """
                UPDATE project SET id = \(snapshot.info.id), created_at = \(snapshot.info.createdAt),
                next_document = \(next.document), next_unit = \(next.unit), next_segment = \(next.segment),
                next_memory = \(next.memory) WHERE id = \(projectID)
                """)
            projectID = snapshot.info.id
            for document in snapshot.documents {
                try run(
                    """
                    INSERT INTO document (project_id, id, name, path, format, source_language, target_language,
                    original_text, created_at) VALUES (\(projectID), \(document.id), \(document.name), \(document.path),
                    \(document.format.rawValue), \(document.sourceLanguage.tag), \(document.targetLanguage.tag),
                    \(document.originalText), \(document.createdAt))
                    """)
            }
            try insertRows(
                into: "unit", columns: Self.newUnitColumns, count: snapshot.units.count
            ) { index, binds in
                let unit = snapshot.units[index]
                binds.append(projectID)
                binds.append(unit.id)
                binds.append(unit.documentID)
                binds.append(unit.position)
                binds.append(unit.source)
                binds.append(unit.target)
                binds.append(unit.status.rawValue)
                binds.append(unit.origin?.rawValue)
                binds.append(unit.targetSegmentCount)
                binds.append(unit.alignmentScore)
                binds.append(unit.updatedAt)
                binds.append(unit.version)
            }
            try insertRows(
                into: "segment", columns: Self.newSegmentColumns, count: snapshot.segments.count
            ) { index, binds in
                let segment = snapshot.segments[index]
                binds.append(projectID)
                binds.append(segment.id)
                binds.append(segment.documentID)
                binds.append(segment.position)
                binds.append(segment.text)
                binds.append(segment.start)
                binds.append(segment.end)
                binds.append(segment.isTranslatable)
                binds.append(segment.unitID)
            }
            try insertRows(
                into: "unit_change",
                columns: [
                    "project_id", "unit_id", "time", "author", "previous_target", "previous_status", "previous_origin",
                    "target", "status", "origin", "note",
                ], count: snapshot.changes.count
            ) { index, binds in
                let change = snapshot.changes[index]
                binds.append(projectID)
                binds.append(change.unitID)
                binds.append(change.time)
                binds.append(change.author)
                binds.append(change.previousTarget)
                binds.append(change.previousStatus.rawValue)
                binds.append(change.previousOrigin?.rawValue)
                binds.append(change.target)
                binds.append(change.status.rawValue)
                binds.append(change.origin?.rawValue)
                binds.append(change.note)
            }
            try insertRows(
                into: "unit_comment", columns: ["project_id", "unit_id", "time", "author", "text"],
                count: snapshot.comments.count
            ) { index, binds in
                let comment = snapshot.comments[index]
                binds.append(projectID)
                binds.append(comment.unitID)
                binds.append(comment.time)
                binds.append(comment.author)
                binds.append(comment.text)
            }
            for glossary in snapshot.glossaries {
                try run(
                    """
                    INSERT INTO glossary (project_id, name, path, content, entry_count, synced_at)
                    VALUES (\(projectID), \(glossary.name), \(glossary.path), \(glossary.content),
                    \(glossary.entryCount), \(glossary.syncedAt))
                    """)
            }
            try insertRows(
                into: "memory_unit",
                columns: [
                    "project_id", "id", "source_language", "target_language", "source", "target", "unit_id", "status",
                    "creator", "created_at", "changed_at",
                ], count: snapshot.memory.count
            ) { index, binds in
                let unit = snapshot.memory[index]
                binds.append(projectID)
                binds.append(unit.id ?? Int64(index + 1))
                binds.append(unit.sourceLanguage.tag)
                binds.append(unit.targetLanguage.tag)
                binds.append(unit.source)
                binds.append(unit.target)
                binds.append(unit.unitID)
                binds.append(unit.status)
                binds.append(unit.creator)
                binds.append(unit.createdAt)
                binds.append(unit.changedAt)
            }
            for export in snapshot.reviewExports { try insert(export) }
        }
        // The copy is made: statistics that cannot be refreshed now autovacuum refreshes later.
        if snapshot.memory.count >= Self.manyMemoryUnits { try? refreshMemoryStatistics() }
    }

    func change(from row: PostgresRow) throws -> UnitChange {
        let (unitID, time, author, previousTarget, previousStatus, previousOrigin, target, status, origin, note) =
            try row.decode((Int64, Date, String, String?, String, String?, String?, String, String?, String?).self)
        return UnitChange(
            unitID: unitID, time: time, author: author, previousTarget: previousTarget,
            previousStatus: UnitStatus(rawValue: previousStatus) ?? .new,
            previousOrigin: previousOrigin.flatMap(UnitOrigin.init), target: target,
            status: UnitStatus(rawValue: status) ?? .new, origin: origin.flatMap(UnitOrigin.init), note: note)
    }
}

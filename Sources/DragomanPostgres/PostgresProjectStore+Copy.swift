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
            for unit in snapshot.units {
                try run(
                    """
                    INSERT INTO unit (project_id, id, document_id, position, source, target, status, origin,
                    target_segment_count, alignment_score, updated_at, version) VALUES (\(projectID), \(unit.id),
                    \(unit.documentID), \(unit.position), \(unit.source), \(unit.target), \(unit.status.rawValue),
                    \(unit.origin?.rawValue), \(unit.targetSegmentCount), \(unit.alignmentScore), \(unit.updatedAt),
                    \(unit.version))
                    """)
            }
            for segment in snapshot.segments {
                try run(
                    """
                    INSERT INTO segment (project_id, id, document_id, position, text, start_offset, end_offset,
                    is_translatable, unit_id) VALUES (\(projectID), \(segment.id), \(segment.documentID),
                    \(segment.position), \(segment.text), \(segment.start), \(segment.end), \(segment.isTranslatable),
                    \(segment.unitID))
                    """)
            }
            for change in snapshot.changes {
                try run(
                    """
                    INSERT INTO unit_change (project_id, unit_id, time, author, previous_target, previous_status,
                    previous_origin, target, status, origin, note) VALUES (\(projectID), \(change.unitID),
                    \(change.time), \(change.author), \(change.previousTarget), \(change.previousStatus.rawValue),
                    \(change.previousOrigin?.rawValue), \(change.target), \(change.status.rawValue),
                    \(change.origin?.rawValue), \(change.note))
                    """)
            }
            for comment in snapshot.comments {
                try run(
                    """
                    INSERT INTO unit_comment (project_id, unit_id, time, author, text)
                    VALUES (\(projectID), \(comment.unitID), \(comment.time), \(comment.author), \(comment.text))
                    """)
            }
            for glossary in snapshot.glossaries {
                try run(
                    """
                    INSERT INTO glossary (project_id, name, path, content, entry_count, synced_at)
                    VALUES (\(projectID), \(glossary.name), \(glossary.path), \(glossary.content),
                    \(glossary.entryCount), \(glossary.syncedAt))
                    """)
            }
            for (index, unit) in snapshot.memory.enumerated() { try insert(unit, id: unit.id ?? Int64(index + 1)) }
            for export in snapshot.reviewExports { try insert(export) }
        }
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

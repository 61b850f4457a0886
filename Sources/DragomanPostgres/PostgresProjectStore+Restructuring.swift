import DragomanStore
import DragomanText
import Foundation
import PostgresNIO

// Alignment fixes and comment threads, each in one transaction, each recorded in the history.
extension PostgresProjectStore {
    public func join(unit id: Int64, basedOn: Int, nextBasedOn: Int, author: String) throws -> TranslationUnit {
        try write("joining unit \(id) with the next unit") {
            let first = try fetchUnit(id, locking: true)
            guard first.version == basedOn else {
                throw ProjectError.unitChanged(path: path, unit: first, basedOn: basedOn)
            }
            guard
                let nextRow = try run(
                    """
                    SELECT id FROM unit WHERE project_id = \(projectID) AND document_id = \(first.documentID)
                    AND position = \(first.position + 1)
                    """
                ).first
            else {
                throw ProjectError.invalidDocument(path: path, reason: "unit \(id) is the last unit of its document")
            }
            let nextID = try nextRow.decode(Int64.self)
            let second = try fetchUnit(nextID, locking: true)
            guard second.version == nextBasedOn else {
                throw ProjectError.unitChanged(path: path, unit: second, basedOn: nextBasedOn)
            }
            let now = Date()
            let joined = first.joined(with: second, at: now)
            // What the next unit had (its history, comments, memory entry) moves to the joined unit.
            try run("UPDATE segment SET unit_id = \(id) WHERE project_id = \(projectID) AND unit_id = \(nextID)")
            try run("UPDATE unit_change SET unit_id = \(id) WHERE project_id = \(projectID) AND unit_id = \(nextID)")
            try run("UPDATE unit_comment SET unit_id = \(id) WHERE project_id = \(projectID) AND unit_id = \(nextID)")
            try run("DELETE FROM memory_unit WHERE project_id = \(projectID) AND unit_id = \(nextID)")
            try run("DELETE FROM unit WHERE project_id = \(projectID) AND id = \(nextID)")
            try shiftPositions(document: first.documentID, after: first.position + 1, by: -1)
            try save(joined, changedFrom: first, author: author, time: now, note: "joined with the next unit")
            try announce(.document, id: joined.documentID, author: author)
            return joined
        }
    }

    public func split(unit id: Int64, basedOn: Int, into parts: [UnitPart], author: String) throws -> [TranslationUnit]
    {
        try write("splitting unit \(id)") {
            let unit = try fetchUnit(id, locking: true)
            try unit.checkSplit(basedOn: basedOn, into: parts, path: path)
            let texts = try unit.segmentIDs.map { segment in
                try run("SELECT text FROM segment WHERE project_id = \(projectID) AND id = \(segment)").first?.decode(
                    String.self) ?? ""
            }
            let now = Date()
            try shiftPositions(document: unit.documentID, after: unit.position, by: parts.count - 1)
            var first = unit
            (first.source, first.target, first.status, first.segmentIDs) = (
                texts[0], parts[0].target, parts[0].status, [unit.segmentIDs[0]]
            )
            (first.alignmentScore, first.targetSegmentCount, first.updatedAt, first.version) = (
                nil, nil, now, unit.version + 1
            )
            try save(first, changedFrom: unit, author: author, time: now, note: "split into \(parts.count) units")
            var units = [first]
            for index in 1..<parts.count {
                let part = parts[index]
                let newID = try allocate(.unit)
                try run(
                    """
                    INSERT INTO unit (project_id, id, document_id, position, source, target, status, origin, updated_at,
                    version) VALUES (\(projectID), \(newID), \(unit.documentID), \(unit.position + index),
                    \(texts[index]), \(part.target), \(part.status.rawValue), \(unit.origin?.rawValue), \(now), 1)
                    """)
                try run(
                    "UPDATE segment SET unit_id = \(newID) WHERE project_id = \(projectID) AND id = \(unit.segmentIDs[index])"
                )
                let made = TranslationUnit(
                    id: newID, documentID: unit.documentID, position: unit.position + index,
                    segmentIDs: [unit.segmentIDs[index]], source: texts[index], target: part.target,
                    status: part.status, origin: unit.origin, updatedAt: now, version: 1)
                var empty = made
                (empty.target, empty.status, empty.origin) = (nil, .new, nil)
                try recordChange(
                    unitID: newID, time: now, author: author, before: empty, target: part.target, status: part.status,
                    origin: unit.origin, note: "split from unit \(id)")
                try rememberIfConfirmed(made, author: author, time: now)
                units.append(made)
            }
            try announce(.document, id: unit.documentID, author: author)
            return units
        }
    }

    public func addComment(_ comment: UnitComment) throws {
        try write("adding a comment to unit \(comment.unitID)") {
            _ = try fetchUnit(comment.unitID)
            try run(
                """
                INSERT INTO unit_comment (project_id, unit_id, time, author, text)
                VALUES (\(projectID), \(comment.unitID), \(comment.time), \(comment.author), \(comment.text))
                """)
        }
    }

    /// Moves the units after `position` by `offset` places, through negative positions so that
    /// the unique (document, position) key never sees two units at one place.
    private func shiftPositions(document: Int64, after position: Int, by offset: Int) throws {
        try run(
            """
            UPDATE unit SET position = -position - 1 WHERE project_id = \(projectID) AND document_id = \(document)
            AND position > \(position)
            """)
        try run(
            """
            UPDATE unit SET position = -position - 1 + \(offset) WHERE project_id = \(projectID)
            AND document_id = \(document) AND position < 0
            """)
    }

    /// Writes a restructured unit's row and its history entry, and its memory entry when confirmed.
    private func save(
        _ unit: TranslationUnit, changedFrom before: TranslationUnit, author: String, time: Date, note: String
    ) throws {
        try run(
            """
            UPDATE unit SET source = \(unit.source), target = \(unit.target), status = \(unit.status.rawValue),
            target_segment_count = \(unit.targetSegmentCount), alignment_score = \(unit.alignmentScore),
            updated_at = \(time), version = \(unit.version) WHERE project_id = \(projectID) AND id = \(unit.id)
            """)
        try recordChange(
            unitID: unit.id, time: time, author: author, before: before, target: unit.target, status: unit.status,
            origin: unit.origin, note: note)
        try run("DELETE FROM memory_unit WHERE project_id = \(projectID) AND unit_id = \(unit.id)")
        try rememberIfConfirmed(unit, author: author, time: time)
    }

    private func rememberIfConfirmed(_ unit: TranslationUnit, author: String, time: Date) throws {
        guard unit.status.isConfirmed, let target = unit.target, !target.isEmpty else { return }
        let document = try fetchDocument(unit.documentID)
        try remember(
            unitID: unit.id, source: unit.source, target: target, status: unit.status,
            sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, author: author,
            time: time)
    }
}

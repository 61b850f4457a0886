import DragomanStore
import DragomanText
import Foundation
import PostgresNIO

extension PostgresProjectStore {
    public var info: ProjectInfo {
        get throws {
            try read("reading the project") {
                guard let row = try run("SELECT id, created_at FROM project WHERE id = \(projectID)").first else {
                    throw ProjectError.notFound(path: path)
                }
                let (id, createdAt) = try row.decode((String, Date).self)
                return ProjectInfo(id: id, createdAt: createdAt, formatVersion: Self.formatVersion)
            }
        }
    }

    static let documentColumns =
        "id, name, path, format, source_language, target_language, original_text, created_at"

    func document(from row: PostgresRow) throws -> ProjectDocument {
        let (id, name, documentPath, format, source, target, text, createdAt) = try row.decode(
            (Int64, String, String, String, String, String?, String, Date).self)
        guard let format = ProjectDocument.Format(rawValue: format), let sourceLanguage = LanguageCode(source) else {
            throw ProjectError.notAProject(path: path, reason: "document \(id) holds an unknown format or language")
        }
        return ProjectDocument(
            id: id, name: name, path: documentPath, format: format, sourceLanguage: sourceLanguage,
            targetLanguage: target.flatMap(LanguageCode.init) ?? .english, originalText: text, createdAt: createdAt)
    }

    public func documents() throws -> [ProjectDocument] {
        try read("reading documents") {
            try run(
                "SELECT \(unescaped: Self.documentColumns) FROM document WHERE project_id = \(projectID) ORDER BY id"
            ).map(document(from:))
        }
    }

    public func document(id: Int64) throws -> ProjectDocument {
        try read("reading document \(id)") { try fetchDocument(id) }
    }

    func fetchDocument(_ id: Int64) throws -> ProjectDocument {
        guard
            let row = try run(
                "SELECT \(unescaped: Self.documentColumns) FROM document WHERE id = \(id) AND project_id = \(projectID)"
            ).first
        else { throw ProjectError.unknownDocument(path: path, id: id) }
        return try document(from: row)
    }

    public func segments(document: Int64) throws -> [ProjectSegment] {
        try read("reading segments") {
            _ = try fetchDocument(document)
            return try run(
                """
                SELECT \(unescaped: Self.segmentColumns) FROM segment WHERE project_id = \(projectID)
                AND document_id = \(document) ORDER BY position
                """
            ).map(segment(from:))
        }
    }

    static let segmentColumns = "id, document_id, position, text, start_offset, end_offset, is_translatable, unit_id"

    func segment(from row: PostgresRow) throws -> ProjectSegment {
        let (id, documentID, position, text, start, end, translatable, unitID) = try row.decode(
            (Int64, Int64, Int, String, Int, Int, Bool, Int64?).self)
        return ProjectSegment(
            id: id, documentID: documentID, position: position, text: text, start: start, end: end,
            isTranslatable: translatable, unitID: unitID)
    }

    static let unitColumns =
        "id, document_id, position, source, target, status, origin, target_segment_count, alignment_score, updated_at, version"

    func unit(from row: PostgresRow, segmentIDs: [Int64]) throws -> TranslationUnit {
        let (id, documentID, position, source, target, status, origin, targetSegments, score, updatedAt, version) =
            try row.decode((Int64, Int64, Int, String, String?, String, String?, Int?, Double?, Date, Int).self)
        return TranslationUnit(
            id: id, documentID: documentID, position: position, segmentIDs: segmentIDs, source: source,
            target: target, status: UnitStatus(rawValue: status) ?? .new, origin: origin.flatMap(UnitOrigin.init),
            targetSegmentCount: targetSegments, alignmentScore: score, updatedAt: updatedAt, version: version)
    }

    public func units(document: Int64?) throws -> [TranslationUnit] {
        try read("reading units") {
            var segmentIDs: [Int64: [Int64]] = [:]
            let units: PostgresQueryResult
            if let document {
                _ = try fetchDocument(document)
                for row in try run(
                    """
                    SELECT id, unit_id FROM segment WHERE project_id = \(projectID) AND document_id = \(document)
                    AND unit_id IS NOT NULL ORDER BY position
                    """
                ) {
                    let (id, unit) = try row.decode((Int64, Int64).self)
                    segmentIDs[unit, default: []].append(id)
                }
                units = try run(
                    """
                    SELECT \(unescaped: Self.unitColumns) FROM unit WHERE project_id = \(projectID)
                    AND document_id = \(document) ORDER BY position
                    """)
            } else {
                for row in try run(
                    """
                    SELECT id, unit_id FROM segment WHERE project_id = \(projectID) AND unit_id IS NOT NULL
                    ORDER BY document_id, position
                    """
                ) {
                    let (id, unit) = try row.decode((Int64, Int64).self)
                    segmentIDs[unit, default: []].append(id)
                }
                units = try run(
                    """
                    SELECT \(unescaped: Self.unitColumns) FROM unit WHERE project_id = \(projectID)
                    ORDER BY document_id, position
                    """)
            }
            return try units.map { row in
                var unit = try unit(from: row, segmentIDs: [])
                unit.segmentIDs = segmentIDs[unit.id] ?? []
                return unit
            }
        }
    }

    public func unit(id: Int64) throws -> TranslationUnit {
        try read("reading unit \(id)") { try fetchUnit(id) }
    }

    /// The unit with its segments; `locking` takes its row lock until the transaction ends (a
    /// save checks the version it was based on against a row nobody else can change meanwhile).
    func fetchUnit(_ id: Int64, locking: Bool = false) throws -> TranslationUnit {
        let lock = locking ? " FOR UPDATE" : ""
        guard
            let row = try run(
                "SELECT \(unescaped: Self.unitColumns) FROM unit WHERE id = \(id) AND project_id = \(projectID)\(unescaped: lock)"
            ).first
        else { throw ProjectError.unknownUnit(path: path, id: id) }
        let segments = try run(
            "SELECT id FROM segment WHERE project_id = \(projectID) AND unit_id = \(id) ORDER BY position"
        ).map {
            try $0.decode(Int64.self)
        }
        return try unit(from: row, segmentIDs: segments)
    }

    public func history(unit: Int64) throws -> [UnitChange] {
        try read("reading the history of unit \(unit)") {
            _ = try fetchUnit(unit)
            return try run(
                """
                SELECT unit_id, time, author, previous_target, previous_status, previous_origin, target, status,
                origin, note FROM unit_change WHERE project_id = \(projectID) AND unit_id = \(unit) ORDER BY id
                """
            ).map(change(from:))
        }
    }

    public func comments(unit: Int64) throws -> [UnitComment] {
        try read("reading the comments of unit \(unit)") {
            _ = try fetchUnit(unit)
            return try run(
                """
                SELECT unit_id, time, author, text FROM unit_comment WHERE project_id = \(projectID) AND unit_id = \(unit)
                ORDER BY id
                """
            )
            .map { row in
                let (unitID, time, author, text) = try row.decode((Int64, Date, String, String).self)
                return UnitComment(unitID: unitID, time: time, author: author, text: text)
            }
        }
    }

    public func glossaries() throws -> [AttachedGlossary] {
        try read("reading glossaries") {
            // A glossary of the team termbase reads as the termbase holds it now.
            try run(
                """
                SELECT g.name, g.path, COALESCE(t.content, g.content), COALESCE(t.entry_count, g.entry_count),
                COALESCE(t.updated_at, g.synced_at) FROM glossary g
                LEFT JOIN team_glossary t ON g.path = \(AttachedGlossary.teamPathPrefix) || t.name
                WHERE g.project_id = \(projectID) ORDER BY g.name
                """
            ).map { row in
                let (name, glossaryPath, content, count, syncedAt) = try row.decode(
                    (String, String, String, Int, Date).self)
                return AttachedGlossary(
                    name: name, path: glossaryPath, content: content, entryCount: count, syncedAt: syncedAt)
            }
        }
    }

    public func reviewExport(id: String) throws -> ReviewExport? {
        try read("reading export \(id)") {
            guard
                let row = try run(
                    "SELECT format, created_at FROM review_export WHERE id = \(id) AND project_id = \(projectID)"
                ).first
            else { return nil }
            let (format, createdAt) = try row.decode((String, Date).self)
            let units = try run(
                """
                SELECT unit_id, version, target, status FROM review_export_unit WHERE review_export_id = \(id)
                ORDER BY unit_id
                """
            ).map { unit in
                let (unitID, version, target, status) = try unit.decode((Int64, Int, String?, String).self)
                return ReviewExport.Base(
                    unitID: unitID, version: version, target: target, status: UnitStatus(rawValue: status) ?? .new)
            }
            return ReviewExport(id: id, format: format, createdAt: createdAt, units: units)
        }
    }

    public func memoryUnits() throws -> [MemoryUnit] {
        try read("reading the translation memory") {
            try run(
                """
                SELECT id, source_language, target_language, source, target, unit_id, status, creator, created_at,
                changed_at FROM memory_unit WHERE project_id = \(projectID) ORDER BY id
                """
            ).map { row in
                let (
                    id, sourceLanguage, targetLanguage, source, target, unitID, status, creator, createdAt, changedAt
                ) =
                    try row.decode((Int64, String, String, String, String, Int64?, String?, String, Date, Date).self)
                guard let from = LanguageCode(sourceLanguage), let to = LanguageCode(targetLanguage) else {
                    throw ProjectError.notAProject(path: path, reason: "memory unit \(id) holds an unknown language")
                }
                return MemoryUnit(
                    id: id, sourceLanguage: from, targetLanguage: to, source: source, target: target, unitID: unitID,
                    status: status, creator: creator, createdAt: createdAt, changedAt: changedAt)
            }
        }
    }
}

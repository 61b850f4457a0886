import DragomanStore
import Foundation
import PostgresNIO

/// The team termbase: glossaries kept once in the database, which every project can attach. A
/// project that attaches one reads it as it is now: a correction shared once reaches every
/// project at its next read, with no `attach --sync` in each.
extension PostgresProjectStore {
    /// Puts `glossary` into the team termbase under its name (replacing the glossary of that
    /// name) and returns the attachment a project makes of it.
    @discardableResult
    public func share(_ glossary: AttachedGlossary) throws -> AttachedGlossary {
        try write("sharing glossary \(glossary.name)") {
            try run(
                """
                INSERT INTO team_glossary (name, path, content, entry_count, updated_at)
                VALUES (\(glossary.name), \(glossary.path), \(glossary.content), \(glossary.entryCount), \(Date()))
                ON CONFLICT (name) DO UPDATE SET path = excluded.path, content = excluded.content,
                entry_count = excluded.entry_count, updated_at = excluded.updated_at
                """)
        }
        return try teamGlossary(named: glossary.name)
    }

    /// The team termbase's glossaries, as the attachments a project makes of them.
    public func teamGlossaries() throws -> [AttachedGlossary] {
        try read("reading the team termbase") {
            try run("SELECT name, content, entry_count, updated_at FROM team_glossary ORDER BY name").map {
                try Self.teamAttachment($0)
            }
        }
    }

    /// The attachment of the team termbase's glossary `name`; an unknown name is an error that
    /// lists the termbase's glossaries.
    public func teamGlossary(named name: String) throws -> AttachedGlossary {
        let all = try teamGlossaries()
        guard let found = all.first(where: { $0.name == name }) else {
            throw ProjectError.server(
                path: path, code: "",
                message: "the team termbase has no glossary “\(name)” (it has: "
                    + (all.isEmpty ? "none" : all.map(\.name).joined(separator: ", ")) + ")",
                operation: "attaching a team glossary")
        }
        return found
    }

    private static func teamAttachment(_ row: PostgresRow) throws -> AttachedGlossary {
        let (name, content, count, updated) = try row.decode((String, String, Int, Date).self)
        return AttachedGlossary(
            name: name, path: AttachedGlossary.teamPathPrefix + name, content: content, entryCount: count,
            syncedAt: updated)
    }
}

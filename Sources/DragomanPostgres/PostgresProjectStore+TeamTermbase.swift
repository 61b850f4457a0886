import DragomanStore
import Foundation
import PostgresNIO

/// The team termbase: glossaries kept once in the database, which every project can attach. A
/// project that attaches one reads it as it is now: a correction shared once reaches every
/// project at its next read, with no `attach --sync` in each.
extension PostgresProjectStore {
    /// Puts `glossary` into the team termbase under its name and returns the attachment a
    /// project makes of it, and the glossary it replaced. Sharing the same file again updates it;
    /// a glossary of that name shared from another file is replaced only when
    /// `replacingAnotherFile` says so: one desk's file never silently takes another's place.
    @discardableResult
    public func share(_ glossary: AttachedGlossary, replacingAnotherFile: Bool = false) throws -> (
        attachment: AttachedGlossary, replaced: AttachedGlossary?
    ) {
        let replaced: AttachedGlossary? = try write("sharing glossary \(glossary.name)") {
            let found = try run(
                """
                SELECT path, content, entry_count, updated_at FROM team_glossary WHERE name = \(glossary.name)
                FOR UPDATE
                """
            ).first.map { row in
                let (path, content, count, updated) = try row.decode((String, String, Int, Date).self)
                return AttachedGlossary(
                    name: glossary.name, path: path, content: content, entryCount: count, syncedAt: updated)
            }
            // One rule, in the statement itself: without --replace the update applies only to a
            // row shared from the same file. It also holds against a desk that shared another file
            // under this name after the read above (FOR UPDATE locks no row that did not exist yet).
            let stored = try run(
                """
                INSERT INTO team_glossary (name, path, content, entry_count, updated_at)
                VALUES (\(glossary.name), \(glossary.path), \(glossary.content), \(glossary.entryCount), \(Date()))
                ON CONFLICT (name) DO UPDATE SET path = excluded.path, content = excluded.content,
                entry_count = excluded.entry_count, updated_at = excluded.updated_at
                WHERE \(replacingAnotherFile) OR team_glossary.path = excluded.path
                RETURNING name
                """)
            if stored.isEmpty {
                let other = try run("SELECT path FROM team_glossary WHERE name = \(glossary.name)").first?.decode(
                    String.self)
                throw ProjectError.teamTermbase(
                    path: path,
                    reason:
                        "the team termbase's “\(glossary.name)” was shared from \(other ?? "another file"), "
                        + "not \(glossary.path) (rename the file to share it beside, or replace the other with --replace)"
                )
            }
            // Every project that reads it hears of it (delivered when this transaction commits).
            let attaching = try run(
                "SELECT DISTINCT project_id FROM glossary WHERE path = \(AttachedGlossary.teamPathPrefix + glossary.name)"
            ).map { try $0.decode(String.self) }
            for project in attaching { try announce(.glossaries, id: 0, author: "", toProject: project) }
            return found
        }
        return (try teamGlossary(named: glossary.name), replaced)
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
            throw ProjectError.teamTermbase(
                path: path,
                reason: "the team termbase has no glossary “\(name)” (it has: "
                    + (all.isEmpty ? "none" : all.map(\.name).joined(separator: ", ")) + ")")
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

import DragomanStore
import Foundation
import PostgresNIO

extension PostgresProjectStore {
    /// The database's format, one named migration per version, applied in order under an
    /// advisory lock (two processes opening a new database at once apply each once). A database
    /// whose table of applied migrations names one this list lacks was written by a newer
    /// Dragoman and is refused.
    ///
    /// Documents, units, segments and memory entries are numbered per project, as in a project
    /// file (the project row holds the next number of each): exports, which carry those ids, are
    /// the same from either store, and a project copies between the two with its ids. Times are
    /// kept to the millisecond, as a project file keeps them, so a copy there and back is exact.
    static let migrations: [(name: String, sql: String)] = [
        (
            "v1-projects",
            """
            CREATE TABLE project (
                id text PRIMARY KEY,
                name text NOT NULL UNIQUE,
                created_at timestamptz(3) NOT NULL,
                next_document bigint NOT NULL DEFAULT 1,
                next_unit bigint NOT NULL DEFAULT 1,
                next_segment bigint NOT NULL DEFAULT 1,
                next_memory bigint NOT NULL DEFAULT 1
            );
            CREATE TABLE document (
                project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                id bigint NOT NULL,
                name text NOT NULL,
                path text NOT NULL,
                format text NOT NULL,
                source_language text NOT NULL,
                target_language text,
                original_text text NOT NULL,
                created_at timestamptz(3) NOT NULL,
                PRIMARY KEY (project_id, id)
            );
            CREATE TABLE unit (
                project_id text NOT NULL,
                id bigint NOT NULL,
                document_id bigint NOT NULL,
                position bigint NOT NULL,
                source text NOT NULL,
                target text,
                status text NOT NULL CHECK (status IN (\(UnitStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))),
                origin text,
                target_segment_count bigint,
                alignment_score double precision,
                updated_at timestamptz(3) NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                PRIMARY KEY (project_id, id),
                UNIQUE (project_id, document_id, position),
                FOREIGN KEY (project_id, document_id) REFERENCES document (project_id, id) ON DELETE CASCADE
            );
            CREATE TABLE segment (
                project_id text NOT NULL,
                id bigint NOT NULL,
                document_id bigint NOT NULL,
                position bigint NOT NULL,
                text text NOT NULL,
                start_offset bigint NOT NULL,
                end_offset bigint NOT NULL,
                is_translatable boolean NOT NULL,
                unit_id bigint,
                PRIMARY KEY (project_id, id),
                UNIQUE (project_id, document_id, position),
                FOREIGN KEY (project_id, document_id) REFERENCES document (project_id, id) ON DELETE CASCADE,
                FOREIGN KEY (project_id, unit_id) REFERENCES unit (project_id, id) ON DELETE CASCADE
            );
            CREATE INDEX segment_unit ON segment (project_id, unit_id);
            CREATE TABLE unit_change (
                id bigserial PRIMARY KEY,
                project_id text NOT NULL,
                unit_id bigint NOT NULL,
                time timestamptz(3) NOT NULL,
                author text NOT NULL,
                previous_target text,
                previous_status text NOT NULL,
                previous_origin text,
                target text,
                status text NOT NULL,
                origin text,
                note text,
                FOREIGN KEY (project_id, unit_id) REFERENCES unit (project_id, id) ON DELETE CASCADE
            );
            CREATE INDEX unit_change_unit ON unit_change (project_id, unit_id);
            CREATE TABLE unit_comment (
                id bigserial PRIMARY KEY,
                project_id text NOT NULL,
                unit_id bigint NOT NULL,
                time timestamptz(3) NOT NULL,
                author text NOT NULL,
                text text NOT NULL,
                FOREIGN KEY (project_id, unit_id) REFERENCES unit (project_id, id) ON DELETE CASCADE
            );
            CREATE INDEX unit_comment_unit ON unit_comment (project_id, unit_id);
            CREATE TABLE glossary (
                project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                name text NOT NULL,
                path text NOT NULL,
                content text NOT NULL,
                entry_count bigint NOT NULL,
                synced_at timestamptz(3) NOT NULL,
                PRIMARY KEY (project_id, name)
            );
            CREATE TABLE memory_unit (
                project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                id bigint NOT NULL,
                source_language text NOT NULL,
                target_language text NOT NULL,
                source text NOT NULL,
                target text NOT NULL,
                unit_id bigint,
                status text,
                creator text NOT NULL,
                created_at timestamptz(3) NOT NULL,
                changed_at timestamptz(3) NOT NULL,
                PRIMARY KEY (project_id, id),
                UNIQUE (project_id, unit_id),
                UNIQUE (project_id, source_language, target_language, source, target)
            );
            CREATE TABLE review_export (
                id text PRIMARY KEY,
                project_id text NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                format text NOT NULL,
                created_at timestamptz(3) NOT NULL
            );
            CREATE TABLE review_export_unit (
                review_export_id text NOT NULL REFERENCES review_export (id) ON DELETE CASCADE,
                unit_id bigint NOT NULL,
                version bigint NOT NULL,
                target text,
                status text NOT NULL,
                PRIMARY KEY (review_export_id, unit_id)
            );
            """
        ),
        (
            // The team's memory: fuzzy candidates from every project's memory by trigram similarity.
            "v2-team-memory-trigrams",
            """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX memory_unit_source_trigrams ON memory_unit USING gin (source gin_trgm_ops)
            """
        ),
        (
            // The team termbase: glossaries kept once in the database, which projects attach by name
            // (a project's glossary row whose path is `team:NAME`) and read as they are now.
            "v3-team-termbase",
            """
            CREATE TABLE team_glossary (
                name text PRIMARY KEY,
                path text NOT NULL,
                content text NOT NULL,
                entry_count bigint NOT NULL,
                updated_at timestamptz(3) NOT NULL
            )
            """
        ),
    ]

    /// The format version this build writes: the number of migrations it knows.
    static var formatVersion: Int { migrations.count }

    static func migrate(_ connection: PostgresConnection, path: String) throws {
        func run(_ sql: String) throws -> PostgresQueryResult {
            try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
        }
        _ = try run("BEGIN")
        do {
            _ = try run("SELECT pg_advisory_xact_lock(7164711)")
            _ = try run(
                "CREATE TABLE IF NOT EXISTS dragoman_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL)"
            )
            var applied = Set<String>()
            for row in try run("SELECT name FROM dragoman_migration") { applied.insert(try row.decode(String.self)) }
            let known = Set(migrations.map(\.name))
            if !applied.isSubset(of: known) {
                throw ProjectError.newerVersion(path: path, found: applied.count, supported: formatVersion)
            }
            for migration in migrations where !applied.contains(migration.name) {
                // A statement at a time: the extended protocol takes one per query.
                for statement in migration.sql.split(separator: ";")
                where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    _ = try run(String(statement))
                }
                _ = try connection.query(
                    "INSERT INTO dragoman_migration (name, applied_at) VALUES (\(migration.name), \(Date()))",
                    logger: logger
                ).wait()
            }
            _ = try run("COMMIT")
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }
}

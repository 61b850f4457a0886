import Foundation
internal import GRDB

extension SQLiteProjectStore {
    /// The store's format, one named migration per version. A project whose table of applied
    /// migrations names one this list lacks was written by a newer Dragoman and is refused.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-projects") { db in
            try db.create(table: "project") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .datetime).notNull()
            }
            try db.execute(
                sql: "INSERT INTO project (id, createdAt) VALUES (?, ?)",
                arguments: [UUID().uuidString.lowercased(), Date()])
            try db.create(table: "document") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull()
                table.column("path", .text).notNull()
                table.column("format", .text).notNull()
                table.column("sourceLanguage", .text).notNull()
                table.column("targetLanguage", .text)
                table.column("originalText", .text).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "unit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("document", onDelete: .cascade).notNull()
                table.column("position", .integer).notNull()
                table.column("source", .text).notNull()
                table.column("target", .text)
                table.column("status", .text).notNull()
                    .check { UnitStatus.allCases.map(\.rawValue).contains($0) }
                table.column("origin", .text)
                table.column("targetSegmentCount", .integer)
                table.column("alignmentScore", .double)
                table.column("updatedAt", .datetime).notNull()
                table.uniqueKey(["documentID", "position"])
            }
            try db.create(table: "segment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("document", onDelete: .cascade).notNull()
                table.column("position", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("isTranslatable", .boolean).notNull()
                table.belongsTo("unit", onDelete: .cascade)
                table.uniqueKey(["documentID", "position"])
            }
            try db.create(table: "unitChange") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("unit", onDelete: .cascade).notNull()
                table.column("time", .datetime).notNull()
                table.column("author", .text).notNull()
                table.column("previousTarget", .text)
                table.column("previousStatus", .text).notNull()
                table.column("previousOrigin", .text)
                table.column("target", .text)
                table.column("status", .text).notNull()
                table.column("origin", .text)
            }
            try db.create(table: "glossary") { table in
                table.primaryKey("name", .text)
                table.column("path", .text).notNull()
                table.column("content", .text).notNull()
                table.column("entryCount", .integer).notNull()
                table.column("syncedAt", .datetime).notNull()
            }
            try db.create(table: "memoryUnit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("sourceLanguage", .text).notNull()
                table.column("targetLanguage", .text).notNull()
                table.column("source", .text).notNull()
                table.column("target", .text).notNull()
                // No foreign key: an entry outlives the unit it came from.
                table.column("unitID", .integer).unique()
                table.column("status", .text)
                table.column("creator", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("changedAt", .datetime).notNull()
                table.uniqueKey(["sourceLanguage", "targetLanguage", "source", "target"])
            }
        }
        // Every save names the version it was based on; exports keep what each unit was, so a
        // reviewed file merges three ways.
        migrator.registerMigration("v2-unit-versions-and-review-exports") { db in
            try db.alter(table: "unit") { table in
                table.add(column: "version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "reviewExport") { table in
                table.primaryKey("id", .text)
                table.column("format", .text).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "reviewExportUnit") { table in
                table.belongsTo("reviewExport", onDelete: .cascade).notNull()
                // No foreign key to the unit: the record outlives nothing, but must not block.
                table.column("unitID", .integer).notNull()
                table.column("version", .integer).notNull()
                table.column("target", .text)
                table.column("status", .text).notNull()
                table.primaryKey(["reviewExportID", "unitID"])
            }
        }
        // The workbench: a comment thread per unit; history entries that say what kind of change
        // they were (a restore, a join, a split, a review decision).
        migrator.registerMigration("v3-comments-and-history-notes") { db in
            try db.alter(table: "unitChange") { table in table.add(column: "note", .text) }
            try db.create(table: "unitComment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("unit", onDelete: .cascade).notNull()
                table.column("time", .datetime).notNull()
                table.column("author", .text).notNull()
                table.column("text", .text).notNull()
            }
        }
        return migrator
    }()

    /// The format version this build writes: the number of migrations it knows.
    static var formatVersion: Int { migrator.migrations.count }
}

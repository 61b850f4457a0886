import Foundation
internal import GRDB

/// A project in one SQLite file: WAL journal, foreign keys on, one immediate transaction per
/// change, a bounded wait when another process holds the write lock.
public final class SQLiteProjectStore: ProjectStore {
    public let path: String
    public let isReadOnly: Bool
    let database: DatabaseQueue
    /// How long a write waits for another process's write to finish before "project is busy".
    let busyTimeout: TimeInterval

    public static let defaultFileName = "dragoman.db"

    /// Opens the project at `path`, creating it first when `create` is true and there is none.
    ///
    /// Refuses a file that is not an SQLite database or not a Dragoman project, and a project
    /// written by a newer Dragoman. A write-protected file opens read-only: reads work, writes
    /// throw ``ProjectError/readOnly(path:)``.
    public init(path: String, create: Bool = false, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw ProjectError.notFound(path: path) }
        if exists { try Self.checkNotEmpty(path: path) }
        isReadOnly = exists && Self.isWriteProtected(path: path)
        var configuration = Configuration()
        configuration.readonly = isReadOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.label = "dragoman project"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw Self.projectError(error, path: path, busyTimeout: busyTimeout, operation: "opening the project")
        }
        try checkFormat()
        if !isReadOnly {
            try perform("preparing the project") { try Self.migrator.migrate(database) }
        }
    }

    /// An in-memory project, for tests.
    public init(inMemory: Void = ()) throws {
        path = ":memory:"
        isReadOnly = false
        busyTimeout = 0
        database = try DatabaseQueue()
        try Self.migrator.migrate(database)
    }

    /// An empty file is no project (SQLite would take it for a new database). Only `stat`: the
    /// file is never opened outside SQLite, because closing any descriptor of a database file
    /// drops every POSIX lock this process holds on it, so that another process's connection
    /// could take this process's open connections for gone, checkpoint and remove the WAL under
    /// them, and corrupt the database (measured: `bench store` hit "database disk image is
    /// malformed" when its writers opened stores beside a serving workbench). A file that is not
    /// an SQLite database is refused by SQLite itself (SQLITE_NOTADB).
    private static func checkNotEmpty(path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw ProjectError.notAProject(path: path, reason: "cannot read the file")
        }
        if (attributes[.size] as? NSNumber)?.intValue == 0 {
            throw ProjectError.notAProject(path: path, reason: "the file is empty")
        }
    }

    /// A file nobody may write (no write bit), or one this process may not write. The mode bits
    /// count even for root, who could write anyway: the user protected the file on purpose.
    private static func isWriteProtected(path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? Int
        else { return true }
        return mode & 0o222 == 0 || access(path, W_OK) != 0
    }

    private func checkFormat() throws {
        try read("checking the project format") { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if tables.isEmpty {
                if isReadOnly { throw ProjectError.notAProject(path: path, reason: "the database is empty") }
                return
            }
            guard tables.contains("grdb_migrations"), tables.contains("project") else {
                throw ProjectError.notAProject(path: path, reason: "an SQLite database without Dragoman's tables")
            }
            if try Self.migrator.hasBeenSuperseded(db) {
                let applied = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0
                throw ProjectError.newerVersion(path: path, found: applied, supported: Self.formatVersion)
            }
        }
    }

    // MARK: - Transactions and errors

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        try perform(operation) { try database.read(body) }
    }

    /// Runs `body` in one immediate transaction: the write lock is taken (or waited for) before
    /// anything is read, so a concurrent writer makes this wait or fail as "busy", never lose data.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw ProjectError.readOnly(path: path) }
        return try perform(operation) {
            try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    private func perform<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Self.projectError(error, path: path, busyTimeout: busyTimeout, operation: operation)
        }
    }

    static func projectError(
        _ error: DatabaseError, path: String, busyTimeout: TimeInterval, operation: String
    ) -> ProjectError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path, waitedSeconds: busyTimeout)
        case .SQLITE_READONLY: .readOnly(path: path)
        case .SQLITE_NOTADB: .notAProject(path: path, reason: "not an SQLite database")
        default:
            .storage(
                path: path, code: error.extendedResultCode.rawValue, message: error.message ?? "\(error)",
                operation: operation)
        }
    }
}

import DragomanStore
import Foundation

/// Where a project lives, as `--project` and `DRAGOMAN_PROJECT` name it: an SQLite file, or a
/// project in a PostgreSQL database (`postgresql://USER@HOST:PORT/DATABASE?project=NAME`).
public enum ProjectLocation {
    /// The project at `location`, created when `create` is true and there is none.
    public static func open(_ location: String, create: Bool = false, busyTimeout: TimeInterval = 5) throws
        -> any ProjectStore
    {
        if PostgresLocation.isPostgres(location) {
            return try PostgresProjectStore(
                location: PostgresLocation(location), create: create, busyTimeout: busyTimeout)
        }
        return try SQLiteProjectStore(path: location, create: create, busyTimeout: busyTimeout)
    }

    /// `location` as messages print it: a PostgreSQL URL without its password.
    public static func displayed(_ location: String) -> String {
        guard PostgresLocation.isPostgres(location) else { return location }
        return (try? PostgresLocation(location).description) ?? PostgresLocation.redacted(location)
    }

    /// Whether there is a project at `location`.
    public static func exists(_ location: String) -> Bool {
        if PostgresLocation.isPostgres(location) { return (try? open(location)) != nil }
        return FileManager.default.fileExists(atPath: location)
    }

    /// Removes the project at `location` (a file and its journal, or a database's project with
    /// everything in it): a project a failed first command made is not left behind empty.
    public static func remove(_ location: String) {
        if PostgresLocation.isPostgres(location) {
            if let store = try? open(location) as? PostgresProjectStore { try? store.removeProject() }
            return
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: location + suffix)
        }
    }
}

extension PostgresProjectStore {
    /// Deletes this project and everything in it (documents, units, history, memory, exports).
    public func removeProject() throws {
        try write("removing the project") { try run("DELETE FROM project WHERE id = \(projectID)") }
    }
}

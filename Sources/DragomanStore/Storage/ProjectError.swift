import DragomanText

/// Why a project could not be opened, read or changed. Every case names the project file.
public enum ProjectError: DragomanError, Equatable {
    case notFound(path: String)
    case notAProject(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case readOnly(path: String)
    case busy(path: String, waitedSeconds: Double)
    case unknownUnit(path: String, id: Int64)
    /// A save based on `basedOn` met the unit at a later version (`unit`, as it is now).
    case unitChanged(path: String, unit: TranslationUnit, basedOn: Int)
    case unknownDocument(path: String, id: Int64)
    case invalidDocument(path: String, reason: String)
    /// An SQLite failure, with SQLite's code and message and what was being done.
    case storage(path: String, code: Int32, message: String, operation: String)
    /// A database server's failure (PostgreSQL), with its SQLSTATE and message and what was being done.
    case server(path: String, code: String, message: String, operation: String)
    /// A request about a database's team termbase that cannot be done as asked (a name it does
    /// not have, a name another file was shared under).
    case teamTermbase(path: String, reason: String)

    public var location: ErrorLocation? {
        switch self {
        case .notFound(let path), .notAProject(let path, _), .newerVersion(let path, _, _), .readOnly(let path),
            .busy(let path, _), .unknownUnit(let path, _), .unitChanged(let path, _, _), .unknownDocument(let path, _),
            .invalidDocument(let path, _), .storage(let path, _, _, _), .server(let path, _, _, _),
            .teamTermbase(let path, _):
            ErrorLocation(file: path)
        }
    }

    public var problem: String {
        switch self {
        case .notFound: "no project here (create one with `dragoman add ARTICLE --source-lang LANG`)"
        case .notAProject: "not a Dragoman project"
        case .newerVersion(_, let found, let supported):
            "the project was written by a newer Dragoman (format version \(found); "
                + "this one reads up to \(supported)); nothing was changed"
        case .readOnly: "the project file is read-only; nothing was changed"
        case .busy(_, let waited):
            "project is busy (another process is writing; waited \(waited) s); nothing was changed"
        case .unknownUnit(_, let id): "no unit with id \(id)"
        case .unitChanged(_, let unit, let basedOn):
            "unit \(unit.id) changed since version \(basedOn) was read (it is at version \(unit.version) now, "
                + "\(unit.status.rawValue): “\(unit.target ?? "")”); nothing was saved"
        case .unknownDocument(_, let id): "no document with id \(id)"
        case .invalidDocument(_, let reason), .teamTermbase(_, let reason): "\(reason); nothing was changed"
        case .storage(_, _, _, let operation), .server(_, _, _, let operation):
            "the store failed while \(operation); nothing was changed"
        }
    }

    public var cause: String? {
        switch self {
        case .notAProject(_, let reason): reason
        case .storage(_, let code, let message, _): "SQLite error \(code): \(message)"
        case .server(_, let code, let message, _): code.isEmpty ? message : "PostgreSQL error \(code): \(message)"
        default: nil
        }
    }
}

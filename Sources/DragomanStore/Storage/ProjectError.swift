/// Why a project could not be opened, read or changed. Every case names the project file.
public enum ProjectError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notAProject(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case readOnly(path: String)
    case busy(path: String, waitedSeconds: Double)
    case unknownUnit(path: String, id: Int64)
    case unknownDocument(path: String, id: Int64)
    case invalidDocument(path: String, reason: String)
    /// An SQLite failure, with SQLite's code and message and what was being done.
    case storage(path: String, code: Int32, message: String, operation: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no project here (create one with `dragoman add ARTICLE --source-lang LANG`)"
        case .notAProject(let path, let reason): "\(path): not a Dragoman project (\(reason))"
        case .newerVersion(let path, let found, let supported):
            "\(path): the project was written by a newer Dragoman (format version \(found); "
                + "this one reads up to \(supported)); nothing was changed"
        case .readOnly(let path): "\(path): the project file is read-only; nothing was changed"
        case .busy(let path, let waited):
            "\(path): project is busy (another process is writing; waited \(waited) s); nothing was changed"
        case .unknownUnit(let path, let id): "\(path): no unit with id \(id)"
        case .unknownDocument(let path, let id): "\(path): no document with id \(id)"
        case .invalidDocument(let path, let reason): "\(path): \(reason); nothing was changed"
        case .storage(let path, let code, let message, let operation):
            "\(path): SQLite error \(code) while \(operation): \(message); nothing was changed"
        }
    }
}

import Foundation

/// A change one process made to a project, announced to the others that have it open (two
/// workbench servers on one PostgreSQL database): which unit or document, by whom, from which
/// page, and which process sent it (a process ignores its own announcements).
public struct ProjectChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// A unit was saved.
        case unit
        /// A document's units were joined or split.
        case document
        /// The project's glossaries changed: attached, re-synced, or a team glossary it reads
        /// shared anew (`id` is 0).
        case glossaries
    }

    public var kind: Kind
    /// The unit's id (kind `unit`) or the document's (kind `document`); 0 for `glossaries`.
    public var id: Int64
    public var author: String
    public var origin: String

    public init(kind: Kind, id: Int64, author: String, origin: String) {
        self.kind = kind
        self.id = id
        self.author = author
        self.origin = origin
    }
}

/// Where the processes sharing a project hear of each other's changes. SQLite files have none
/// (one workbench per file); a PostgreSQL project uses the server's LISTEN/NOTIFY, and its store
/// announces every change it commits, whoever makes it (a workbench, a command, a script).
public protocol ProjectChangeFeed: AnyObject, Sendable {
    /// The name of this feed's store in announcements: its own changes are not passed on.
    var origin: String { get }
    /// Calls `handler` for every change another store announces from now on.
    func listen(_ handler: @escaping @Sendable (ProjectChange) -> Void) throws
}

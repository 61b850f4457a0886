import DragomanStore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// Changes announced between the processes that have one PostgreSQL project open, through the
/// server's LISTEN/NOTIFY on a connection of its own: each workbench server hears the saves made
/// through the others, and through commands (the store announces every unit it changes inside
/// the transaction that changes it, so the announcement goes out exactly when the change is
/// committed), and passes them to its pages.
public final class PostgresChangeFeed: ProjectChangeFeed, @unchecked Sendable {
    public let origin: String
    let channel: String
    let connection: PostgresConnection
    private let handlers = Mutex<[@Sendable (ProjectChange) -> Void]>([])
    private let listening = Mutex(false)

    init(location: PostgresLocation, projectID: String, origin: String) throws {
        self.origin = origin
        channel = Self.channel(of: projectID)
        connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try location.configuration(), id: 2,
            logger: PostgresProjectStore.logger
        ).wait()
    }

    deinit {
        connection.closeFromDeinit()
    }

    /// One channel per project: an identifier of letters and digits.
    static func channel(of projectID: String) -> String {
        "dragoman_" + projectID.filter { $0.isLetter || $0.isNumber }
    }

    public func listen(_ handler: @escaping @Sendable (ProjectChange) -> Void) throws {
        handlers.withLock { $0.append(handler) }
        let first = listening.withLock { started in
            defer { started = true }
            return !started
        }
        guard first else { return }
        let origin = origin
        connection.addListener(channel: channel) { [weak self] _, notification in
            guard let change = try? JSONDecoder().decode(ProjectChange.self, from: Data(notification.payload.utf8)),
                change.origin != origin, let self
            else { return }
            for handler in self.handlers.withLock({ $0 }) { handler(change) }
        }
        _ = try connection.query(
            PostgresQuery(unsafeSQL: "LISTEN \(channel)"), logger: PostgresProjectStore.logger
        ).wait()
    }
}

extension PostgresProjectStore {
    public var changeFeed: (any ProjectChangeFeed)? { feed }

    /// Announces a change from inside the transaction that makes it: PostgreSQL delivers the
    /// notification when the transaction commits, and never when it rolls back.
    /// The author is cut to its first 200 Unicode scalars (at most 1,200 bytes as JSON; a
    /// character can carry any number of combining marks): a payload over PostgreSQL's 8,000
    /// bytes would fail the save it announces, and pages only show the name.
    func announce(_ kind: ProjectChange.Kind, id: Int64, author: String, toProject project: String? = nil) throws {
        let shortAuthor = String(String.UnicodeScalarView(author.unicodeScalars.prefix(200)))
        let change = ProjectChange(kind: kind, id: id, author: shortAuthor, origin: origin)
        let payload = String(decoding: try JSONEncoder().encode(change), as: UTF8.self)
        try run("SELECT pg_notify(\(PostgresChangeFeed.channel(of: project ?? projectID)), \(payload))")
    }
}

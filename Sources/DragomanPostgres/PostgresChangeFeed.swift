import DragomanStore
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// Changes announced between the processes that have one PostgreSQL project open, through the
/// server's LISTEN/NOTIFY on a connection of its own: each workbench server hears the saves made
/// through the others and passes them to its pages.
public final class PostgresChangeFeed: ProjectChangeFeed, @unchecked Sendable {
    public let origin = UUID().uuidString.lowercased()
    let channel: String
    let connection: PostgresConnection
    private let handlers = Mutex<[@Sendable (ProjectChange) -> Void]>([])
    private let listening = Mutex(false)

    init(location: PostgresLocation, projectID: String) throws {
        // One channel per project: an identifier of letters and digits.
        channel = "dragoman_" + projectID.filter { $0.isLetter || $0.isNumber }
        connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try location.configuration(), id: 2,
            logger: PostgresProjectStore.logger
        ).wait()
    }

    deinit {
        try? connection.close().wait()
    }

    public func announce(_ change: ProjectChange) {
        guard let payload = try? String(decoding: JSONEncoder().encode(change), as: UTF8.self) else { return }
        _ = try? connection.query(
            "SELECT pg_notify(\(channel), \(payload))", logger: PostgresProjectStore.logger
        ).wait()
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
}

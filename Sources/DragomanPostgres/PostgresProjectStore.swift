import DragomanStore
import DragomanText
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// A project in a PostgreSQL database, beside the team's other projects: the same semantics as
/// ``SQLiteProjectStore`` — named schema migrations, every change in one transaction, history
/// entries, unit versions that refuse a save based on an old version (across processes and
/// servers: the unit's row is locked while its version is checked).
///
/// The store is used from synchronous code (the commands, the workbench's project actor): each
/// call runs its statements on its own connection and waits for them on SwiftNIO's event loops,
/// never on the caller's.
public final class PostgresProjectStore: ProjectStore, @unchecked Sendable {
    public let path: String
    public let isReadOnly = false
    public let location: PostgresLocation
    /// This store's name in the change announcements it makes (its own feed skips them).
    let origin = UUID().uuidString.lowercased()
    /// The project row's id (the project's id in exports).
    internal(set) var projectID: String
    let connection: PostgresConnection
    /// How long a write waits for a row another writer holds before "project is busy".
    let busyTimeout: TimeInterval
    /// One transaction at a time on the connection; a store method called inside another's
    /// transaction (a snapshot reading documents) joins it.
    private let lock = NSRecursiveLock()
    private var depth = 0

    /// Made on first use (the workbench's live updates); commands never open it.
    var feed: PostgresChangeFeed? {
        feedLock.lock()
        defer { feedLock.unlock() }
        if let made = madeFeed { return made }
        madeFeed = try? PostgresChangeFeed(location: location, projectID: projectID, origin: origin)
        return madeFeed
    }
    private var madeFeed: PostgresChangeFeed?
    private let feedLock = NSLock()

    static let logger: Logger = {
        var logger = Logger(label: "dragoman.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Opens the project named in `location`, creating its database tables and the project
    /// when `create` is true and there are none.
    public init(location: PostgresLocation, create: Bool = false, busyTimeout: TimeInterval = 5) throws {
        self.location = location
        path = location.description
        self.busyTimeout = busyTimeout
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try location.configuration(), id: 1,
                logger: Self.logger
            ).wait()
        } catch {
            throw Self.projectError(
                error, path: location.description, busyTimeout: busyTimeout, operation: "connecting")
        }
        do {
            _ = try connection.query(
                PostgresQuery(unsafeSQL: "SET lock_timeout = '\(Int(busyTimeout * 1000))ms'"), logger: Self.logger
            ).wait()
            try Self.migrate(connection, path: location.description)
            projectID = try Self.project(named: location.project, create: create, on: connection, path: path)
        } catch {
            try? connection.close().wait()
            if let error = error as? ProjectError { throw error }
            throw Self.projectError(error, path: location.description, busyTimeout: busyTimeout, operation: "opening")
        }
    }

    deinit {
        connection.closeFromDeinit()
    }

    /// The project's row id, making the project when asked to and it is missing.
    private static func project(
        named name: String, create: Bool, on connection: PostgresConnection, path: String
    ) throws -> String {
        let found = try connection.query("SELECT id FROM project WHERE name = \(name)", logger: logger).wait()
        if let row = found.first { return try row.decode(String.self) }
        guard create else { throw ProjectError.notFound(path: path) }
        let id = UUID().uuidString.lowercased()
        _ = try connection.query(
            "INSERT INTO project (id, name, created_at) VALUES (\(id), \(name), \(Date())) ON CONFLICT (name) DO NOTHING",
            logger: logger
        ).wait()
        let made = try connection.query("SELECT id FROM project WHERE name = \(name)", logger: logger).wait()
        guard let row = made.first else { throw ProjectError.notFound(path: path) }
        return try row.decode(String.self)
    }

    /// Whether the connection is encrypted (TLS), as the server sees it.
    public func isEncrypted() throws -> Bool {
        try read("asking about the connection") {
            try run("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.decode(Bool.self) ?? false
        }
    }

    /// The server's own setting `name` (`SHOW`), for tests and diagnostics.
    public func setting(_ name: String) throws -> String {
        guard name.allSatisfy({ $0.isLetter || $0 == "_" }) else { return "" }
        return try read("reading a setting") {
            try run(PostgresQuery(unsafeSQL: "SHOW \(name)")).first?.decode(String.self) ?? ""
        }
    }

    // MARK: - Statements, transactions and errors

    /// Runs one statement and collects its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try connection.query(query, logger: Self.logger).wait()
    }

    /// Runs `body` in one read-only transaction that sees one snapshot of the database.
    func read<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        try transaction(operation, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs `body` in one transaction; a serialization failure or a deadlock runs it again (up to
    /// five times), a lock waited for past the busy timeout is "project is busy".
    func write<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        try transaction(operation, begin: "BEGIN", body)
    }

    private func transaction<T>(_ operation: String, begin: String, _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if depth > 0 { return try body() }
        depth += 1
        defer { depth -= 1 }
        var attempt = 0
        while true {
            attempt += 1
            do {
                try run(PostgresQuery(unsafeSQL: begin))
                do {
                    let result = try body()
                    try run("COMMIT")
                    return result
                } catch {
                    _ = try? run("ROLLBACK")
                    throw error
                }
            } catch let error as ProjectError {
                throw error
            } catch let error as PSQLError where Self.isRetryable(error) && attempt < 5 {
                continue
            } catch {
                throw Self.projectError(error, path: path, busyTimeout: busyTimeout, operation: operation)
            }
        }
    }

    /// Serialization failures and deadlocks: the transaction may simply be run again.
    static func isRetryable(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }

    static func projectError(_ error: any Error, path: String, busyTimeout: TimeInterval, operation: String)
        -> ProjectError
    {
        guard let error = error as? PSQLError else {
            return .server(path: path, code: "", message: "\(error)", operation: operation)
        }
        let state = error.serverInfo?[.sqlState] ?? ""
        if state.isEmpty, let problem = connectionProblem(error) {
            return .server(path: path, code: "", message: problem, operation: operation)
        }
        switch state {
        // lock_not_available (lock_timeout), query_canceled, serialization failure, deadlock.
        case "55P03", "57014", "40001", "40P01": return .busy(path: path, waitedSeconds: busyTimeout)
        case "25006": return .readOnly(path: path)
        default:
            let message =
                error.serverInfo?[.message] ?? (error.underlying.map { "\($0)" } ?? "\(error.code)")
            return .server(path: path, code: state, message: message, operation: operation)
        }
    }

    /// What a translator can act on when the server was never reached or refused TLS, instead
    /// of the driver's nested error values.
    static func connectionProblem(_ error: PSQLError) -> String? {
        switch error.code {
        case .sslUnsupported:
            return "the server does not offer TLS, which the location's sslmode requires (sslmode=prefer or disable "
                + "connects without)"
        case .connectionError, .serverClosedConnection, .failedToAddSSLHandler:
            let underlying = error.underlying.map { "\($0)" } ?? "\(error.code)"
            if underlying.contains("Connection refused") {
                return "cannot connect: connection refused (is PostgreSQL running and listening at that address?)"
            }
            if underlying.contains("CERTIFICATE_VERIFY_FAILED") || underlying.contains("handshakeFailed") {
                return "the server's TLS certificate was not accepted (no authority the location trusts signed it, "
                    + "or it names another host): give sslrootcert=FILE with the certificate of the authority that "
                    + "signed it, or sslmode=require to encrypt without checking (\(underlying))"
            }
            if underlying.contains("No such file") {
                return "cannot connect: no server socket there (is PostgreSQL running? is ?host= its socket folder?)"
            }
            return "cannot connect: \(underlying)"
        default:
            return nil
        }
    }
}

extension PostgresConnection {
    /// Closes a connection whose owner is going away, from whichever thread drops the owner's last
    /// reference. Off the event loops it waits for the close; on any of them (a notification
    /// callback may hold the last reference while it runs) NIO forbids waiting, so the close
    /// completes later and keeps the connection alive until then (postgres-nio asserts a
    /// connection is closed before it is freed).
    func closeFromDeinit() {
        if MultiThreadedEventLoopGroup.currentEventLoop != nil {
            close().whenComplete { _ in withExtendedLifetime(self) {} }
        } else {
            try? close().wait()
        }
    }
}

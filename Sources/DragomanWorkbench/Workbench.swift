import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle

/// The translator's workbench over one project: the pages, the JSON API (documented in
/// `openapi.json`), live updates, behind the access token. `dragoman serve` runs it; tests drive
/// its router in process.
public struct Workbench: Sendable {
    public let project: WorkbenchProject
    public let access: AccessControl
    /// Who a change is by when the request does not say (`--author`).
    public let defaultAuthor: String

    public init(project: WorkbenchProject, access: AccessControl, defaultAuthor: String) {
        self.project = project
        self.access = access
        self.defaultAuthor = defaultAuthor
    }

    /// The HTTP application on `host:port` (port 0: a free one); `onRunning` gets the port bound.
    public func application(
        host: String, port: Int, logLevel: Logger.Level = .notice,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "dragoman.workbench")
        logger.logLevel = logLevel
        return Application(
            router: router(logging: logLevel <= .info),
            configuration: .init(address: .hostname(host, port: port), serverName: "Dragoman"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    /// Runs the workbench until SIGINT or SIGTERM. The event streams end first: the server's
    /// graceful shutdown waits for every open response, and a page's stream never ends by itself.
    public func serve(
        host: String, port: Int, logLevel: Logger.Level = .notice,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        var logger = Logger(label: "dragoman.workbench")
        logger.logLevel = logLevel
        let application = application(host: host, port: port, logLevel: logLevel, onRunning: onRunning)
        // Services shut down in reverse order: the streams' closer before the server.
        let group = ServiceGroup(
            configuration: .init(
                services: [application, EventStreamsCloser(events: project.events)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    public func router(logging: Bool = false) -> Router<BasicRequestContext> {
        let router = Router()
        if logging { router.add(middleware: LogRequestsMiddleware(.info)) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: AccessMiddleware(access: access))
        addStaticRoutes(to: router)
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        return router
    }

    // MARK: Requests

    func author(_ given: String?, _ request: Request) -> String {
        let name = (given ?? request.headers[Self.authorHeader])?.trimmingWhitespace ?? ""
        return name.isEmpty ? defaultAuthor : String(name.prefix(100))
    }

    static let authorHeader = HTTPField.Name("X-Dragoman-Author")!
    static let clientHeader = HTTPField.Name("X-Dragoman-Client")!

    func csrf(_ request: Request) -> String? {
        if case .session(let csrf) = access.access(for: request) { return csrf }
        return nil
    }

    static func id(_ context: BasicRequestContext, _ name: String = "id") throws -> Int64 {
        guard let text = context.parameters.get(name), let id = Int64(text), id > 0 else {
            throw WorkbenchError.badRequest("\(name) must be a positive whole number")
        }
        return id
    }
}

/// Keeps the event streams honest: a comment line every 15 seconds finds the pages that went
/// away (their stream's write fails and it is dropped), and on shutdown every stream ends, so a
/// graceful shutdown does not wait for pages that never close theirs.
struct EventStreamsCloser: Service {
    let events: UnitEvents

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                events.heartbeat()
            }
        }
        events.close()
    }
}

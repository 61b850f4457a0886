import DragomanPostgres
import DragomanStore
import Foundation
import Testing

/// The backends the store suite runs on: SQLite always, PostgreSQL when `DRAGOMAN_TEST_POSTGRES`
/// names a server it can reach (`postgresql://USER@HOST:PORT/DB`, or `postgresql://USER@/DB?host=/var/run/postgresql`);
/// each test gets a new project of its own.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgresql

    var testDescription: String { rawValue }

    static let server = ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static func location(project: String) -> String? {
        server.map { $0 + ($0.contains("?") ? "&" : "?") + "project=" + project }
    }

    static let isPostgresReachable: Bool = {
        guard let location = location(project: "dragoman-test-reachability") else { return false }
        guard let store = try? PostgresProjectStore(location: PostgresLocation(location), create: true) else {
            return false
        }
        try? store.removeProject()
        return true
    }()

    static var available: [StoreBackend] { isPostgresReachable ? [.sqlite, .postgresql] : [.sqlite] }

    static let skipReason: Comment =
        "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES (postgresql://USER@HOST:PORT/DB); the store suite ran on SQLite alone"

    /// A new, empty project on this backend.
    func makeStore() throws -> any ProjectStore {
        switch self {
        case .sqlite: return try SQLiteProjectStore()
        case .postgresql:
            let location = try #require(Self.location(project: "test-\(UUID().uuidString.lowercased())"))
            return try PostgresProjectStore(location: PostgresLocation(location), create: true)
        }
    }
}

@Suite("The store suite's backends")
struct StoreBackendTests {
    @Test(
        "The store suite also runs on PostgreSQL",
        .enabled(if: StoreBackend.isPostgresReachable, StoreBackend.skipReason))
    func postgresIsInTheSuite() {
        #expect(StoreBackend.available == [.sqlite, .postgresql])
    }
}

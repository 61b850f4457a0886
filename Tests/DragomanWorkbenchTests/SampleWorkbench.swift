import DragomanStore
import DragomanTestSupport
import DragomanText
import DragomanWorkbench
import DragomanWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The README's main job (the German sample article with its English translation, aligned, the
/// shipped glossaries attached) in a folder of its own, and a workbench over it.
struct SampleWorkbench {
    static let token = "route-test-token-0123456789"
    let path: String
    let workbench: Workbench

    /// `translation` is the English article to align with the German sample (the sample's own by default).
    init(engine: (any TranslationEngine)? = nil, translation: String? = nil) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-workbench-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sample.db").path
        self.path = path
        let store = try SQLiteProjectStore(path: path, create: true)
        _ = try DocumentAddition(
            source: Repository.path("Samples/de-nordkorea-truppen.txt"), sourceLanguage: .german,
            translation: translation ?? Repository.path("Samples/en-nordkorea-truppen.txt"), targetLanguage: .english,
            glossaries: [Repository.path("Glossaries/news-names.csv")]
        ).add(to: store)
        workbench = Workbench(
            project: try WorkbenchProject(opening: { try SQLiteProjectStore(path: path) }, engine: engine),
            access: AccessControl(token: Self.token), defaultAuthor: "tester")
    }

    /// Runs `body` against the router in process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let application = Application(router: workbench.router())
        return try await application.test(.router, body)
    }
}

/// Requests as a script makes them (the bearer token) or as a page does (a session cookie and
/// its CSRF header).
struct Caller: Sendable {
    var headers: HTTPFields

    static let script = Caller(headers: [.authorization: "Bearer \(SampleWorkbench.token)"])
    static let nobody = Caller(headers: [:])

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, json: String
    ) async throws -> TestResponse {
        var headers = self.headers
        headers[.contentType] = "application/json"
        return try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: json))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    func object() throws -> [String: Any] {
        try #require(try json() as? [String: Any], "not a JSON object: \(text.prefix(200))")
    }

    func array() throws -> [[String: Any]] {
        try #require(try json() as? [[String: Any]], "not a JSON array: \(text.prefix(200))")
    }
}

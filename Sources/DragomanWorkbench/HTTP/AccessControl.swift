import DragomanExchange
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Who may use the workbench: whoever has the access token. Scripts send it as
/// `Authorization: Bearer T`; a browser opens `/?token=T` once and gets a session cookie
/// (HttpOnly, SameSite=Strict) in exchange. Every state-changing request of a session must
/// carry the session's CSRF token in `X-Dragoman-CSRF`, a header a foreign site cannot make a
/// browser send.
public final class AccessControl: Sendable {
    public static let cookieName = "dragoman_session"
    public static let csrfHeader = HTTPField.Name("X-Dragoman-CSRF")!

    public let token: String
    /// Session id → the session's CSRF token. Sessions live as long as the server.
    private let sessions = Mutex<[String: String]>([:])
    /// More sessions than this and the oldest are forgotten (their pages sign in again).
    static let sessionLimit = 10_000

    public init(token: String) { self.token = token }

    /// 32 random bytes in hex, from the system's secure generator.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Compares in time independent of where the texts differ.
    static func same(_ given: some StringProtocol, _ expected: String) -> Bool {
        let (a, b) = (Array(given.utf8), Array(expected.utf8))
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    func tokenMatches(_ given: some StringProtocol) -> Bool { Self.same(given, token) }

    /// A new session: its id (the cookie) and CSRF token.
    func openSession() -> (id: String, csrf: String) {
        let (id, csrf) = (Self.randomToken(), Self.randomToken())
        sessions.withLock { sessions in
            if sessions.count >= Self.sessionLimit { sessions.removeAll() }
            sessions[id] = csrf
        }
        return (id, csrf)
    }

    public enum Access: Equatable {
        case bearer
        case session(csrf: String)
        case none
    }

    public func access(for request: Request) -> Access {
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer "),
            tokenMatches(authorization.dropFirst("Bearer ".count))
        {
            return .bearer
        }
        if let cookie = request.cookies[Self.cookieName]?.value,
            let csrf = sessions.withLock({ $0[cookie] })
        {
            return .session(csrf: csrf)
        }
        return .none
    }
}

/// Enforces ``AccessControl`` on every request but the page's static files and the API's
/// description, and exchanges `/?token=T` for a session.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let access: AccessControl

    static func isPublic(_ path: String) -> Bool { path.hasPrefix("/static/") || path == "/openapi.json" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        if Self.isPublic(path) { return try await next(request, context) }
        if request.method == .get, let token = request.uri.queryParameters["token"] {
            guard access.tokenMatches(token) else { return Self.refusal(.unauthorized, path: path) }
            let session = access.openSession()
            // The token leaves the address bar (and the history) at once.
            var headers: HTTPFields = [.location: path == "/" ? "/" : path]
            headers[.setCookie] =
                "\(AccessControl.cookieName)=\(session.id); Path=/; HttpOnly; SameSite=Strict"
            return Response(status: .seeOther, headers: headers)
        }
        switch access.access(for: request) {
        case .bearer:
            return try await next(request, context)
        case .session(let csrf):
            if ![.get, .head, .options].contains(request.method) {
                guard let given = request.headers[AccessControl.csrfHeader], AccessControl.same(given, csrf) else {
                    return Self.refusal(.forbidden, path: path)
                }
            }
            return try await next(request, context)
        case .none:
            return Self.refusal(.unauthorized, path: path)
        }
    }

    static func refusal(_ status: HTTPResponse.Status, path: String) -> Response {
        let message =
            status == .unauthorized
            ? "this workbench needs its access token: open the address `dragoman serve` printed "
                + "(…/?token=…), or send Authorization: Bearer TOKEN"
            : "a change from the page must carry the X-Dragoman-CSRF header of its session; reload the page"
        if path.hasPrefix("/api/") {
            return APIResponse.error(status: status, message: message)
        }
        return Page.response(
            Page.layout(title: status == .unauthorized ? "Sign in" : "Refused", csrf: nil) {
                "<main class=\"notice\"><h1>Dragoman workbench</h1><p>\(HTMLPage.escape(message))</p></main>"
            }, status: status)
    }
}

enum SecurityPolicy {
    static let content =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
}

/// Headers every response carries: a Content-Security-Policy that allows no inline script or
/// style and nothing from another origin, no sniffing, no framing, no caching of project text.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = APIResponse.failure(error, path: request.uri.path)
        }
        response.headers[.contentSecurityPolicy] = SecurityPolicy.content
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

import DragomanExchange
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation
import Hummingbird

/// JSON responses and errors of the API, in the one JSON form.
enum APIResponse {
    /// Request bodies of the JSON API are small; uploads have their own bound.
    static let jsonBodyLimit = 1 << 20
    static let uploadLimit = 64 << 20

    /// On one line, as APIs answer (scripts that want it indented pipe it through `jq`).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: try JSONFormat.compactText(value) + "\n")))
        } catch {
            return self.error(status: .internalServerError, message: "the response could not be encoded: \(error)")
        }
    }

    struct ErrorBody: Encodable {
        var error: String
        var status: Int
        /// The unit as it is now, when a save was refused because it changed (409).
        var current: UnitView?
    }

    static func error(status: HTTPResponse.Status, message: String, current: UnitView? = nil) -> Response {
        json(ErrorBody(error: message, status: status.code, current: current), status: status)
    }

    /// The response for an error thrown by a route: what it means for the client as a status,
    /// the library's message (which names the file, unit or line) as the text.
    static func failure(_ error: any Error, path: String) -> Response {
        switch error {
        case ProjectError.unitChanged(_, let unit, _):
            return Self.error(status: .conflict, message: "\(error)", current: UnitView(unit))
        case ProjectError.unknownUnit, ProjectError.unknownDocument:
            return Self.error(status: .notFound, message: "\(error)")
        case ProjectError.readOnly:
            return Self.error(status: .forbidden, message: "\(error)")
        case ProjectError.busy:
            return Self.error(status: .serviceUnavailable, message: "\(error)")
        case ProjectError.invalidDocument, is ReviewImport.Refusal, is FileFormatError:
            return Self.error(status: .unprocessableContent, message: "\(error)")
        case WorkbenchError.noEngine:
            // The server was started without an engine: a setting of this server, not a failure of it.
            return Self.error(status: .unprocessableContent, message: "\(error)")
        case is WorkbenchError, is DecodingError:
            return Self.error(status: .badRequest, message: "\(error)")
        case is EngineError:
            return Self.error(status: .badGateway, message: "\(error)")
        case let error as HTTPError:
            return Self.error(status: error.status, message: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return Self.error(status: error.status, message: error.status.reasonPhrase)
        case let error as any DragomanError:
            return Self.error(status: .internalServerError, message: error.description)
        default:
            return Self.error(status: .internalServerError, message: "\(error)")
        }
    }

    /// The request body decoded from JSON; a body that does not fit says which field and why.
    static func decode<Value: Decodable>(_: Value.Type, from request: Request) async throws -> Value {
        let buffer = try await request.body.collect(upTo: jsonBodyLimit)
        do {
            return try JSONFormat.decoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw WorkbenchError.badRequest("the request body does not fit: \(describe(error))")
        } catch {
            throw WorkbenchError.badRequest("the request body is not JSON: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "" : "\(keys): "
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context))missing \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context) + context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}

import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation
import HTTPTypes
import Hummingbird

// The JSON API: the editor's operations for scripts and integrations (and for the page's script).
// Every route is described in Resources/openapi.json.

struct SaveRequest: Decodable {
    var target: String?
    var status: UnitStatus?
    var origin: UnitOrigin?
    var version: Int
    var author: String?
}

struct RestoreRequest: Decodable {
    /// The history entry (0-based) whose target and status become current again.
    var entry: Int
    /// Restore what the unit was before the entry's change (the original, for the first entry).
    var before: Bool?
    var version: Int
    var author: String?
}

struct CheckRequest: Decodable {
    var target: String
}

struct CommentRequest: Decodable {
    var text: String
    var author: String?
}

struct ReviewRequest: Decodable {
    var decision: WorkbenchProject.Decision
    var version: Int
    var comment: String?
    var author: String?
}

struct JoinRequest: Decodable {
    var version: Int
    var nextVersion: Int
    var author: String?
}

struct SplitRequest: Decodable {
    var version: Int
    var author: String?
}

struct TermRequest: Decodable {
    var source: String
    var target: String
    var document: Int64
    var kind: String?
    var author: String?
}

struct DraftResponse: Encodable {
    var unit: Int64
    var target: String
}

extension Workbench {
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        let api = router.group("api")
        let project = self.project

        api.get("documents") { _, _ in APIResponse.json(try await project.documents()) }
        api.get("documents/:id/units") { request, context in
            let units = try await project.units(document: try Self.id(context))
            let status = request.uri.queryParameters["status"].flatMap { UnitStatus(rawValue: String($0)) }
            return APIResponse.json(status.map { status in units.filter { $0.status == status } } ?? units)
        }
        api.get("documents/:id/findings") { _, context in
            APIResponse.json(try await project.findings(document: try Self.id(context)))
        }
        api.get("documents/:id/summary") { request, context in
            let count = request.uri.queryParameters["sentences"].flatMap { Int($0) } ?? 5
            return APIResponse.json(try await project.summary(document: try Self.id(context), sentences: count))
        }
        api.get("documents/:id/names") { _, context in
            APIResponse.json(try await project.names(document: try Self.id(context)))
        }

        api.get("units/:id") { _, context in APIResponse.json(try await project.unit(id: try Self.id(context))) }
        api.put("units/:id") { request, context in
            let body = try await APIResponse.decode(SaveRequest.self, from: request)
            if let target = body.target, target.utf8.count > 100_000 {
                throw WorkbenchError.badRequest("a target of more than 100,000 bytes is not a sentence")
            }
            return APIResponse.json(
                try await project.save(
                    unit: try Self.id(context), target: body.target, status: body.status, origin: body.origin,
                    version: body.version, author: author(body.author, request),
                    client: request.headers[Self.clientHeader]))
        }
        api.get("units/:id/context") { _, context in
            APIResponse.json(try await project.context(unit: try Self.id(context)))
        }
        api.post("units/:id/check") { request, context in
            let body = try await APIResponse.decode(CheckRequest.self, from: request)
            return APIResponse.json(try await project.check(unit: try Self.id(context), target: body.target))
        }
        api.get("units/:id/history") { _, context in
            APIResponse.json(try await project.history(unit: try Self.id(context)))
        }
        api.post("units/:id/restore") { request, context in
            let body = try await APIResponse.decode(RestoreRequest.self, from: request)
            return APIResponse.json(
                try await project.restore(
                    unit: try Self.id(context), entry: body.entry, before: body.before ?? false, version: body.version,
                    author: author(body.author, request), client: request.headers[Self.clientHeader]))
        }
        api.get("units/:id/comments") { _, context in
            APIResponse.json(try await project.comments(unit: try Self.id(context)))
        }
        api.post("units/:id/comments") { request, context in
            let body = try await APIResponse.decode(CommentRequest.self, from: request)
            guard body.text.utf8.count <= 20_000 else {
                throw WorkbenchError.badRequest("a comment is at most 20,000 bytes")
            }
            return APIResponse.json(
                try await project.addComment(
                    unit: try Self.id(context), text: body.text, author: author(body.author, request)),
                status: .created)
        }
        api.post("units/:id/review") { request, context in
            let body = try await APIResponse.decode(ReviewRequest.self, from: request)
            return APIResponse.json(
                try await project.review(
                    unit: try Self.id(context), decision: body.decision, version: body.version,
                    author: author(body.author, request), comment: body.comment,
                    client: request.headers[Self.clientHeader]))
        }
        api.post("units/:id/join") { request, context in
            let body = try await APIResponse.decode(JoinRequest.self, from: request)
            return APIResponse.json(
                try await project.join(
                    unit: try Self.id(context), version: body.version, nextVersion: body.nextVersion,
                    author: author(body.author, request)))
        }
        api.post("units/:id/split") { request, context in
            let body = try await APIResponse.decode(SplitRequest.self, from: request)
            return APIResponse.json(
                try await project.split(
                    unit: try Self.id(context), version: body.version, author: author(body.author, request)))
        }
        api.post("units/:id/mt") { _, context in
            let id = try Self.id(context)
            return APIResponse.json(DraftResponse(unit: id, target: try await project.machineDraft(unit: id)))
        }

        api.get("search") { request, _ in
            let query = String(request.uri.queryParameters["q"] ?? "")
            guard !query.trimmingWhitespace.isEmpty, query.count <= 500 else {
                throw WorkbenchError.badRequest("q must be 1 to 500 characters")
            }
            let limit = request.uri.queryParameters["limit"].flatMap { Int($0) }.map { min(max($0, 1), 1_000) } ?? 200
            return APIResponse.json(try await project.search(query, limit: limit))
        }
        api.post("glossary/terms") { request, _ in
            let body = try await APIResponse.decode(TermRequest.self, from: request)
            let kind = try body.kind.map { text in
                guard let kind = GlossaryEntry.Kind(rawValue: text) else {
                    throw WorkbenchError.badRequest("kind must be person, place, organization or term")
                }
                return kind
            }
            return APIResponse.json(
                try await project.addTerm(
                    source: body.source, target: body.target, kind: kind ?? .term, document: body.document,
                    author: author(body.author, request)),
                status: .created)
        }

        api.get("export") { request, _ in
            guard let name = request.uri.queryParameters["format"],
                let format = ProjectExport.Format(rawValue: String(name))
            else {
                throw WorkbenchError.badRequest(
                    "format must be one of " + ProjectExport.Format.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var document: Int64?
            if let text = request.uri.queryParameters["document"] {
                guard let id = Int64(text), id > 0 else {
                    throw WorkbenchError.badRequest("document must be a positive whole number")
                }
                document = id
            }
            let file = try await project.export(format, document: document)
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.mediaType,
                    .contentDisposition: "attachment; filename=\"\(file.fileName)\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: file.text)))
        }
        api.post("import-review") { request, _ in
            let name = String(request.uri.queryParameters["name"] ?? "review.xlf")
            guard !name.isEmpty, name.count <= 255, !name.contains("/") else {
                throw WorkbenchError.badRequest("name must be a file name (no folders), at most 255 characters")
            }
            let dryRun = request.uri.queryParameters["dry_run"].map { $0 == "true" || $0 == "1" } ?? false
            let body = try await request.body.collect(upTo: APIResponse.uploadLimit)
            return APIResponse.json(
                try await project.importReview(
                    Data(body.readableBytesView), fileName: name, dryRun: dryRun,
                    author: author(request.uri.queryParameters["author"].map(String.init), request)))
        }

        api.get("events") { request, _ in
            let document = request.uri.queryParameters["document"].flatMap { Int64($0) }
            let stream = project.events.subscribe(document: document)
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    // A first comment line, so the page knows the stream is open.
                    try await writer.write(ByteBuffer(string: ": dragoman live updates\n\n"))
                    for await message in stream {
                        try await writer.write(ByteBuffer(string: message))
                    }
                    try await writer.finish(nil)
                })
        }
    }
}

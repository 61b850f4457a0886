import DragomanStore
import Foundation
import HTTPTypes
import Hummingbird

// The pages (server-rendered HTML) and the files they load.
extension Workbench {
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        let project = self.project
        router.get("/") { request, _ in
            Page.response(
                DocumentsPage.html(project: project.path, documents: try await project.documents(), csrf: csrf(request))
            )
        }
        router.get("documents/:id") { request, context in
            let id = try Self.id(context)
            let mode =
                request.uri.queryParameters["mode"].flatMap { EditorPage.Mode(rawValue: String($0)) } ?? .translate
            // An unknown document is a 404 before anything is sent.
            let document = try await project.document(id: id)
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: EditorPage.body(
                    document: document, mode: mode, csrf: csrf(request),
                    machineTranslation: project.hasMachineTranslation,
                    allRows: request.uri.queryParameters["all"] == "1"
                ) {
                    let (_, progress, units) = try await project.editorData(document: id)
                    return (progress, units)
                })
        }
        router.get("documents/:id/summary") { request, context in
            let id = try Self.id(context)
            let count = request.uri.queryParameters["sentences"].flatMap { Int($0) } ?? 5
            return Page.response(
                SummaryPage.html(
                    documentID: id, summary: try await project.summary(document: id, sentences: count),
                    csrf: csrf(request)))
        }
    }

    func addStaticRoutes(to router: Router<BasicRequestContext>) {
        for (name, type) in [
            ("workbench.js", "text/javascript; charset=utf-8"), ("workbench.css", "text/css; charset=utf-8"),
        ] {
            let content = StaticFiles.shared[name] ?? ByteBuffer()
            router.get("static/\(name)") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                    body: .init(byteBuffer: content))
            }
        }
        let description = StaticFiles.shared["openapi.json"] ?? ByteBuffer()
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: description))
        }
    }
}

/// The page's script and style and the API's description, read once from the module's resources.
enum StaticFiles {
    static let shared: [String: ByteBuffer] = {
        var files: [String: ByteBuffer] = [:]
        for name in ["workbench.js", "workbench.css", "openapi.json"] {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard
                let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Resources")
                    ?? Bundle.module.url(forResource: parts[0], withExtension: parts[1]),
                let data = try? Data(contentsOf: url)
            else { continue }
            files[name] = ByteBuffer(bytes: data)
        }
        return files
    }()

}

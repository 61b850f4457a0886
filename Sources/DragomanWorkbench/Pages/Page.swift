import DragomanExchange
import Foundation
import Hummingbird

/// The frame of every page: the style sheet and script from /static (no inline script or style:
/// the Content-Security-Policy forbids them), the session's CSRF token for the script.
enum Page {
    static func layout(title: String, csrf: String?, bodyClass: String = "", main: () -> String) -> String {
        top(title: title, csrf: csrf, bodyClass: bodyClass) + main() + bottom
    }

    /// Everything up to and including `<body>`: what a streamed page sends first.
    static func top(title: String, csrf: String?, bodyClass: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLPage.escape(title)) · Dragoman</title>
            <link rel="stylesheet" href="/static/workbench.css">
            <link rel="icon" href="data:,">

            """
        if let csrf { html += "<meta name=\"dragoman-csrf\" content=\"\(HTMLPage.escape(csrf))\">\n" }
        html += "<script src=\"/static/workbench.js\" defer></script>\n</head>\n"
        return html + "<body class=\"\(HTMLPage.escape(bodyClass))\">\n"
    }

    static let bottom = "\n</body>\n</html>\n"

    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

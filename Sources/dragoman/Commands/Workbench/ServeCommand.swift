import ArgumentParser
import DragomanPostgres
import DragomanStore
import DragomanText
import DragomanWorkbench
import Foundation
import Logging

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the translator's workbench on a project: a web editor and review desk, and a JSON API.",
        discussion: """
            Prints the address to open (with the access token); the page exchanges the token for a session \
            cookie. Scripts send `Authorization: Bearer TOKEN` to the JSON API, described at /openapi.json. \
            The server listens on 127.0.0.1 unless --host says otherwise (it speaks plain HTTP: put it behind \
            a TLS proxy before letting other machines in). Ctrl+C stops it.
              dragoman serve --project sample.db
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port (0: any free port, printed).")
    var port = 8080

    @Option(name: .long, help: "The access token (default: $DRAGOMAN_TOKEN, else a random one, printed).")
    var token: String?

    @OptionGroup var author: AuthorOption

    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .long, help: "Log every request on standard error.")
    var verbose = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        if let token, token.count < 16 || token.contains(where: { $0.isWhitespace }) {
            throw ValidationError("--token must be at least 16 characters, without spaces")
        }
    }

    func run() throws {
        let project = projectOptions.project
        let busyTimeout = projectOptions.busyTimeout
        let first = try projectOptions.open().documents().first
        let engine = try first.flatMap { try engineOptions.make(source: $0.sourceLanguage, target: $0.targetLanguage) }
        let token =
            token ?? ProcessInfo.processInfo.environment["DRAGOMAN_TOKEN"].flatMap { $0.count >= 16 ? $0 : nil }
            ?? AccessControl.randomToken()
        let workbench = Workbench(
            project: try WorkbenchProject(
                opening: { try ProjectLocation.open(project, create: false, busyTimeout: busyTimeout) },
                engine: engine),
            access: AccessControl(token: token), defaultAuthor: author.name)
        // Saves through other servers on the same PostgreSQL project reach this one's pages.
        try workbench.project.followOtherServers()
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            StandardError.write(
                "dragoman: listening on \(host): other machines can reach the workbench (plain HTTP; the token is its "
                    + "only protection)\n")
        }
        let host = self.host
        let port = self.port
        try AsyncRunner.result {
            try await workbench.serve(
                host: host, port: port, logLevel: verbose ? .info : .warning,
                onRunning: { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    StandardOutput.shared.write("http://\(shown):\(port)/?token=\(token)\n")
                    StandardOutput.shared.flush()
                    StandardError.write(
                        "dragoman: workbench on \(ProjectLocation.displayed(project)): open the address above; "
                            + "Ctrl+C stops it\n")
                })
        }
    }
}

import ArgumentParser
import DragomanPostgres
import DragomanStore
import DragomanText
import Foundation

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Whole projects: copy one between an SQLite file and a PostgreSQL database.",
        subcommands: [ProjectCopyCommand.self]
    )
}

struct ProjectCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a project, losslessly, to a new SQLite file or a new project in a PostgreSQL database.",
        discussion: """
            Everything moves with its ids: documents, segments, units with their statuses and versions, \
            history, comments, attached glossaries, the translation memory, review exports, and the project's \
            own id (which exports carry), so exports before and after are identical. The target must not hold \
            a project yet (a new file, or a project name the database does not have); nothing is written when \
            anything fails.
              dragoman project copy sample.db 'postgresql://me@127.0.0.1:5432/newsroom?project=sample'
              dragoman project copy 'postgresql://me@127.0.0.1:5432/newsroom?project=sample' back.db
            """
    )

    @Argument(help: "The project to copy: a file or postgresql://USER@HOST:PORT/DB?project=NAME.")
    var from: String

    @Argument(help: "Where to copy it: a new file or postgresql://USER@HOST:PORT/DB?project=NEW-NAME.")
    var to: String

    func run() throws {
        let busyTimeout =
            ProcessInfo.processInfo.environment["DRAGOMAN_BUSY_TIMEOUT"].flatMap(TimeInterval.init) ?? 5
        let source = try ProjectLocation.open(from, busyTimeout: busyTimeout)
        if ProjectLocation.exists(to) {
            throw ProjectCopyError.targetExists(location: ProjectLocation.displayed(to))
        }
        let snapshot = try source.snapshot()
        do {
            let target = try ProjectLocation.open(to, create: true, busyTimeout: busyTimeout)
            try target.restore(snapshot)
        } catch {
            ProjectLocation.remove(to)
            throw error
        }
        StandardError.write(
            "dragoman: copied \(source.path) to \(ProjectLocation.displayed(to)): \(snapshot.summary)\n")
    }
}

enum ProjectCopyError: DragomanError {
    case targetExists(location: String)

    var location: ErrorLocation? {
        switch self {
        case .targetExists(let location): ErrorLocation(file: location)
        }
    }

    var problem: String {
        switch self {
        case .targetExists: "there is a project here already; copy to a new file or a new project name"
        }
    }
}

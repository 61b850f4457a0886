import ArgumentParser
import DragomanGlossary
import DragomanPostgres
import DragomanStore
import DragomanWorkflow
import Foundation

/// `--project PATH`, as every project command takes it: an SQLite file, or a project in a
/// PostgreSQL database (`postgresql://USER@HOST:PORT/DB?project=NAME`); DRAGOMAN_PROJECT when not given.
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "The project: a file (created by `add` when missing) or postgresql://USER@HOST:PORT/DB?project=NAME (default: $DRAGOMAN_PROJECT, else dragoman.db)."
    )
    var project: String =
        ProcessInfo.processInfo.environment["DRAGOMAN_PROJECT"].flatMap { $0.isEmpty ? nil : $0 }
        ?? SQLiteProjectStore.defaultFileName

    /// How long a write waits for another process before "project is busy" (DRAGOMAN_BUSY_TIMEOUT, seconds).
    var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["DRAGOMAN_BUSY_TIMEOUT"].flatMap(TimeInterval.init) ?? 5
    }

    func open(create: Bool = false) throws -> any ProjectStore {
        try ProjectLocation.open(project, create: create, busyTimeout: busyTimeout)
    }

    /// Runs `body` on the project, creating it when there is none; a project this call created
    /// is removed again when `body` fails, so a failed first `add` leaves no empty project behind.
    func creatingIfNeeded<Result>(_ body: (any ProjectStore) throws -> Result) throws -> Result {
        let existed = ProjectLocation.exists(project)
        do {
            // The store is closed (released) before any removal.
            return try body(try open(create: true))
        } catch {
            if !existed { ProjectLocation.remove(project) }
            throw error
        }
    }

    /// The project's glossaries, read from their copies in the project.
    func glossaries(of store: any ProjectStore) throws -> [Glossary] { try ProjectGlossaries.load(from: store) }
}

extension UnitStatus: ExpressibleByArgument {}

/// `--author NAME`, for the commands that change units and so write their history.
struct AuthorOption: ParsableArguments {
    @Option(name: .long, help: "Who makes the changes, for the units' history (default: $USER).")
    var author: String?

    var name: String {
        author ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "translator"
    }
}

import ArgumentParser
import DragomanEvaluation
import DragomanPostgres
import DragomanStore
import DragomanText
import DragomanWorkbench
import Foundation

struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "The project store under load: SQLite against PostgreSQL, and the team memory at scale.",
        discussion: """
            Saves: 1, 4 and 16 writers (threads, each with a connection of its own) save random units of one \
            project for --seconds, each save based on the version just read; saves per second, p50/p99 latency, \
            refusals, and lost updates (acknowledged saves missing from the history afterwards), on an SQLite file \
            and on a PostgreSQL project, in one run. Web: the same writers as HTTP clients of `dragoman serve`, \
            through one server on the SQLite file and through two servers on the PostgreSQL project (writers \
            taking them in turn). Team memory: --memory-entries units in the database \
            (sentences of --corpus, numbered variants past its size), --queries lookups of revised sentences; \
            against the in-process index of `bench tm` over --baseline-entries. Import: a --segments-sentence \
            article added to each store, and `project copy` both ways, each in a child process (time, peak memory).
              .build/release/dragoman bench store --postgres postgresql://me@127.0.0.1:5432/bench --corpus /tmp/tm-corpus.txt
            """
    )

    @Option(
        name: .long, help: "A PostgreSQL database: postgresql://USER@HOST:PORT/DB (default: $DRAGOMAN_TEST_POSTGRES).")
    var postgres: String?

    @Option(name: .long, help: "A text file with one sentence per line.")
    var corpus: String

    @Option(name: .long, help: "Units in the project the writers save.")
    var units = 2_000

    @Option(name: .long, help: "How long each writer count runs, in seconds.")
    var seconds = 5.0

    @Option(name: .long, help: "Memory units in the team memory.")
    var memoryEntries = 1_000_000

    @Option(name: .long, help: "Team-memory lookups to time.")
    var queries = 200

    @Option(name: .long, help: "Entries of the in-process memory the team memory is compared with.")
    var baselineEntries = 100_000

    @Option(name: .long, help: "Sentences of the article imported and copied.")
    var segments = 100_000

    @Option(
        name: .long, parsing: .upToNextOption,
        help: "What to measure: saves, web, memory, import (default: all).")
    var parts: [Part] = Part.allCases

    enum Part: String, CaseIterable, ExpressibleByArgument {
        case saves, web, memory, `import`
    }

    func run() throws {
        guard
            let server = postgres
                ?? ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"].flatMap({
                    $0.isEmpty ? nil : $0
                })
        else { throw ValidationError("Give --postgres postgresql://USER@HOST:PORT/DB (or DRAGOMAN_TEST_POSTGRES).") }
        func location(_ project: String) -> String {
            server + (server.contains("?") ? "&" : "?") + "project=" + project
        }
        var sentences: [String] = []
        try TextFileReader(path: corpus).forEachLine { line in
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { sentences.append(text) }
        }
        let output = StandardOutput.shared
        let run = UUID().uuidString.prefix(8).lowercased()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-bench-store-\(run)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = { (message: String) in
            if StandardError.isTerminal { StandardError.write("dragoman: \(message)…\n") }
        }

        // Saves, straight to the stores and through workbench servers.
        let document = StoreBenchmark.document(units: units, sentences: sentences)
        let file = folder.appendingPathComponent("writers.db").path
        let sqlite = try SQLiteProjectStore(path: file, create: true)
        let sqliteUnits = try sqlite.units(document: try sqlite.add(document).id).map(\.id)
        let remote = location("bench-writers-\(run)")
        // The bench's projects leave the database with it (the team memory stays, to be reused).
        defer { ProjectLocation.remove(remote) }
        let postgresStore = try ProjectLocation.open(remote, create: true)
        let postgresUnits = try postgresStore.units(document: try postgresStore.add(document).id).map(\.id)
        var lost = 0
        func report(_ result: StoreBenchmark.Writers, _ label: String) {
            lost += result.lost
            output.write(
                String(
                    format:
                        "%@, %@, %2d writer(s): %7.1f saves/s, p50 %.2f ms, p99 %.2f ms, %d saved, %d refused (stale), %d lost\n",
                    label, result.backend, result.writers, result.savesPerSecond, result.p50Milliseconds,
                    result.p99Milliseconds, result.saves, result.refused, result.lost))
        }
        if parts.contains(.saves) {
            for writers in [1, 4, 16] {
                for (backend, open, ids) in [
                    (
                        "SQLite",
                        { @Sendable in try SQLiteProjectStore(path: file, busyTimeout: 30) as any ProjectStore },
                        sqliteUnits
                    ),
                    ("PostgreSQL", { @Sendable in try ProjectLocation.open(remote, busyTimeout: 30) }, postgresUnits),
                ] {
                    progress("\(writers) writer(s) on \(backend)")
                    report(
                        try StoreBenchmark.writers(
                            backend: backend, open: open, unitIDs: ids, writers: writers, seconds: seconds), "saves")
                }
            }
        }
        if parts.contains(.web) {
            let token = AccessControl.randomToken()
            // Every server started is stopped, even when a later one fails to start.
            var started: [WorkbenchChild] = []
            defer { for server in started { server.stop() } }
            for project in [file, remote, remote] { started.append(try WorkbenchChild(project: project, token: token)) }
            let (sqliteServer, postgresServers) = (started[0], Array(started[1...]))
            for writers in [1, 4, 16] {
                for (backend, servers, check, ids) in [
                    ("SQLite, 1 server", [sqliteServer.url], sqlite as any ProjectStore, sqliteUnits),
                    ("PostgreSQL, 2 servers", postgresServers.map(\.url), postgresStore, postgresUnits),
                ] {
                    progress("\(writers) web writer(s), \(backend)")
                    report(
                        try StoreBenchmark.httpWriters(
                            backend: backend, servers: servers, token: token, check: check, unitIDs: ids,
                            writers: writers, seconds: seconds), "web saves")
                }
            }
        }
        // A lost update is a broken store, not a slow one: the bench fails.
        if lost > 0 { throw CommandFailure.problemsFound("\(lost) acknowledged save(s) missing from the history") }
        guard parts.contains(.memory) || parts.contains(.import) else { return }

        // Team memory against the in-process index.
        if parts.contains(.memory) { try measureTeamMemory(location("bench-team-memory"), sentences, progress) }
        guard parts.contains(.import) else { return }
        try measureImport(sentences, folder: folder, location: location, run: String(run), progress: progress)
    }

    private func measureTeamMemory(_ location: String, _ sentences: [String], _ progress: (String) -> Void) throws {
        let output = StandardOutput.shared
        let team = try PostgresProjectStore(location: PostgresLocation(location), create: true)
        let lookup = try StoreBenchmark.teamLookup(
            store: team, sentences: sentences, entries: memoryEntries, queries: queries, progress: progress)
        output.write(
            String(
                format:
                    "team memory (PostgreSQL, %d units in the database, filled in %.1f s): mean %.2f ms, p99 %.2f ms over %d lookups (%.1f matches each)\n",
                max(lookup.entries, try team.memoryCount()), lookup.fillSeconds, lookup.meanMilliseconds,
                lookup.p99Milliseconds, lookup.queries, lookup.meanMatches))
        output.write(
            String(
                format:
                    "team memory, the first %d lookups also by trigram similarity alone: mean %.2f ms; of its %d matches the word stems missed %d\n",
                lookup.checkedQueries, lookup.exhaustiveMeanMilliseconds, lookup.exhaustiveMatches,
                lookup.missedMatches))
        let baseline = TranslationMemoryBenchmark(
            sentences: sentences, entries: baselineEntries, queries: queries, scanChecks: 0
        ).run(progress: progress)
        output.write(
            String(
                format: "baseline, in-process index over %d units: mean %.2f ms, p99 %.2f ms over %d lookups\n",
                baseline.entries, baseline.meanLookupMilliseconds, baseline.p99LookupMilliseconds, baseline.queries))
    }

    /// Import and copy, each in a child process.
    private func measureImport(
        _ sentences: [String], folder: URL, location: (String) -> String, run: String, progress: (String) -> Void
    ) throws {
        let output = StandardOutput.shared
        let article = folder.appendingPathComponent("article.txt")
        try sentences.prefix(segments).joined(separator: "\n\n").write(to: article, atomically: true, encoding: .utf8)
        let program = ChildProcess.currentExecutable
        let imported = folder.appendingPathComponent("import.db").path
        let copied = folder.appendingPathComponent("copied.db").path
        let remoteImport = location("bench-import-\(run)")
        let remoteCopy = location("bench-copy-\(run)")
        defer { for project in [remoteImport, remoteCopy] { ProjectLocation.remove(project) } }
        for (label, arguments) in [
            (
                "add to SQLite",
                ["add", article.path, "--source-lang", "de", "--no-default-glossaries", "--project", imported]
            ),
            (
                "add to PostgreSQL",
                ["add", article.path, "--source-lang", "de", "--no-default-glossaries", "--project", remoteImport]
            ),
            ("project copy SQLite → PostgreSQL", ["project", "copy", imported, remoteCopy]),
            ("project copy PostgreSQL → SQLite", ["project", "copy", remoteCopy, copied]),
        ] {
            progress(label)
            let began = DispatchTime.now()
            let peak = try ChildProcess.peakMemory(of: program, arguments: arguments)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
            output.write(
                String(
                    format: "%@ (%d sentences): %.1f s, peak %.1f MB\n", label, min(segments, sentences.count), elapsed,
                    Double(peak) / 1_048_576))
        }
    }
}

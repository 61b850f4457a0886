import DragomanStore
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Nothing confirmed is lost: processes killed with SIGKILL mid-import and mid-session, and
/// two processes writing one project at once.
@Suite("Project durability", .serialized)
struct ProjectDurabilityTests {
    /// A started `dragoman` process with its pipes.
    final class Running {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = CommandRunner.packageRoot
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = input
            try process.run()
        }

        func send(_ text: String) throws {
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
        }

        /// Reads standard output (or error) until `count` lines start with `prefix` (or the
        /// output ends); returns those lines.
        func lines(startingWith prefix: String, count: Int, fromErrors: Bool = false) -> [String] {
            var buffer = ""
            var found: [String] = []
            let handle = (fromErrors ? errors : output).fileHandleForReading
            while found.count < count {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                buffer += String(decoding: chunk, as: UTF8.self)
                // One chunk can carry more lines than asked for (a loaded machine reads late).
                while found.count < count, let newline = buffer.firstIndex(of: "\n") {
                    let line = String(buffer[..<newline])
                    buffer.removeSubrange(...newline)
                    if line.hasPrefix(prefix) { found.append(line) }
                }
            }
            return found
        }

        func kill() {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func finish() -> (status: Int32, stderr: String) {
            _ = output.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, stderr)
        }
    }

    /// `count` German news-like lines, each its own sentence.
    static func article(lines count: Int, at url: URL) throws {
        let places = ["Moskau", "Pjöngjang", "Seoul", "Kiew", "Washington", "Peking"]
        let text = (1...count).map { n in
            "Am \(n % 28 + 1). Oktober meldete \(places[n % places.count]) \(n * 7) neue Soldaten in Bericht Nummer \(n)."
        }.joined(separator: "\n")
        try Data(text.utf8).write(to: url)
    }

    static func check(_ project: String) throws -> DatabaseQueue {
        let database = try DatabaseQueue(path: project)
        let integrity = try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        let foreignKeys = try database.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }
        #expect(foreignKeys.isEmpty)
        return database
    }
}

extension ProjectDurabilityTests {
    @Test("SIGKILL at 10 random points of a large import: no half document, confirmed units kept")
    func killedImports() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let small = folder.appendingPathComponent("small.txt")
        try Data("Kim traf Putin.\nSeoul protestierte.\n".utf8).write(to: small)
        let large = folder.appendingPathComponent("large.txt")
        try Self.article(lines: 12_000, at: large)
        #expect(try CommandRunner.run(["add", small.path, "--source-lang", "de", "--project", project]).status == 0)
        #expect(try CommandRunner.run(["set", "1", "Kim met Putin.", "--project", project]).status == 0)

        // How long an import takes when left alone, to spread the kills over it.
        let reference = folder.appendingPathComponent("reference.db").path
        let started = Date()
        #expect(try CommandRunner.run(["add", large.path, "--source-lang", "de", "--project", reference]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expectedUnits = try DatabaseQueue(path: reference).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM unit")!
        }

        var outcomes: [String] = []
        for _ in 0..<10 {
            let running = try Running(["add", large.path, "--source-lang", "de", "--project", project])
            if Bool.random() {
                // Anywhere in the run.
                usleep(useconds_t(Double.random(in: 0.05...1.0) * duration * 1_000_000))
            } else {
                // Inside the write: after the command says it is storing.
                _ = running.lines(startingWith: "dragoman: storing", count: 1, fromErrors: true)
                usleep(useconds_t.random(in: 0...300_000))
            }
            running.kill()
            let database = try Self.check(project)
            try database.read { db in
                #expect(try String.fetchOne(db, sql: "SELECT target FROM unit WHERE id = 1") == "Kim met Putin.")
                let documents = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT d.id, COUNT(u.id) AS units FROM document d LEFT JOIN unit u ON u.documentID = d.id GROUP BY d.id"
                )
                for document in documents where (document["id"] as Int64) != 1 {
                    #expect(document["units"] as Int == expectedUnits, "a document is complete or absent")
                }
                outcomes.append(documents.count > 1 ? "complete" : "absent")
            }
            // Remove any completed copy so the next kill meets the same situation.
            try database.write { try $0.execute(sql: "DELETE FROM document WHERE id <> 1") }
        }
        print("killed imports (\(String(format: "%.1f", duration)) s each, \(expectedUnits) units): \(outcomes)")
    }

    @Test("SIGKILL at 10 random points of a scripted translate run: every saved unit is there")
    func killedSessions() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let article = folder.appendingPathComponent("a.txt")
        try Self.article(lines: 400, at: article)
        #expect(
            try CommandRunner.run([
                "add", article.path, "--source-lang", "de", "--project", project, "--no-default-glossaries",
            ]).status == 0)
        var confirmed: [Int64: String] = [:]
        for round in 0..<10 {
            let running = try Running(["translate", "--project", project, "--author", "round\(round)"])
            let script = (0..<400).map { "Report \($0) of round \(round)." }.joined(separator: "\n") + "\n"
            try running.send(script)
            let wanted = Int.random(in: 1...25)
            let saved = running.lines(startingWith: "saved unit ", count: wanted)
            #expect(saved.count == wanted)
            running.kill()
            let database = try Self.check(project)
            // Which texts went to which unit: the n-th line typed went to the n-th unit shown.
            try database.read { db in
                for line in saved {
                    let id = Int64(line.split(separator: " ")[2])!
                    let target = try String.fetchOne(db, sql: "SELECT target FROM unit WHERE id = ?", arguments: [id])
                    #expect(target?.hasSuffix("of round \(round).") == true, "unit \(id) was reported saved")
                    confirmed[id] = target
                }
                for (id, target) in confirmed {
                    let stored = try String.fetchOne(db, sql: "SELECT target FROM unit WHERE id = ?", arguments: [id])
                    #expect(stored == target)
                }
            }
        }
        #expect(confirmed.count >= 10)
    }

    @Test("Two processes translating one project at once both succeed")
    func concurrentWriters() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        for name in ["a", "b"] {
            let article = folder.appendingPathComponent("\(name).txt")
            try Self.article(lines: 60, at: article)
            #expect(
                try CommandRunner.run([
                    "add", article.path, "--source-lang", "de", "--project", project, "--no-default-glossaries",
                    "--again",
                ]).status == 0)
        }
        let runs = try ["1", "2"].map { document in
            try Running(["translate", "--document", document, "--project", project, "--author", "writer\(document)"])
        }
        for (index, run) in runs.enumerated() {
            try run.send((0..<60).map { "Line \($0) by writer \(index + 1)." }.joined(separator: "\n") + "\n")
        }
        for run in runs {
            let result = run.finish()
            #expect(result.status == 0, "\(result.stderr)")
        }
        let database = try Self.check(project)
        let counts = try database.read {
            try Int.fetchAll($0, sql: "SELECT COUNT(*) FROM unit WHERE status = 'translated' GROUP BY documentID")
        }
        #expect(counts == [60, 60])
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM unitChange")! } == 120)
    }

    @Test("A writer blocked past the timeout gets 'project is busy' and changes nothing")
    func busyProject() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let article = folder.appendingPathComponent("a.txt")
        try Data("Kim traf Putin.\n".utf8).write(to: article)
        #expect(try CommandRunner.run(["add", article.path, "--source-lang", "de", "--project", project]).status == 0)
        let blocker = try DatabaseQueue(path: project)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = Date()
            let blocked = try Running(
                ["set", "1", "Kim met Putin.", "--project", project], environment: ["DRAGOMAN_BUSY_TIMEOUT": "0.5"])
            try blocked.send("")
            let result = blocked.finish()
            #expect(result.status == 2)
            #expect(result.stderr.contains("project is busy"), "\(result.stderr)")
            #expect(Date().timeIntervalSince(started) >= 0.5)
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try blocker.read { try String.fetchOne($0, sql: "SELECT target FROM unit WHERE id = 1") } == nil)
        #expect(try CommandRunner.run(["set", "1", "Kim met Putin.", "--project", project]).status == 0)
    }
}

extension ProjectDurabilityTests {
    /// Closing any descriptor of a database file drops every POSIX lock the process holds on it.
    /// A store opened (and dropped) beside one that stays open must not do that: another process
    /// would then take the open connection for gone, checkpoint and delete the WAL under it, and
    /// the open connection would read a corrupt database.
    @Test("A second store opened beside an open one keeps its locks: another process leaves the WAL alone")
    func aSecondStoreKeepsTheProcesssLocks() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let article = folder.appendingPathComponent("a.txt")
        try Self.article(lines: 20, at: article)
        #expect(try CommandRunner.run(["add", article.path, "--source-lang", "de", "--project", project]).status == 0)
        let held = try SQLiteProjectStore(path: project)
        let unit = try held.units(document: try #require(try held.documents().first).id)[0]
        try held.update(UnitUpdate(of: unit, target: "In October.", status: .draft, origin: .typed, author: "ana"))
        for _ in 0..<3 { _ = try SQLiteProjectStore(path: project).documents() }
        // Another process opens and closes the project: it must see this process's connection.
        #expect(try CommandRunner.run(["status", "--project", project]).status == 0)
        #expect(FileManager.default.fileExists(atPath: project + "-wal"), "the WAL of an open project was removed")
        let again = try held.unit(id: unit.id)
        try held.update(
            UnitUpdate(of: again, target: "In October 2024.", status: .draft, origin: .typed, author: "ana"))
        #expect(try held.history(unit: unit.id).count == 2)
        _ = try Self.check(project)
    }
}

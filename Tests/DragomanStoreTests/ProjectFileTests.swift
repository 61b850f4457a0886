import DragomanStore
import Foundation
import GRDB
import Testing

@Suite("Project files")
struct ProjectFileTests {
    @Test func createReopenAndKeepTheProjectID() throws {
        let path = ProjectStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let id = try SQLiteProjectStore(path: path, create: true).info.id
        let reopened = try SQLiteProjectStore(path: path)
        #expect(try reopened.info.id == id)
        #expect(id.count == 36)
    }

    @Test func missingProjectIsNotCreatedByReaders() throws {
        let path = ProjectStoreTests.temporaryPath()
        #expect(throws: ProjectError.notFound(path: path)) { try SQLiteProjectStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func fileThatIsNotAProject() throws {
        let text = ProjectStoreTests.temporaryPath()
        try Data("Kim traf Putin.\n".utf8).write(to: URL(fileURLWithPath: text))
        defer { try? FileManager.default.removeItem(atPath: text) }
        #expect(throws: ProjectError.notAProject(path: text, reason: "not an SQLite database")) {
            try SQLiteProjectStore(path: text, create: true)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data("Kim traf Putin.\n".utf8))

        let other = ProjectStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        #expect(throws: ProjectError.self) { try SQLiteProjectStore(path: other, create: true) }
        let tables = try DatabaseQueue(path: other).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["notes"], "nothing was added to the foreign database")
    }

    @Test func projectFromANewerVersionIsRefused() throws {
        let path = ProjectStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try SQLiteProjectStore(path: path, create: true)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        #expect(throws: ProjectError.newerVersion(path: path, found: 4, supported: 3)) {
            try SQLiteProjectStore(path: path)
        }
    }

    @Test func readOnlyProjectReadsButRefusesWrites() throws {
        let path = ProjectStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let store = try SQLiteProjectStore(path: path, create: true)
            try store.add(ProjectStoreTests.sampleDocument())
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try SQLiteProjectStore(path: path)
        #expect(store.isReadOnly)
        let unit = try store.units(document: nil)[0]
        #expect(unit.source == "Kim traf Putin.")
        #expect(throws: ProjectError.readOnly(path: path)) {
            try store.update(
                UnitUpdate(unitID: unit.id, basedOn: 1, target: "x", status: .translated, origin: .typed, author: "a"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func concurrentWriterWaitsThenReportsBusy() throws {
        let path = ProjectStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try SQLiteProjectStore(path: path, create: true)
        try first.add(ProjectStoreTests.sampleDocument())
        let second = try SQLiteProjectStore(path: path, busyTimeout: 0.2)
        // Hold the write lock from another connection while the second store tries to write.
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let unit = try second.units(document: nil)[0]
            let started = Date()
            #expect(throws: ProjectError.busy(path: path, waitedSeconds: 0.2)) {
                try second.update(
                    UnitUpdate(
                        unitID: unit.id, basedOn: 1, target: "x", status: .translated, origin: .typed, author: "b"))
            }
            #expect(Date().timeIntervalSince(started) >= 0.15, "it waited before giving up")
            try db.execute(sql: "ROLLBACK")
        }
        let unit = try second.units(document: nil)[0]
        try second.update(
            UnitUpdate(unitID: unit.id, basedOn: 1, target: "x", status: .translated, origin: .typed, author: "b"))
        #expect(try first.unit(id: unit.id).target == "x")
    }
}

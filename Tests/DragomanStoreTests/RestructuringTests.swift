import DragomanStore
import Foundation
import Testing

/// Alignment fixes and comment threads in the store: each one transaction, each in the history.
@Suite("Joins, splits and comments")
struct RestructuringTests {
    @Test(arguments: StoreBackend.available) func joinThenSplitGivesTheUnitsBack(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let document = try store.add(ProjectStoreTests.sampleDocument(confirmedTarget: "Kim met Putin."))
        var units = try store.units(document: document.id)
        try store.update(
            UnitUpdate(of: units[1], target: "Zelensky warned.", status: .translated, origin: .typed, author: "ann"))
        try store.addComment(UnitComment(unitID: units[1].id, time: Date(), author: "rita", text: "Which warning?"))
        units = try store.units(document: document.id)
        let joined = try store.join(
            unit: units[0].id, basedOn: units[0].version, nextBasedOn: units[1].version, author: "ann")
        #expect(joined.source == "Kim traf Putin. Selenskyj warnte.")
        #expect(joined.target == "Kim met Putin. Zelensky warned.")
        #expect(joined.status == .translated)
        #expect(try store.units(document: document.id).map(\.id) == [units[0].id])
        #expect(try store.comments(unit: joined.id).map(\.text) == ["Which warning?"])
        let history = try store.history(unit: joined.id)
        #expect(history.last?.note == "joined with the next unit")
        #expect(history.contains { $0.target == "Zelensky warned." }, "the next unit's history moved with it")
        #expect(try store.memoryUnits().map(\.target) == ["Kim met Putin. Zelensky warned."])
        #expect(throws: ProjectError.self) {
            try store.split(unit: joined.id, basedOn: joined.version - 1, into: [], author: "ann")
        }
        let parts = try store.split(
            unit: joined.id, basedOn: joined.version,
            into: [
                UnitPart(target: "Kim met Putin.", status: .translated),
                UnitPart(target: "Zelensky warned.", status: .draft),
            ],
            author: "ann")
        #expect(parts.map(\.source) == ["Kim traf Putin.", "Selenskyj warnte."])
        let after = try store.units(document: document.id)
        #expect(after.map(\.position) == [0, 1])
        #expect(after.map(\.target) == ["Kim met Putin.", "Zelensky warned."])
        #expect(after.map(\.status) == [.translated, .draft])
        #expect(try store.history(unit: after[1].id).map(\.note) == ["split from unit \(joined.id)"])
        #expect(try store.segments(document: document.id).map(\.unitID) == [after[0].id, nil, after[1].id])
        // Only confirmed parts are in the memory.
        #expect(try store.memoryUnits().map(\.target) == ["Kim met Putin."])
    }

    @Test(arguments: StoreBackend.available) func aStaleJoinChangesNothing(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let document = try store.add(ProjectStoreTests.sampleDocument())
        let units = try store.units(document: document.id)
        try store.update(
            UnitUpdate(of: units[1], target: "Zelensky warned.", status: .draft, origin: .typed, author: "ben"))
        #expect(throws: ProjectError.self) {
            try store.join(unit: units[0].id, basedOn: units[0].version, nextBasedOn: units[1].version, author: "ann")
        }
        #expect(try store.units(document: document.id).count == 2)
        #expect(try store.history(unit: units[0].id).isEmpty)
        #expect(throws: ProjectError.self) {
            try store.join(unit: units[1].id, basedOn: 2, nextBasedOn: 1, author: "ann")
        }
    }

    @Test(arguments: StoreBackend.available) func commentsNameTheirUnit(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        _ = try store.add(ProjectStoreTests.sampleDocument())
        #expect(throws: ProjectError.unknownUnit(path: store.path, id: 99)) {
            try store.addComment(UnitComment(unitID: 99, time: Date(), author: "x", text: "?"))
        }
        #expect(throws: ProjectError.unknownUnit(path: store.path, id: 99)) { try store.comments(unit: 99) }
    }
}

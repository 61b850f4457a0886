import DragomanStore
import Foundation
import Testing

@Suite("Project store")
struct ProjectStoreTests {
    /// Three segments, the middle one a rule (not translatable), two units.
    static func sampleDocument(confirmedTarget: String? = nil) -> NewDocument {
        let text = "Kim traf Putin.\n***\nSelenskyj warnte."
        return NewDocument(
            name: "a.txt", path: "/tmp/a.txt", format: .text, sourceLanguage: "de", targetLanguage: "en",
            originalText: text,
            segments: [
                .init(text: "Kim traf Putin.", range: 0..<15, isTranslatable: true),
                .init(text: "***", range: 16..<19, isTranslatable: false),
                .init(text: "Selenskyj warnte.", range: 20..<37, isTranslatable: true),
            ],
            units: [
                .init(
                    segments: 0..<1, target: confirmedTarget, status: confirmedTarget == nil ? .new : .translated,
                    origin: confirmedTarget == nil ? nil : .aligned),
                .init(segments: 2..<3),
            ])
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-store-\(UUID().uuidString).db").path
    }

    @Test(arguments: StoreBackend.available) func addKeepsSegmentsUnitsAndRanges(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let document = try store.add(Self.sampleDocument())
        let segments = try store.segments(document: document.id)
        #expect(segments.map(\.text) == ["Kim traf Putin.", "***", "Selenskyj warnte."])
        #expect(segments[2].start == 20 && segments[2].end == 37)
        #expect(segments[1].unitID == nil)
        let units = try store.units(document: document.id)
        #expect(units.count == 2)
        #expect(units[1].segmentIDs == [segments[2].id])
        #expect(units.allSatisfy { $0.status == .new && $0.target == nil })
        #expect(try store.memoryUnits().isEmpty)
    }

    @Test(arguments: StoreBackend.available) func updatesKeepHistoryAndFeedTheMemory(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let document = try store.add(Self.sampleDocument())
        let unit = try store.units(document: document.id)[1]
        try store.update(
            UnitUpdate(
                unitID: unit.id, basedOn: 1, target: "Zelensky warned.", status: .draft, origin: .typed, author: "ana"))
        #expect(try store.memoryUnits().isEmpty, "a draft is not confirmed")
        try store.update(
            UnitUpdate(
                unitID: unit.id, basedOn: 2, target: "Zelensky warned.", status: .translated, origin: .typed,
                author: "ana"))
        try store.update(
            UnitUpdate(
                unitID: unit.id, basedOn: 3, target: "Zelensky gave a warning.", status: .reviewed, origin: .typed,
                author: "rev"))
        let history = try store.history(unit: unit.id)
        #expect(history.map(\.status) == [.draft, .translated, .reviewed])
        #expect(history.map(\.previousStatus) == [.new, .draft, .translated])
        #expect(history[2].previousTarget == "Zelensky warned." && history[2].author == "rev")
        let memory = try store.memoryUnits()
        #expect(memory.count == 1, "one entry per unit, replaced on change")
        #expect(memory.first?.target == "Zelensky gave a warning." && memory.first?.source == "Selenskyj warnte.")
    }

    @Test(arguments: StoreBackend.available) func confirmedAlignedUnitsGoIntoTheMemoryOnAdd(_ backend: StoreBackend)
        throws
    {
        let store = try backend.makeStore()
        try store.add(Self.sampleDocument(confirmedTarget: "Kim met Putin."))
        #expect(try store.memoryUnits().map(\.target) == ["Kim met Putin."])
    }

    @Test(arguments: StoreBackend.available) func unknownUnitIsAClearErrorAndChangesNothing(_ backend: StoreBackend)
        throws
    {
        let store = try backend.makeStore()
        let document = try store.add(Self.sampleDocument())
        let valid = try store.units(document: document.id)[0]
        #expect(throws: ProjectError.unknownUnit(path: store.path, id: 999)) {
            try store.update([
                UnitUpdate(unitID: valid.id, basedOn: 1, target: "x", status: .translated, origin: .typed, author: "a"),
                UnitUpdate(unitID: 999, basedOn: 1, target: "y", status: .translated, origin: .typed, author: "a"),
            ])
        }
        #expect(try store.unit(id: valid.id).target == nil, "the whole update rolled back")
        #expect(try store.history(unit: valid.id).isEmpty)
    }

    @Test(arguments: StoreBackend.available) func invalidUnitsAreRefusedBeforeAnythingIsWritten(_ backend: StoreBackend)
        throws
    {
        let store = try backend.makeStore()
        var document = Self.sampleDocument()
        document.units = [.init(segments: 2..<3), .init(segments: 0..<1)]
        #expect(throws: ProjectError.self) { try store.add(document) }
        #expect(try store.documents().isEmpty)
    }

    @Test(arguments: StoreBackend.available) func importedMemorySkipsDuplicates(_ backend: StoreBackend) throws {
        let store = try backend.makeStore()
        let entry = MemoryUnit(
            sourceLanguage: "de", targetLanguage: "en", source: "Guten Tag.", target: "Good day.", creator: "tmx",
            createdAt: Date(), changedAt: Date())
        #expect(try store.addMemoryUnits([entry, entry]) == 1)
        #expect(try store.addMemoryUnits([entry]) == 0)
    }

    @Test func unsureAlignedUnitsAreMarkedForReviewUntilAPersonSavesOrReviewsThem() {
        var unit = TranslationUnit(
            id: 1, documentID: 1, position: 0, segmentIDs: [1], source: "Kim traf Putin.", target: "Kim met Putin.",
            status: .translated, origin: .aligned, alignmentScore: 0.55, updatedAt: Date())
        #expect(unit.needsAlignmentReview)
        unit.alignmentScore = TranslationUnit.alignmentReviewThreshold
        #expect(!unit.needsAlignmentReview)
        unit.alignmentScore = 0.2
        unit.status = .reviewed
        #expect(!unit.needsAlignmentReview)
        unit.status = .translated
        unit.origin = .typed
        #expect(!unit.needsAlignmentReview)
        unit.origin = .aligned
        unit.alignmentScore = nil
        #expect(!unit.needsAlignmentReview)
    }
}

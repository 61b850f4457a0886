import DragomanExchange
import DragomanStore
import DragomanText
import Foundation
import Testing

@testable import DragomanWorkflow

/// The review round trip as a three-way merge: base (the export), theirs (the file), ours (the
/// project now).
@Suite("Review merge")
struct ReviewMergeTests {
    typealias Project = (store: SQLiteProjectStore, folder: URL)

    static func edit(_ xliff: String, unit: TranslationUnit, to target: String) -> String {
        xliff.replacingOccurrences(of: XMLText.escape(unit.target ?? ""), with: XMLText.escape(target))
    }

    static func read(_ xliff: String) throws -> ReviewedFile {
        try ReviewedFile.readXLIFF(Data(xliff.utf8), file: "review.xlf")
    }

    @Test("Two reviewers' files, imported in either order, keep both reviewers' changes", arguments: [false, true])
    func twoReviewers(reversed: Bool) throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try store.units(document: nil)
        let (xliff, _) = try ProjectExport.text(.xliff21, from: store, glossaries: [])
        let ana = try Self.read(Self.edit(xliff, unit: units[1], to: "Ana's sentence."))
        let ben = try Self.read(Self.edit(xliff, unit: units[4], to: "Ben's sentence."))
        for file in reversed ? [ben, ana] : [ana, ben] {
            let report = try ReviewImport(author: "reviewer").apply(file, to: store)
            #expect(report.changes.count == 1 && report.conflicts.isEmpty, "\(report)")
        }
        #expect(try store.unit(id: units[1].id).target == "Ana's sentence.")
        #expect(try store.unit(id: units[4].id).target == "Ben's sentence.")
        // Everything else is as exported.
        for unit in units where unit.id != units[1].id && unit.id != units[4].id {
            #expect(try store.unit(id: unit.id).target == unit.target)
        }
    }

    @Test("A unit changed in the file and in the project since the export is a conflict, left alone")
    func bothChanged() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = try store.units(document: nil)[2]
        let (xliff, _) = try ProjectExport.text(.xliff12, from: store, glossaries: [])
        try store.update(UnitUpdate(of: unit, target: "Ours.", status: .reviewed, origin: .typed, author: "us"))
        let report = try ReviewImport(author: "them").apply(
            try Self.read(Self.edit(xliff, unit: unit, to: "Theirs.")), to: store)
        #expect(report.conflicts.count == 1 && report.changes.isEmpty)
        #expect(report.conflicts[0].contains("Theirs.") && report.conflicts[0].contains("Ours."))
        #expect(try store.unit(id: unit.id).target == "Ours.")
        // The same change on both sides is no conflict.
        let same = try ReviewImport(author: "them").apply(
            try Self.read(
                Self.edit(xliff, unit: unit, to: "Ours.").replacingOccurrences(
                    of: "state=\"translated\"", with: "state=\"signed-off\"")),
            to: store)
        #expect(same.conflicts.isEmpty)
    }

    @Test("An XLIFF 1.2 target without a state keeps the unit's status")
    func missingState() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = try store.units(document: nil)[0]
        let (xliff, _) = try ProjectExport.text(.xliff12, from: store, glossaries: [])
        let stateless = Self.edit(xliff, unit: unit, to: "Edited.").replacingOccurrences(
            of: " state=\"translated\"", with: "")
        #expect(!stateless.contains("state="))
        let report = try ReviewImport(author: "r").apply(try Self.read(stateless), to: store)
        #expect(report.changes.count == 1)
        let after = try store.units(document: nil)
        #expect(after.allSatisfy { $0.status == .translated }, "nothing demoted to new")
        #expect(after[0].target == "Edited.")
    }

    @Test("Duplicate units, ids like u+3, no export id or an unknown one: the whole file is refused")
    func refusals() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (xliff, _) = try ProjectExport.text(.xliff12, from: store, glossaries: [])
        let units = try store.units(document: nil)
        let unitElement = try #require(
            xliff.range(of: "<trans-unit id=\"u\(units[0].id)\"").flatMap { start in
                xliff.range(of: "</trans-unit>", range: start.lowerBound..<xliff.endIndex).map {
                    String(xliff[start.lowerBound..<$0.upperBound])
                }
            })
        let doubled = xliff.replacingOccurrences(of: unitElement, with: unitElement + "\n" + unitElement)
        #expect(throws: ReviewImport.Refusal.self) {
            try ReviewImport(author: "r").apply(try Self.read(doubled), to: store)
        }
        let plus = xliff.replacingOccurrences(of: "id=\"u\(units[0].id)\"", with: "id=\"u+\(units[0].id)\"")
        #expect(throws: FileFormatError.self) { try Self.read(plus) }
        let exportNote = try #require(
            xliff.range(of: "<note from=\"dragoman-export\">[^<]*</note>", options: .regularExpression))
        var withoutExport = xliff
        withoutExport.removeSubrange(exportNote)
        #expect(throws: ReviewImport.Refusal.self) {
            try ReviewImport(author: "r").apply(try Self.read(withoutExport), to: store)
        }
        let unknown = xliff.replacingCharacters(
            in: exportNote, with: "<note from=\"dragoman-export\">not-an-export</note>")
        #expect(throws: ReviewImport.Refusal.self) {
            try ReviewImport(author: "r").apply(try Self.read(unknown), to: store)
        }
        #expect(try store.units(document: nil) == units, "nothing changed")
    }

    @Test("CSV round trip keeps the translator's apostrophes and undoes only the export's")
    func csvApostrophes() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try store.units(document: nil)
        let texts = ["'quoted' word", "=SUM(A1)", "'=kept literally", "-5 degrees", "''two"]
        for (unit, text) in zip(units, texts) {
            try store.update(UnitUpdate(of: unit, target: text, status: .translated, origin: .typed, author: "t"))
        }
        let (csv, _) = try ProjectExport.text(.csv, from: store, glossaries: [])
        #expect(!csv.contains(",=SUM(A1),"), "formulas are guarded")
        let read = try ReviewCSV.read(Data(csv.utf8), file: "r.csv")
        #expect(Array(read.units.prefix(texts.count).map(\.target)) == texts)
        let report = try ReviewImport(author: "r").apply(read, to: store)
        #expect(report.changes.isEmpty && report.conflicts.isEmpty)
    }
}

@Suite("Versioned saves")
struct VersionedSaveTests {
    @Test("A save based on an old version is refused with the unit as it is now")
    func staleSave() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = try store.units(document: nil)[0]
        #expect(unit.version == 1)
        let saved = try store.update(
            UnitUpdate(of: unit, target: "First.", status: .translated, origin: .typed, author: "a"))
        #expect(saved.version == 2)
        #expect(throws: ProjectError.unitChanged(path: store.path, unit: try store.unit(id: unit.id), basedOn: 1)) {
            try store.update(UnitUpdate(of: unit, target: "Second.", status: .translated, origin: .typed, author: "b"))
        }
        #expect(try store.unit(id: unit.id).target == "First.")
    }

    @Test("Two translate sessions on the same units: the second save sees a conflict, and :mine decides")
    func twoSessions() throws {
        let (store, folder) = try ReviewRoundTripTests.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Make every unit need work again.
        for unit in try store.units(document: nil) {
            try store.update(
                UnitUpdate(of: unit, target: unit.target, status: .draft, origin: unit.origin, author: "x"))
        }
        let other = try SQLiteProjectStore(path: store.path)
        let ana = try TranslationSession(store: store, glossaries: [], author: "ana")
        let ben = try TranslationSession(store: other, glossaries: [], author: "ben")
        let first = try #require(try ana.view()?.unit)
        #expect(try ben.view()?.unit.id == first.id, "both look at the same unit")
        guard case .saved = try ana.perform(.translate("Ana's text.")) else {
            Issue.record("ana's save")
            return
        }
        guard case .conflict(let yours, let theirs) = try ben.perform(.translate("Ben's text.")) else {
            Issue.record("ben's save went through over ana's")
            return
        }
        #expect(yours == "Ben's text." && theirs.target == "Ana's text.")
        #expect(try store.unit(id: first.id).target == "Ana's text.")
        #expect(try ben.view()?.unit.target == "Ana's text.", "ben now sees ana's text")
        guard case .saved(let saved) = try ben.perform(.mine) else {
            Issue.record(":mine")
            return
        }
        #expect(saved.target == "Ben's text." && saved.version == theirs.version + 1)
    }
}

import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation
import Testing

@testable import DragomanWorkflow

/// Export and review import in process, on the sample pair aligned into a project file.
@Suite("Project export and review import")
struct ReviewRoundTripTests {
    static func project() throws -> (store: SQLiteProjectStore, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteProjectStore(path: folder.appendingPathComponent("p.db").path, create: true)
        let article = try Article.read(path: Fixtures.sample("de-nordkorea-truppen.txt"), language: .german)
        let translation = try Article.read(path: Fixtures.sample("en-nordkorea-truppen.txt"), language: .english)
        let builder = try DocumentBuilder.aligning(
            article, to: .english, dictionaries: [], glossaries: [Fixtures.newsNames])
        try store.add(builder.document(for: article, translation: translation, targetLanguage: .english))
        return (store, folder)
    }

    @Test("Every format holds every unit; XLIFF and TMX carry the project id")
    func exportFormats() throws {
        let (store, folder) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try store.units(document: nil).count
        let projectID = try store.info.id
        for format in ProjectExport.Format.allCases {
            let (text, count) = try ProjectExport.text(format, from: store, glossaries: [Fixtures.newsNames])
            if format.glossaryFormat != nil {
                #expect(count == Fixtures.newsNames.entries.count, "\(format)")
            } else {
                #expect(count == units, "\(format)")
            }
            if format == .xliff12 || format == .xliff21 || format == .tmx {
                #expect(text.contains(projectID), "\(format)")
            }
        }
        let (html, _) = try ProjectExport.text(.html, from: store, glossaries: [], statuses: [.approved])
        #expect(!html.contains("<td class=\"source\">"), "no unit is approved yet")
    }

    @Test("A reviewer's edit comes back as one change with its author; a dry run changes nothing")
    func importEdit() throws {
        let (store, folder) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = try store.units(document: nil)[2]
        let original = try #require(unit.target)
        let (xliff, _) = try ProjectExport.text(.xliff12, from: store, glossaries: [])
        let edited = xliff.replacingOccurrences(
            of: XMLText.escape(original), with: XMLText.escape(original + " (edited)"))
        #expect(edited != xliff)
        let reviewed = try ReviewedFile.readXLIFF(Data(edited.utf8), file: "review.xlf")

        let dry = try ReviewImport(author: "rita").apply(reviewed, to: store, dryRun: true)
        #expect(dry.changes.count == 1)
        #expect(try store.unit(id: unit.id).target == original)

        let report = try ReviewImport(author: "rita").apply(reviewed, to: store)
        #expect(report.changes.count == 1 && report.conflicts.isEmpty && report.unknown.isEmpty)
        #expect(try store.unit(id: unit.id).target == original + " (edited)")
        #expect(try store.history(unit: unit.id).last?.author == "rita")
    }

    @Test("A file of another project is refused and changes nothing")
    func otherProject() throws {
        let (store, folder) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (xliff, _) = try ProjectExport.text(.xliff12, from: store, glossaries: [])
        let foreign = xliff.replacingOccurrences(of: try store.info.id, with: "another-project")
        let reviewed = try ReviewedFile.readXLIFF(Data(foreign.utf8), file: "review.xlf")
        #expect(throws: ReviewImport.Refusal.self) { try ReviewImport(author: "rita").apply(reviewed, to: store) }
    }
}

extension ReviewRoundTripTests {
    @Test("Progress counts units and source words by status, and the shares add up")
    func progress() throws {
        let (store, folder) = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unit = try store.units(document: nil)[0]
        try store.update(
            UnitUpdate(of: unit, target: unit.target, status: .approved, origin: .typed, author: "a"))
        let progress = try #require(try DocumentProgress.all(in: store).first)
        #expect(progress.totalUnits == 11 && progress.units["approved"] == 1 && progress.units["translated"] == 10)
        let words = unit.source.split(whereSeparator: \.isWhitespace).count
        #expect(progress.words["approved"] == words)
        #expect(progress.totalWords == progress.words.values.reduce(0, +))
        #expect(progress.languages == "de→en")
        let shares = UnitStatus.allCases.map(progress.percentOfWords).reduce(0, +)
        #expect((99...101).contains(shares))
    }
}

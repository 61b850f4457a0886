import DragomanStore
import DragomanText
import Foundation
import Testing

@testable import DragomanWorkflow

@Suite struct WordDiffTests {
    @Test func changedWordsOnly() {
        let runs = WordDiff.runs(from: "Selenskyj said, on Monday, that", to: "Zelensky said, on Tuesday, that")
        #expect(runs.filter { $0.kind == .removed }.map(\.text) == ["Selenskyj", "Monday"])
        #expect(runs.filter { $0.kind == .added }.map(\.text) == ["Zelensky", "Tuesday"])
        #expect(runs.filter { $0.kind != .added }.map(\.text).joined() == "Selenskyj said, on Monday, that")
        #expect(runs.filter { $0.kind != .removed }.map(\.text).joined() == "Zelensky said, on Tuesday, that")
    }

    @Test func edgeCases() {
        #expect(WordDiff.runs(from: "", to: "") == [])
        #expect(WordDiff.runs(from: "", to: "new") == [.init(kind: .added, text: "new")])
        #expect(WordDiff.runs(from: "same text", to: "same text") == [.init(kind: .same, text: "same text")])
        let long = Array(repeating: "word", count: 3_000).joined(separator: " ")
        let runs = WordDiff.runs(from: long, to: long + " more")
        #expect(runs.map(\.kind) == [.removed, .added])
    }
}

@Suite struct UnitSplitTests {
    func unit(_ target: String?, status: UnitStatus = .translated) -> TranslationUnit {
        TranslationUnit(
            id: 1, documentID: 1, position: 0, segmentIDs: [1, 2, 3], source: "", target: target, status: status,
            origin: .typed, updatedAt: Date())
    }

    let segments = [
        "Der Kreml wies die Berichte zurück.", "Peskow sprach von einer falschen Geschichte.",
        "Südkorea bestellte den russischen Botschafter ein, um Auskunft über die Truppen zu verlangen.",
    ]

    @Test func oneSentencePerSegmentKeepsTheStatus() throws {
        let parts = try UnitSplit.parts(
            of: unit("The Kremlin denied the reports. Peskov called it a false story. Seoul summoned the ambassador."),
            segments: segments, targetLanguage: .english)
        #expect(
            parts.map(\.target) == [
                "The Kremlin denied the reports.", "Peskov called it a false story.", "Seoul summoned the ambassador.",
            ])
        #expect(parts.map(\.status) == [.translated, .translated, .translated])
    }

    @Test func moreSentencesAreSharedByLength() throws {
        let parts = try UnitSplit.parts(
            of: unit(
                "The Kremlin denied it. Peskov called it a false story. South Korea summoned the Russian ambassador. "
                    + "It demanded information about the troops."),
            segments: segments, targetLanguage: .english)
        #expect(
            parts.map(\.target) == [
                "The Kremlin denied it.", "Peskov called it a false story.",
                "South Korea summoned the Russian ambassador. It demanded information about the troops.",
            ])
        #expect(parts.allSatisfy { $0.status == .draft })
    }

    @Test func fewerSentencesStayWithTheFirstPart() throws {
        let parts = try UnitSplit.parts(of: unit("One sentence only."), segments: segments, targetLanguage: .english)
        #expect(parts.map(\.target) == ["One sentence only.", nil, nil])
        #expect(parts.map(\.status) == [.draft, .new, .new])
        let empty = try UnitSplit.parts(of: unit(nil, status: .new), segments: segments, targetLanguage: .english)
        #expect(empty.map(\.status) == [.new, .new, .new])
    }
}

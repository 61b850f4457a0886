import DragomanAlign
import DragomanStore
import Testing

@testable import DragomanWorkflow

@Suite("Documents from alignments")
struct DocumentBuilderTests {
    @Test func beadsBecomeUnits() throws {
        // Translatable segments 0, 1, 3, 4, 5 (segment 2 is an ornament).
        let source = try Article(
            path: "de.txt", text: "Eins.\nZwei.\n***\nDrei.\nVier.\nFünf.", language: .german, format: .text)
        let target = try Article(
            path: "en.txt", text: "Zero.\nOne.\nTwo and three.\nFour a.\nFour b.", language: .english, format: .text)
        // Unit beads: 0-1 first, then 1-1, 2-1, 1-2, 1-0.
        let beads = [
            Bead(source: [], target: [0]), Bead(source: [0], target: [1]), Bead(source: [1, 2], target: [2]),
            Bead(source: [3], target: [3, 4]), Bead(source: [4], target: []),
        ]
        let units = DocumentBuilder.units(
            beads: beads, translatable: source.segments.indices.filter { source.segments[$0].isTranslatable },
            targets: target.segments.map(\.text))
        #expect(units.map(\.segments) == [0..<1, 1..<4, 4..<5, 5..<6])
        #expect(units.map(\.target) == ["Zero. One.", "Two and three.", "Four a. Four b.", nil])
        #expect(units.map(\.status) == [.translated, .translated, .translated, .new])
        #expect(units[2].targetSegmentCount == 2)
    }

    @Test func withoutTranslationEveryTranslatableSegmentIsAUnit() throws {
        let article = try Article(path: "de.txt", text: "Eins.\n***\nZwei. Drei.", language: .german, format: .text)
        let document = DocumentBuilder().document(for: article, targetLanguage: .english)
        #expect(document.segments.count == 4)
        #expect(document.units.map(\.segments) == [0..<1, 2..<3, 3..<4])
        #expect(document.units.allSatisfy { $0.status == .new && $0.target == nil })
        #expect(document.targetLanguage == "en")
    }
}

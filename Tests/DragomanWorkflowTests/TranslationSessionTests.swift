import DragomanStore
import DragomanWorkflow
import Foundation
import Testing

@Suite("Translate loop")
struct TranslationSessionTests {
    static func project() throws -> SQLiteProjectStore {
        let store = try SQLiteProjectStore()
        let article = try Article(
            path: "de.txt",
            text: """
                Nordkorea hat rund 3000 Soldaten nach Russland geschickt.
                Das meldete Seoul am Montag.
                Nordkorea hat rund 1500 Soldaten nach Russland geschickt.
                Südkorea hat rund 1500 Soldaten nach Russland geschickt.
                """, language: .german, format: .text)
        try store.add(DocumentBuilder().document(for: article, targetLanguage: .english))
        return store
    }

    @Test(arguments: [
        ("Kim met Putin.", TranslateAction.translate("Kim met Putin.")),
        (":accept", .accept(1)), (":a 2", .accept(2)), (":skip", .skip), (":b", .back), (":quit", .quit),
        (":draft Kim met", .draft("Kim met")), ("::a literal colon", .translate(":a literal colon")),
        ("", .invalid("empty line: type a translation or :help")),
    ])
    func linesAreActions(line: String, action: TranslateAction) {
        #expect(TranslateAction(line: line) == action)
    }

    @Test func confirmSkipBackAndAcceptAnAdaptedSuggestion() throws {
        let store = try Self.project()
        let session = try TranslationSession(store: store, glossaries: [Fixtures.newsNames], author: "ana")
        #expect(try session.view()?.terms.compactMap(\.preferredTarget) == ["North Korea", "Russia"])
        guard case .saved = try session.perform(.translate("North Korea has sent about 3,000 soldiers to Russia."))
        else {
            Issue.record("not saved")
            return
        }
        #expect(try session.perform(.skip) == .moved)
        // Unit 3 differs from unit 1 only in the number: the suggestion carries the new one.
        let third = try #require(try session.view())
        #expect(third.previous?.source == "Das meldete Seoul am Montag.")
        #expect(third.offers.first?.target == "North Korea has sent about 1,500 soldiers to Russia.")
        #expect(third.offers.first?.substitutions == ["3,000 → 1,500"])
        _ = try session.perform(.accept(1))
        // Unit 4 differs from unit 3 in a name: South Korea replaces North Korea.
        let fourth = try #require(try session.view())
        #expect(fourth.offers.first?.target == "South Korea has sent about 1,500 soldiers to Russia.")
        #expect(try session.perform(.back) == .moved)
        #expect(try session.view()?.unit.source.hasPrefix("Nordkorea hat rund 1500") == true)
        #expect(try session.perform(.quit) == .quit)

        let units = try store.units(document: nil)
        #expect(units.map(\.status) == [.translated, .new, .translated, .new])
        #expect(units[2].origin == .translationMemory)
        #expect(try store.history(unit: units[0].id).first?.author == "ana")
        #expect(try store.memoryUnits().count == 2)
    }
}

extension TranslationSession.Outcome: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { "\(lhs)" == "\(rhs)" }
}

import DragomanWorkflow
import Testing

@Suite("Suggestion adaptation")
struct SuggestionAdapterTests {
    static let adapter = try! SuggestionAdapter(
        glossaries: [Fixtures.newsNames], sourceLanguage: .german, targetLanguage: .english)

    @Test func namesKeepTheirDerivedEndings() throws {
        let adapted = try #require(
            Self.adapter.adapt(
                source: "Peskow sprach über das südkoreanische Militär und Seoul.",
                memorySource: "Peskow sprach über das nordkoreanische Militär und Pjöngjang.",
                memoryTarget: "Peskov spoke about the North Korean military and Pyongyang."))
        #expect(adapted.target == "Peskov spoke about the South Korean military and Seoul.")
        #expect(adapted.substitutions == ["North Korean → South Korean", "Pyongyang → Seoul"])
    }

    @Test func numbersTakeTheTargetsStyle() throws {
        let adapted = try #require(
            Self.adapter.adapt(
                source: "Rund 12.500 Soldaten und 1,5 Millionen Dollar.",
                memorySource: "Rund 3.000 Soldaten und 2,5 Millionen Dollar.",
                memoryTarget: "About 3,000 soldiers and 2.5 million dollars."))
        #expect(adapted.target == "About 12,500 soldiers and 1.5 million dollars.")
    }

    @Test(arguments: [
        ("Nordkorea schickte Soldaten.", "Nordkorea schickte Soldaten."),
        ("Nordkorea schickte 3000 Panzer.", "Nordkorea schickte 3000 Soldaten."),
        ("Nordkorea schickte 3000 Soldaten nach Kursk.", "Nordkorea schickte 3000 Soldaten."),
    ])
    func anyOtherDifferenceIsLeftToTheTranslator(source: String, memorySource: String) {
        #expect(
            Self.adapter.adapt(
                source: source, memorySource: memorySource, memoryTarget: "North Korea sent 3,000 soldiers.")
                == nil)
    }
}

import DragomanText
import Testing

@testable import DragomanGlossary

@Suite("CLDR place names from ICU")
struct CLDRGlossaryTests {
    @Test("Territories and exemplar cities in each language asked for, with ids from their codes")
    func generate() throws {
        let glossary = try CLDRGlossary.generate(languages: ["en", "de", "ko"])
        #expect(glossary.title.hasPrefix("CLDR place names (CLDR data in ICU "))
        #expect(glossary.entries.count > 400, "about 250 territories and several hundred cities")
        #expect(glossary.entries.allSatisfy { $0.kind == .place })
        #expect(Set(glossary.entries.map(\.id)).count == glossary.entries.count, "ids are unique")
        let northKorea = try #require(glossary.entry(id: "cldr-territory-KP"))
        #expect(northKorea.preferredTerm(in: "de")?.text == "Nordkorea")
        #expect(northKorea.preferredTerm(in: "en")?.text == "North Korea")
        #expect(northKorea.preferredTerm(in: "ko")?.text == "북한")
        let pyongyang = try #require(glossary.entry(id: "cldr-city-Asia-Pyongyang"))
        #expect(pyongyang.preferredTerm(in: "de")?.text == "Pjöngjang")
        #expect(pyongyang.preferredTerm(in: "en")?.text == "Pyongyang")
        #expect(glossary.languages.map(\.tag).sorted() == ["de", "en", "ko"])
    }
}

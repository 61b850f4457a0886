import DragomanText
import Testing

@testable import DragomanGlossary

@Suite("Entries as a translator names them")
struct GlossaryEditingTests {
    @Test("The first term in a language is preferred, later ones admitted, deprecated ones marked")
    func preferredRule() {
        let entry = GlossaryEntry(
            id: "zelensky", kind: .person,
            terms: [("en", "Volodymyr Zelensky"), ("de", "Wolodymyr Selenskyj"), ("en", "Zelensky")],
            deprecated: [("en", "Zelenskiy")], roles: ["en": "President of Ukraine"])
        #expect(entry.terms.map(\.status) == [.preferred, .preferred, .admitted, .deprecated])
        #expect(entry.preferredTerm(in: "en")?.text == "Volodymyr Zelensky")
        #expect(entry.roles["en"] == "President of Ukraine")
    }
}

import DragomanText
import Foundation
import Testing

@testable import DragomanGlossary

@Suite("Term recognition")
struct TermRecognizerTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(
            id: "pyongyang", kind: .place,
            terms: [
                Term(language: .english, text: "Pyongyang"),
                Term(language: .german, text: "Pjöngjang", forms: ["Pjöngjangs"]),
            ], roles: [.english: "capital of North Korea"]),
        GlossaryEntry(
            id: "kremlin", kind: .organization,
            terms: [Term(language: .english, text: "Kremlin"), Term(language: .german, text: "Kreml")]),
        GlossaryEntry(
            id: "un", kind: .organization,
            terms: [
                Term(language: .english, text: "United Nations"), Term(language: .german, text: "Vereinte Nationen"),
            ]),
        GlossaryEntry(
            id: "unga", kind: .organization,
            terms: [
                Term(language: .english, text: "UN General Assembly"),
                Term(language: .german, text: "UN-Generalversammlung"),
            ]),
        GlossaryEntry(
            id: "peskov", kind: .person,
            terms: [
                Term(language: .english, text: "Dmitry Peskov"), Term(language: .german, text: "Dmitri Peskow"),
                Term(language: .english, text: "Peskow", status: .deprecated),
            ]),
        GlossaryEntry(
            id: "northkorea", kind: .place,
            terms: [
                Term(language: .english, text: "North Korea"),
                Term(
                    language: .german, text: "Nordkorea",
                    forms: ["nordkoreanisch", "nordkoreanische", "nordkoreanischen"]),
            ]),
    ])

    static let german = try! TermRecognizer(glossaries: [glossary], sourceLanguage: .german, targetLanguage: .english)
}

extension TermRecognizerTests {
    @Test(
        "German forms, inflection and compounds",
        arguments: [
            ("das Image Pjöngjangs", "Pjöngjangs", "pyongyang", TermMatch.Kind.exact),
            ("gegenüber den Vereinten Nationen", "Vereinten Nationen", "un", .inflected),
            ("auf der UN-Generalversammlung", "UN-Generalversammlung", "unga", .exact),
            ("Der Kremlsprecher sagte", "Kreml", "kremlin", .compound),
            ("im Kreml", "Kreml", "kremlin", .exact),
            ("des Kremls", "Kremls", "kremlin", .inflected),
            ("Kremlsprecher Dmitri Peskow wies", "Dmitri Peskow", "peskov", .exact),
            ("eines nordkoreanischen Vertreters", "nordkoreanischen", "northkorea", .exact),
        ])
    func german(text: String, found: String, entry: String, kind: TermMatch.Kind) throws {
        let matches = Self.german.matches(in: text)
        let match = try #require(matches.first { $0.entryID == entry }, "\(matches)")
        #expect(match.text == found)
        #expect(match.kind == kind)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[match.range])) == found)
    }

    @Test("Preferred target forms and deprecated terms")
    func targets() throws {
        let matches = Self.german.matches(in: "Moskau und Pjöngjang")
        #expect(matches.first { $0.entryID == "pyongyang" }?.preferredTarget == "Pyongyang")
        let english = try TermRecognizer(
            glossaries: [Self.glossary], sourceLanguage: .english, targetLanguage: .english)
        let deprecated = english.matches(in: "Kremlin spokesman Peskow said").first { $0.entryID == "peskov" }
        #expect(deprecated?.status == .deprecated)
        #expect(deprecated?.preferredTarget == "Dmitry Peskov")
    }

    @Test("Names in no glossary are found, with a suggestion from the glossary's names")
    func unknownNames() throws {
        let matches = Self.german.matches(
            in: "Später sprach auch Sergej Schoigu über Dmitri Peskows Äußerung und die Zusammenarbeit.")
        let names = matches.filter { $0.kind == .unknownName }.map(\.text)
        #expect(names == ["Sergej Schoigu"])
        #expect(matches.contains { $0.entryID == "peskov" })
        #expect(!matches.contains { $0.text == "Zusammenarbeit" || $0.text == "Äußerung" })
        let suggestion = Self.german.matches(in: "Es sprach Dmitrij Peskoff.").first { $0.kind == .unknownName }
        #expect(suggestion?.preferredTarget == "Dmitry Peskov")
    }
}

extension TermRecognizerTests {
    @Test("Acronyms match only in capitals; a short form inside a longer name is no match; Korean family names first")
    func acronymsShortFormsAndKoreanNames() throws {
        let glossary = try GlossaryCSV.read(
            """
            id,kind,language,term,status,type,part_of_speech,forms,role,note,source
            is,organization,en,Islamic State,preferred,fullForm,noun,,,,
            is,organization,en,IS,admitted,acronym,noun,,,,
            baltic,place,en,Baltic Sea,preferred,fullForm,noun,,,,
            baltic,place,en,Baltic,admitted,shortForm,noun,,,,
            yoon,person,en,Yoon Suk Yeol,preferred,fullForm,noun,,,,
            yoon,person,ko,윤석열,admitted,fullForm,noun,,,,
            """, file: "test.csv")
        let recognizer = try TermRecognizer(
            glossaries: [glossary], sourceLanguage: .english, findingUnknownNames: false)
        func entries(_ text: String) -> [String] { recognizer.matches(in: text).compactMap(\.entryID) }
        #expect(entries("This is what IS fighters said.") == ["is"])
        #expect(entries("The Baltic Sentry mission patrols the Baltic.") == ["baltic"])
        #expect(entries("President Yoon spoke.") == ["yoon"])
    }
}

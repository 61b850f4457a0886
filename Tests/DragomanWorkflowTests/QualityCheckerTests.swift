import DragomanStore
import DragomanWorkflow
import Foundation
import Testing

@Suite("QA")
struct QualityCheckerTests {
    static let checker = try! QualityChecker(
        glossaries: [Fixtures.newsNames], sourceLanguage: .german, targetLanguage: .english)

    static func unit(_ id: Int64, _ source: String, _ target: String?, status: UnitStatus = .translated)
        -> TranslationUnit
    {
        TranslationUnit(
            id: id, documentID: 1, position: Int(id), segmentIDs: [id], source: source, target: target,
            status: target == nil ? .new : status, origin: .typed, updatedAt: Date())
    }

    static let selenskyjSource =
        "Letzte Woche warf der ukrainische Staatschef Wladimir Selenskyj Nordkorea vor, Waffen nach Russland zu schicken."

    @Test func cleanTranslationHasNoFinding() {
        let findings = Self.checker.findings(for: [
            Self.unit(
                1, Self.selenskyjSource,
                "Last week, Ukrainian leader Volodymyr Zelensky accused North Korea of sending weapons to Russia.")
        ])
        #expect(findings.isEmpty)
    }

    @Test(arguments: [
        "Last week, Ukrainian leader Selenskyj accused North Korea of sending weapons to Russia.",
        "Last week, Ukrainian leader Volodymyr Selenskyj accused North Korea of sending weapons to Russia.",
        "Last week, Ukrainian leader Wladimir Selenskyj accused North Korea of sending weapons to Russia.",
    ])
    func deprecatedNameIsOneErrorNamingThePreferredForm(target: String) {
        let findings = Self.checker.findings(for: [Self.unit(1, Self.selenskyjSource, target)])
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "terminology-deprecated" && findings.first?.severity == .error)
        #expect(findings.first?.message.contains("Zelensky") == true)
    }

    @Test func sourceLanguageFormInTheTargetIsAnError() {
        let findings = Self.checker.findings(for: [
            Self.unit(1, "Moskau und Pjöngjang unterzeichneten einen Vertrag.", "Moscow and Pjöngjang signed a treaty.")
        ])
        #expect(findings.map(\.rule) == ["terminology-deprecated"])
        #expect(findings.first?.message.contains("“Pyongyang”") == true)
    }

    @Test func missingAndInconsistentNames() {
        let findings = Self.checker.findings(for: [
            Self.unit(1, "Selenskyj sprach in Kiew.", "He spoke in Kyiv."),
            Self.unit(2, "Wladimir Selenskyj reiste ab.", "Volodymyr Zelensky left."),
            Self.unit(3, "Wladimir Selenskyj kam an.", "Volodymyr Zelensky arrived."),
            Self.unit(4, "Wladimir Selenskyj schwieg.", "Volodymyr Zelenskyy was silent."),
        ])
        #expect(findings.map(\.rule) == ["terminology-missing", "terminology-inconsistent"])
        #expect(findings.map(\.unitID) == [1, 4])
    }

    @Test func numbersBracketsQuotesAndCopies() {
        let findings = Self.checker.findings(for: [
            Self.unit(
                1, "Rund 3.000 Soldaten seien am 3. Oktober eingetroffen.", "About 3,000 soldiers arrived on 3 October."
            ),
            Self.unit(
                2, "Rund 1,5 Millionen Menschen (laut UN) flohen.", "Some 1.5 million people (according to the UN fled."
            ),
            Self.unit(3, "Er sprach von 12.000 Soldaten.", "He spoke of 10,000 soldiers."),
            Self.unit(4, "Er sagte: „Wir sind bereit.“", "He said: “We are ready."),
            Self.unit(5, "Das ist ein Satz ohne Übersetzung.", "Das ist ein Satz ohne Übersetzung."),
            Self.unit(6, "Ein Satz, der noch leer ist.", nil),
            Self.unit(7, "Ein bestätigter Satz.", "", status: .reviewed),
        ])
        let rules = findings.map { "\($0.unitID) \($0.rule) \($0.severity.rawValue)" }
        #expect(
            rules == [
                "2 brackets warning", "3 numbers warning", "3 numbers warning", "4 quotes warning",
                "5 same-as-source warning", "6 empty-target info", "7 empty-target error",
            ])
    }

    @Test func lengthFarFromTheDocumentNorm() {
        var units = (1...5).map {
            Self.unit(Int64($0), "Ein ganz normaler Satz mit etwas Inhalt.", "A quite normal sentence with content.")
        }
        units.append(Self.unit(6, "Ein ganz normaler Satz mit etwas Inhalt.", "A."))
        let findings = Self.checker.findings(for: units)
        #expect(findings.map(\.rule) == ["length-ratio"] && findings.first?.unitID == 6)
    }

    @Test(arguments: [
        ("3.000 und 3,000 und 3000", ["3000", "3000", "3000"]),
        ("1,5 oder 1.5", ["1.5", "1.5"]),
        ("am 3. Oktober 2024", ["3", "2024"]),
        ("COVID19 und 12\u{202F}345", ["12345"]),
    ])
    func numbersAreReadAsValues(text: String, values: [String]) {
        #expect(NumberScanner.numbers(in: text).map(\.value) == values)
    }
}

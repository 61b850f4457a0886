import DragomanAlign
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

/// The rules an editor reads on whole documents: the two sample pairs, and changes planted in them.
extension QualityCheckerTests {
    /// The units of a sample pair as `add` builds them (no dictionary), in a store of their own.
    static func samplePair(_ name: String) throws -> [TranslationUnit] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("qa-\(UUID()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteProjectStore(path: path, create: true)
        let added = try DocumentAddition(
            source: Fixtures.sample("de-\(name).txt"), sourceLanguage: .german,
            translation: Fixtures.sample("en-\(name).txt"), targetLanguage: .english
        ).add(to: store)
        return try store.units(document: added.document)
    }

    static func replacing(_ units: [TranslationUnit], where source: String, with target: String) throws
        -> (units: [TranslationUnit], id: Int64)
    {
        var units = units
        let index = try #require(units.firstIndex { $0.source.hasPrefix(source) })
        units[index].target = target
        return (units, units[index].id)
    }

    @Test func theSamplePairsHaveNoFalseFinding() throws {
        #expect(Self.checker.findings(for: try Self.samplePair("nordkorea-truppen")).isEmpty)
        // The own pair: its one German sentence the English translation leaves out is the one finding.
        let units = try Self.samplePair("ostsee-kabel")
        let findings = Self.checker.findings(for: units)
        let dropped = try #require(units.first { $0.source.hasPrefix("Die kritische Infrastruktur in der Ostsee") })
        #expect(findings.map(\.rule) == ["omission"], "\(findings)")
        #expect(findings.map(\.unitID) == [dropped.id])
        #expect(units.filter { $0.segmentIDs.count >= 2 }.count >= 3, "the own pair's merges")
    }

    @Test func aSentenceLeftOutOfATwoSentenceTargetIsOneOmission() throws {
        let (units, id) = try Self.replacing(
            try Self.samplePair("nordkorea-truppen"), where: "Nordkorea hat Vorwürfe",
            with: "North Korea has rejected claims that it sent troops to Russia for use in the Ukraine conflict.")
        let omissions = Self.checker.findings(for: units).filter { $0.rule == "omission" }
        #expect(omissions.map(\.unitID) == [id])
        #expect(omissions.first?.message.contains("2 sentences") == true)
    }

    @Test func aClauseLeftOutOfAOneSentenceTargetIsAnOmissionNotAMissingName() throws {
        // As `add` aligns such a translation: one German sentence, one English sentence, the
        // clause with Pjöngjangs left out; nothing records that the translation had two sentences.
        var (units, id) = try Self.replacing(
            try Self.samplePair("nordkorea-truppen"), where: "Nordkorea hat Vorwürfe",
            with: "North Korea has rejected claims that it sent troops to Russia for use in the Ukraine conflict.")
        let index = try #require(units.firstIndex { $0.id == id })
        units[index].targetSegmentCount = nil
        let findings = Self.checker.findings(for: units)
        #expect(findings.map(\.rule) == ["omission"] && findings.map(\.unitID) == [id], "\(findings)")
        #expect(findings.first?.message.contains("not in the target: Pyongyang") == true)
        // A faithful translation as short, condensed but keeping the names and numbers, is left alone.
        var (condensed, _) = try Self.replacing(
            try Self.samplePair("nordkorea-truppen"), where: "Nordkorea hat Vorwürfe",
            with: "North Korea denied sending troops to Russia for the Ukraine war, calling it a smear on Pyongyang.")
        condensed[index].targetSegmentCount = nil
        #expect(Self.checker.findings(for: condensed).isEmpty)
    }

    @Test func aSourceSentenceWithNoCounterpartIsOneOmissionNamingIt() throws {
        let (units, id) = try Self.replacing(
            try Self.samplePair("nordkorea-truppen"), where: "Nach Beginn des Ukraine-Konflikts",
            with:
                "Russia and North Korea have deepened their close ties, which date back to the Soviet era, since the start of the Ukraine conflict."
        )
        let findings = Self.checker.findings(for: units)
        let omissions = findings.filter { $0.rule == "omission" }
        #expect(omissions.map(\.unitID) == [id])
        let message = try #require(omissions.first?.message)
        #expect(message.contains("source sentence 2 of 2") && message.contains("Moscow, Pyongyang"), "\(message)")
        #expect(!findings.contains { $0.rule == "length-ratio" })
    }

    @Test func aDeprecatedFormIsAnErrorWhereverItIs() throws {
        let (units, id) = try Self.replacing(
            try Self.samplePair("nordkorea-truppen"), where: "Der Vertrag sieht vor",
            with:
                "The treaty stipulates that if one side is attacked in Pjöngjang, the other will “immediately provide military and other assistance with all means at its disposal.”"
        )
        let findings = Self.checker.findings(for: units)
        #expect(findings.map(\.rule) == ["terminology-deprecated"] && findings.map(\.unitID) == [id])
        #expect(findings.first?.severity == .error && findings.first?.message.contains("“Pyongyang”") == true)
    }

    @Test func anAcronymAndItsExpansionAreOneEntrysForms() {
        let findings = Self.checker.findings(for: [
            Self.unit(
                1, "Die Vereinten Nationen warnten vor einer Eskalation.", "The United Nations warned of escalation."),
            Self.unit(2, "Die UN forderten eine Waffenruhe.", "The UN called for a ceasefire."),
            Self.unit(3, "Die Vereinten Nationen schickten Helfer.", "The United Nations sent aid workers."),
        ])
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func timesOfDayByAnotherConventionAndAdjectivesOfNames() {
        let findings = Self.checker.findings(for: [
            Self.unit(1, "Die Störung wurde gegen 23.40 Uhr bemerkt.", "The fault was noticed at around 11.40 p.m."),
            Self.unit(2, "Die Störung wurde gegen 23.40 Uhr bemerkt.", "The fault was noticed at around 10.40 p.m."),
            Self.unit(3, "Das Treffen beginnt um 9 Uhr.", "The meeting starts at 9 a.m."),
            Self.unit(4, "Die Sitzung endete um 14:05 Uhr.", "The session ended at 2.05 p.m."),
            Self.unit(5, "Das Treffen begann um 11.15 Uhr.", "The meeting began at 11.15 p.m."),
            Self.unit(6, "Das Treffen begann um 9.", "The meeting began at 9 a.m."),
            // "am" is German for "on the": no time here.
            Self.unit(
                7, "Die 12 am Montag festgenommenen Personen sind frei.", "The 12 people arrested on Monday are free."),
            Self.unit(8, "Die Fahrt dauerte 2,5 h.", "The journey took 2.5 hours."),
        ])
        #expect(
            findings.map { "\($0.unitID) \($0.rule)" } == ["2 numbers", "2 numbers", "5 numbers", "5 numbers"],
            "\(findings)")
        #expect(findings.last?.message == "the time 23:15 is in the target but not in the source")
    }

    @Test func anUnalignedSentenceIsAnOmissionAndANewUnitIsNotTranslatedYet() {
        var aligned = Self.unit(1, "Die kritische Infrastruktur sei zunehmend Ziel hybrider Angriffe.", nil)
        aligned.alignmentScore = 0.96
        let fresh = Self.unit(2, "Ein Satz, der noch niemandem zugeteilt ist.", nil)
        // Left empty on purpose: approved empty, and silent.
        var onPurpose = Self.unit(3, "Foto: dpa", "")
        onPurpose.status = .approved
        onPurpose.alignmentScore = 0.5
        let findings = Self.checker.findings(for: [aligned, fresh, onPurpose])
        #expect(
            findings.map { "\($0.unitID) \($0.rule) \($0.severity.rawValue)" } == [
                "1 omission warning", "2 empty-target info",
            ])
    }

    @Test func aPersonNamedInTheSentenceBeforeMayBeAPronoun() {
        let before = Self.unit(1, "Wladimir Selenskyj sprach in Kiew.", "Volodymyr Zelensky spoke in Kyiv.")
        let findings = Self.checker.findings(for: [
            before, Self.unit(2, "Selenskyj warnte vor neuen Angriffen.", "He warned of new attacks."),
        ])
        #expect(findings.isEmpty, "\(findings)")
        // Without the sentence before, the name is missing.
        let alone = Self.checker.findings(for: [
            Self.unit(2, "Selenskyj warnte vor neuen Angriffen.", "He warned of new attacks.")
        ])
        #expect(alone.map(\.rule) == ["terminology-missing"])
    }

    @Test func aWordThatOnlyLooksLikeAPlacesAdjectiveIsNotTheName() {
        let findings = Self.checker.findings(for: [
            Self.unit(
                1, "Die Krim bleibt umstritten, sagte ein Kritiker.", "It remains disputed, a Kremlin critic said."),
            Self.unit(2, "Der Iran wies das zurück.", "The Iraqi government rejected it."),
            Self.unit(3, "Der Iran wies das zurück.", "The Iranian government rejected it."),
        ])
        #expect(
            findings.map { "\($0.unitID) \($0.rule)" } == ["1 terminology-missing", "2 terminology-missing"],
            "\(findings)")
    }
}

extension QualityCheckerTests {
    static let installedDictionary = BilingualDictionary.installedFile(source: .german, target: .english)

    @Test(
        "With the installed dictionary, a left-out sentence with no name or number is found by its missing words",
        .enabled(
            if: installedDictionary != nil, "needs Debian's dict-freedict-deu-eng (see the README's prerequisites)"))
    func aSentenceWithoutNamesLeftOutIsFoundByTheDictionary() throws {
        let context = [
            Self.unit(1, "Die Regierung traf sich am Morgen.", "The government met in the morning."),
            Self.unit(
                2, "Danach sprach der Minister mit den Journalisten.", "Then the minister spoke to the journalists."),
            Self.unit(3, "Viele Menschen verließen die Stadt.", "Many people left the city."),
        ]
        let source =
            "Die Lage an der Grenze bleibt nach Angaben der Behörden sehr angespannt. Die Regierung rief alle Bürger zur Ruhe auf."
        let checker = try QualityChecker(
            glossaries: [], sourceLanguage: .german, targetLanguage: .english,
            dictionary: DictionaryLoader.installed(
                for: context.map(\.source) + [source], sourceLanguage: .german, targetLanguage: .english))
        func findings(_ target: String) -> [Finding] {
            checker.findings(for: context + [Self.unit(4, source, target)])
        }
        let left = findings("The government urged all citizens to stay calm.")
        #expect(left.map(\.rule) == ["omission"] && left.map(\.unitID) == [4], "\(left)")
        #expect(left.first?.message.contains("source sentence 1 of 2") == true)
        // Both sentences rendered, apart or merged: nothing.
        #expect(
            findings("The situation remains very tense. The government called on all citizens to remain calm.").isEmpty)
        #expect(
            findings("The situation remains very tense, and the government called on all citizens to be calm.").isEmpty)
    }
}

extension QualityCheckerTests {
    @Test(
        "A name copied from the German in the German press's spelling, which no glossary knows, gets its English form")
    func aGermanRenderingCopiedIntoEnglish() {
        let findings = Self.checker.findings(for: [
            Self.unit(
                1, "In Berdytschiw sprach Bürgermeister Wadym Ljach mit Reportern.",
                "In Berdytschiw, Mayor Wadym Ljach spoke to reporters."),
            // German names stay as they are in English; so does a spelling English shares.
            Self.unit(2, "Olaf Scholz traf Boris Pistorius in Potsdam.", "Olaf Scholz met Boris Pistorius in Potsdam."),
            Self.unit(3, "In Sloviansk sprach Wadym Ljach.", "In Sloviansk, Vadym Lyakh spoke."),
        ])
        let conventions = findings.filter { $0.rule == "name-convention" }
        #expect(conventions.map(\.unitID) == [1, 1], "\(findings)")
        #expect(conventions.first?.message.contains("“Berdytschiw”") == true)
        #expect(conventions.contains { $0.message.contains("“Ljach”") })
        #expect(!findings.contains { $0.unitID != 1 && $0.rule == "name-convention" })
    }
}

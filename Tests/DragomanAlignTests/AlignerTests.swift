import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation
import Testing

@testable import DragomanAlign

@Suite("Sentence alignment")
struct AlignerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dictionary = try! BilingualDictionary.ding(
        path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/mini-de-en.ding"
        ).path,
        source: .german, target: .english)

    static func segments(_ file: String, _ language: LanguageCode) throws -> [String] {
        try Segmenter(language: language).segments(
            in: String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        )
        .filter(\.isTranslatable).map(\.text)
    }
}

extension AlignerTests {
    @Test("The sample article pair aligns with no wrong bead (its 1-2 and 2-1 beads included)")
    func samplePair() throws {
        let german = try Self.segments("Samples/de-nordkorea-truppen.txt", .german)
        let english = try Self.segments("Samples/en-nordkorea-truppen.txt", .english)
        let beads = SentenceAligner(sourceLanguage: .german, targetLanguage: .english, dictionary: Self.dictionary)
            .align(source: german, target: english)
        #expect(
            beads.map(\.description) == [
                "[0]:[0]", "[1]:[1, 2]", "[2]:[3]", "[3]:[4, 5]", "[4]:[6]", "[5]:[7]", "[6, 7]:[8]", "[8]:[9]",
                "[9, 10]:[10]",
                "[11]:[11]", "[12]:[12]",
            ])
        #expect(beads.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }

    @Test("Empty and very unequal documents give insertions, not a crash")
    func degenerate() {
        let aligner = SentenceAligner(sourceLanguage: .german, targetLanguage: .english)
        #expect(aligner.align(source: [], target: ["A.", "B."]).map(\.description) == ["[]:[0]", "[]:[1]"])
        let long = (0..<40).map { "Satz Nummer \($0) mit etwas Text." }
        let beads = aligner.align(source: ["Ein Satz."], target: long)
        #expect(beads.flatMap(\.target) == Array(0..<40))
        #expect(beads.flatMap(\.source) == [0])
    }

    @Test("Dictionary formats: Ding lines and dictd numbers")
    func dictionaries() {
        #expect(Self.dictionary.translations["trupp"]?.contains("troop") == true)  // stems: Truppe, troops
        #expect(Self.dictionary.translations["vorwurf"]?.contains("accusation") == true)
        #expect(BilingualDictionary.decode("bWIQ") == 27 * 64 * 64 * 64 + 22 * 64 * 64 + 8 * 64 + 16)
        #expect(
            BilingualDictionary.stripAnnotations("Aal {m} (auf der Speisekarte) [cook.]").trimmingCharacters(
                in: .whitespaces) == "Aal")
    }
}

@Suite("Bead notation")
struct BeadNotationTests {
    @Test("Bead notation round trip", arguments: ["[0]:[0]", "[3]:[4, 5]", "[]:[7]", "[8, 9]:[]"])
    func notation(text: String) throws {
        #expect(try #require(Bead(parsing: text)).description == text)
    }

    @Test("Malformed beads are refused", arguments: ["[0]:", "0:0", "[a]:[1]", "[1]-[2]"])
    func malformed(text: String) {
        #expect(Bead(parsing: text) == nil)
    }

    @Test("Bead files load with blank lines skipped and name the line they refuse")
    func beadFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("beads-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[0]:[0]\n\n[1, 2]:[1]\n[]:[2]\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Bead.load(path: path).map(\.description) == ["[0]:[0]", "[1, 2]:[1]", "[]:[2]"])
        #expect(throws: BeadFileError(file: path, line: 4, problem: "segment index out of range")) {
            try Bead.load(path: path, sourceCount: 3, targetCount: 2)
        }
        try "[0]:[0]\n[1]-[1]\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: BeadFileError(file: path, line: 2, problem: "not a bead like [3]:[4, 5]")) {
            try Bead.load(path: path)
        }
    }
}

@Suite("Glossary harvest")
struct GlossaryHarvestTests {
    @Test("Names in no glossary are learned from aligned beads, titles trimmed")
    func harvest() throws {
        let source = [
            "Verteidigungsminister Sergej Schoigu traf Generalstabschef Waleri Gerassimow in Rostow.",
            "Später sprach Schoigu mit Wiktor Solotow über die Lage.",
        ]
        let target = [
            "Defence Minister Sergei Shoigu met Chief of Staff Valery Gerasimov in Rostov.",
            "Later Shoigu spoke with Viktor Zolotov about the situation.",
        ]
        let beads = [Bead(source: [0], target: [0]), Bead(source: [1], target: [1])]
        let pairs = try GlossaryHarvest(glossaries: [], sourceLanguage: .german, targetLanguage: .english)
            .harvest(beads: beads, source: source, target: target)
        let found = pairs.map { "\($0.source)→\($0.target)" }
        #expect(found.contains("Sergej Schoigu→Sergei Shoigu"))
        #expect(found.contains("Waleri Gerassimow→Valery Gerasimov"))
        #expect(found.contains("Wiktor Solotow→Viktor Zolotov"))
        #expect(pairs.allSatisfy { $0.confidence >= 0.88 })
        #expect(pairs.filter { $0.kind == .person }.count == 3)
        #expect(pairs.allSatisfy { $0.kind == .person || ($0.source == "Rostow" && $0.kind == .place) })
        let glossary = GlossaryHarvest.glossary(pairs, sourceLanguage: .german, targetLanguage: .english)
        #expect(glossary.entries.count == pairs.count)
        #expect(glossary.entries[0].note?.contains("aligned pairs") == true)
    }
}

extension GlossaryHarvestTests {
    @Test("Whole names, and what the context says each name is: person, place or organisation")
    func wholeNamesAndKinds() throws {
        let source = [
            "Bürgermeister Ihor Terechow sagte, in Solotschiw sei ein Haus zerstört worden.",
            "Später sprach Terechow von zwölf Verletzten.",
            "Kim Jong Un zeigte sich mit seiner Tochter Kim Ju Ae.",
            "Die Firma Ukrenerho meldete Schäden.",
        ]
        let target = [
            "Mayor Ihor Terekhov said a house had been destroyed in Zolochiv.",
            "Later Terekhov spoke of twelve injured.",
            "Kim Jong Un appeared with his daughter Kim Ju Ae.",
            "The company Ukrenergo reported damage.",
        ]
        let beads = (0..<4).map { Bead(source: [$0], target: [$0]) }
        let pairs = try GlossaryHarvest(glossaries: [], sourceLanguage: .german, targetLanguage: .english)
            .harvest(beads: beads, source: source, target: target)
        let found = Dictionary(pairs.map { ("\($0.source)→\($0.target)", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Ihor Terechow→Ihor Terekhov"]?.kind == .person)
        // The family name alone later on is the same person, counted with the whole name.
        #expect(found["Ihor Terechow→Ihor Terekhov"]?.occurrences == 2 && found["Terechow→Terekhov"] == nil)
        #expect(found["Solotschiw→Zolochiv"]?.kind == .place, "\(found.keys.sorted())")
        #expect(found["Kim Ju Ae→Kim Ju Ae"] != nil, "\(found.keys.sorted())")
        #expect(
            NameContext.kind(
                of: "Naftogas", in: "Der Konzern Naftogas meldete Schäden.", target: "Naftogas",
                in: "The company Naftogas reported damage.") == .organization)
        #expect(NameContext.decide([:], name: "Kupjansk") == .place)
    }
}

extension GlossaryHarvestTests {
    @Test(
        "With the language's ordinary words, names without cues are harvested; generated forms pair what the matcher cannot"
    )
    func ordinaryWordsAndGeneratedForms() throws {
        let source = [
            "Die Truppen zogen sich aus Sudscha und Graiworon zurück.",
            "Das Stromnetz in Myropillja fiel aus.",
        ]
        let target = [
            "The troops withdrew from Sudzha and Graivoron.",
            "The power grid in Myropillia failed.",
        ]
        let beads = (0..<2).map { Bead(source: [$0], target: [$0]) }
        // A small list of ordinary words stands for the installed dictionaries.
        let german = CommonWords(
            words: ["die", "truppe", "zog", "zogen", "sich", "aus", "und", "zurück", "das", "stromnetz", "in", "fiel"],
            language: .german)
        let english = CommonWords(words: ["the", "troops", "power", "grid"], language: .english)
        let pairs = try GlossaryHarvest(
            glossaries: [], sourceLanguage: .german, targetLanguage: .english, commonWords: (german, english)
        ).harvest(beads: beads, source: source, target: target)
        let found = Set(pairs.map { "\($0.source)→\($0.target)" })
        for pair in ["Sudscha→Sudzha", "Graiworon→Graivoron", "Myropillja→Myropillia"] {
            #expect(found.contains(pair), "\(found.sorted())")
        }
        #expect(pairs.allSatisfy { $0.kind == .place && $0.confidence >= 0.9 }, "\(pairs)")
        // Without them, German nouns and names look alike and none of these is found.
        let plain = try GlossaryHarvest(glossaries: [], sourceLanguage: .german, targetLanguage: .english)
            .harvest(beads: beads, source: source, target: target)
        #expect(plain.isEmpty, "\(plain.map(\.source))")
        // "Sudscha" and "Sudzha" are too far apart for the matcher alone: the generated form pairs them.
        let matcher = NameMatcher()
        #expect(matcher.score(try NameKey("Sudscha"), try NameKey("Sudzha")) < matcher.threshold)
    }
}

extension AlignerTests {
    @Test(
        "Confidences: the clean sample pair scores above 0.7 everywhere; a sentence replaced by an unrelated one is the least sure"
    )
    func confidences() throws {
        let german = try Self.segments("Samples/de-nordkorea-truppen.txt", .german)
        let english = try Self.segments("Samples/en-nordkorea-truppen.txt", .english)
        let aligner = SentenceAligner(sourceLanguage: .german, targetLanguage: .english, dictionary: Self.dictionary)
        let clean = aligner.align(source: german, target: english)
        // 0.7 is the review threshold of projects (TranslationUnit.alignmentReviewThreshold).
        #expect(clean.allSatisfy { $0.score >= 0.7 }, "\(clean.map(\.score))")
        var replaced = english
        let index = try #require(replaced.firstIndex { $0.hasPrefix("Last week") })
        replaced[index] =
            "The weather in the Alps was unusually mild for the season, and ski resorts opened late because there was hardly any snow."
        let beads = aligner.align(source: german, target: replaced)
        let unrelated = try #require(beads.first { $0.target.contains(index) })
        let original = try #require(clean.first { $0.target.contains(index) })
        // Less sure than the true translation was, and the least sure bead of the document.
        #expect(unrelated.score < original.score - 0.05, "\(unrelated.score) vs \(original.score)")
        #expect(beads.allSatisfy { $0 == unrelated || $0.score > unrelated.score })
    }

    @Test("Confidences are probabilities of the beads of the path: each in [0, 1], and they follow the cost model")
    func confidencesAreProbabilities() throws {
        let german = try Self.segments("Samples/de-nordkorea-truppen.txt", .german)
        let english = try Self.segments("Samples/en-nordkorea-truppen.txt", .english)
        var options = SentenceAligner.Options()
        // A hotter temperature spreads the probability over more paths: every bead is less sure.
        options.confidenceTemperature = 4
        let hot = SentenceAligner(
            sourceLanguage: .german, targetLanguage: .english, dictionary: Self.dictionary, options: options
        ).align(source: german, target: english)
        let cold = SentenceAligner(sourceLanguage: .german, targetLanguage: .english, dictionary: Self.dictionary)
            .align(source: german, target: english)
        #expect(hot.map(\.description) == cold.map(\.description))
        #expect(zip(hot, cold).allSatisfy { $0.score <= $1.score + 1e-9 && $0.score >= 0 && $1.score <= 1 })
        #expect(zip(hot, cold).contains { $0.score < $1.score - 0.05 })
    }
}

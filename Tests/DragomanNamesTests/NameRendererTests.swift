import DragomanEvaluation
import DragomanText
import Foundation
import Testing

@testable import DragomanNames

@Suite("Rendering names in another press's conventions")
struct NameRendererTests {
    static let examples = [
        ("Winnyzja", "Vinnytsia"), ("Tscherkassy", "Cherkasy"), ("Uschhorod", "Uzhhorod"),
        ("Chmelnyzkyj", "Khmelnytskyi"), ("Poltawa", "Poltava"), ("Saporischschja", "Zaporizhzhia"),
        ("Tschernihiw", "Chernihiv"), ("Dnipropetrowsk", "Dnipropetrovsk"), ("Kasachstan", "Kazakhstan"),
        ("Wjatscheslaw Wolodin", "Vyacheslav Volodin"), ("Sergej Lawrow", "Sergei Lavrov"),
    ]

    /// A renderer that has seen none of the names it is asked about, learning no costs.
    static func renderer(excluding: [String], from: LanguageCode = .german, to: LanguageCode = .english) throws
        -> NameRenderer
    {
        try NameRenderer(
            from: from, to: to, model: try NameRenderer.model(for: to, excluding: Set(excluding)),
            sourceModel: try NameRenderer.model(for: from, excluding: Set(excluding)))
    }

    @Test("German press renderings become English forms by the correspondences and CLDR's letters alone")
    func germanToEnglish() throws {
        // No costs learned from glossaries here (the CLI tests measure that): the hand-set ones.
        let renderer = try Self.renderer(excluding: Self.examples.map(\.1))
        var found = 0
        for (german, english) in Self.examples {
            let proposals = renderer.render(german, top: 3)
            if proposals.map(\.text).contains(english) { found += 1 }
            #expect(zip(proposals, proposals.dropFirst()).allSatisfy { $0.score >= $1.score && $1.score > 0 })
        }
        #expect(found >= Self.examples.count * 7 / 10, "among the first three for \(found) of \(Self.examples.count)")
    }

    @Test("English forms become German press renderings")
    func englishToGerman() throws {
        let renderer = try Self.renderer(excluding: Self.examples.map(\.0), from: .english, to: .german)
        for (german, english) in [("Charkiw", "Kharkiv"), ("Poltawa", "Poltava"), ("Schytomyr", "Zhytomyr")] {
            #expect(renderer.render(english, top: 3).map(\.text).contains(german), "\(english)")
        }
    }

    @Test("Capitals and spaces follow the name; invisible characters and accents go; nothing crashes")
    func shapes() throws {
        let renderer = try Self.renderer(excluding: [])
        #expect(renderer.render("al-Assad", top: 1).first?.text.hasPrefix("al-") == true)
        #expect(renderer.render("Reyk\u{AD}ja\u{AD}vík", top: 5).allSatisfy { !$0.text.contains("\u{AD}") })
        for odd in ["", " ", "-", "’", "123", String(repeating: "sch", count: 40), "Ωμέγα", "🙂"] {
            _ = renderer.render(odd, top: 3)
        }
        #expect(throws: NameRenderingError.self) {
            try NameRenderer(from: .german, to: "fr", model: LetterModel(names: ["Paris"]))
        }
    }

    @Test("Costs learned from pairs both presses write: a derivable pair is counted, a translation skipped")
    func learning() throws {
        var renderer = try Self.renderer(excluding: [])
        let derived = renderer.learnCosts(from: [
            ("Sergej Lawrow", "Sergei Lavrov"), ("Nordkorea", "North Korea"), ("Wolodin", "Volodin"),
        ])
        #expect(derived == 2)
    }

    /// The CLDR rows whose German and English names differ by transliteration convention
    /// (classified in the names tests), every one of them left out of the letter statistics.
    @Test("CLDR transliteration rows: how often the CLDR English form comes first and among the first three")
    func cldrRows() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/cldr-de-en-differences.tsv").path
        let rows = try TSVTable(path: path).rows(columns: ["kind", "de", "en"]).filter { $0[0] == "transliteration" }
        let renderer = try Self.renderer(excluding: rows.flatMap { [$0[1], $0[2]] })
        let report = NameRenderingEvaluation.evaluate(pairs: rows.map { ($0[1], $0[2]) }, renderer: renderer)
        #expect(report.count == 70)
        // Measured without the glossaries' costs (`dragoman eval names --render` learns them): a floor, not the bar.
        #expect(report.firstShare >= 0.4 && report.firstThreeShare >= 0.65, "\(report.first), \(report.firstThree)")
    }

    @Test("A spelling the target language's word lists write comes first; a name with accents keeps its letters")
    func lexiconAndAccents() throws {
        var renderer = try Self.renderer(excluding: ["Tajikistan", "Tadschikistan", "Gdansk", "Zurich"])
        renderer.lexicon = NameLexicon(names: ["Tajikistan", "Hong", "Kong"])
        #expect(renderer.render("Tadschikistan", top: 3).first?.text == "Tajikistan")
        #expect(renderer.lexicon?.attests("hong kong") == true)
        #expect(renderer.lexicon?.attests("Tadzhikistan") == false)
        renderer.lexicon = nil
        #expect(renderer.render("Gdańsk", top: 3).map(\.text).contains("Gdansk"))
        #expect(renderer.render("Zürich", top: 3).map(\.text).contains("Zurich"))
    }

    @Test("Word lists: English proper names only (no common words, possessives or abbreviations)")
    func installedWordLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Iraq\nIraq's\nbar\nMt.\nRiyadh\n".write(
            to: folder.appendingPathComponent("british-english"), atomically: true, encoding: .utf8)
        let lexicon = try #require(NameLexicon.installed(for: .english, folder: folder.path))
        #expect(lexicon.attests("Iraq") && lexicon.attests("RIYADH"))
        #expect(!lexicon.attests("Bar") && !lexicon.attests("Iraq's") && !lexicon.attests("Mt."))
        #expect(NameLexicon.installed(for: .german, folder: folder.path) == nil)
    }
}

import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation
import Testing

@testable import DragomanWorkflow

@Suite("Summaries")
struct SummarizerTests {
    static let translation = Fixtures.sample("en-nordkorea-truppen.txt")

    /// The sample article aligned with a translation (the sample's, or `translationText`).
    static func summary(translationText: String? = nil, budget: Summarizer.Budget = .sentences(7)) throws -> (
        Summary, String
    ) {
        let english = try translationText ?? String(contentsOfFile: translation, encoding: .utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("en-\(UUID().uuidString).txt")
        try english.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let source = try SummarySource.files(
            source: Article.read(path: Fixtures.sample("de-nordkorea-truppen.txt"), language: .german),
            translation: Article.read(path: path.path, language: .english), targetLanguage: .english,
            glossaries: [Fixtures.newsNames], dictionaries: [])
        let summarizer = try Summarizer(
            glossaries: source.glossaries, sourceLanguage: .german, targetLanguage: .english)
        return (
            summarizer.summarize(
                document: source.document.name, units: source.units, budget: budget, citing: source.citing),
            english
        )
    }
}

extension SummarizerTests {
    @Test("Every sentence comes verbatim from the translation, cites its segments and says where its English is from")
    func verbatimAndCited() throws {
        let (summary, english) = try Self.summary()
        #expect(summary.sentences.count == 7)
        for sentence in summary.sentences {
            let text = try #require(sentence.english)
            #expect(sentence.replacements.isEmpty)
            // Each English sentence of the unit is a sentence of the translation.
            #expect(english.contains(text) || text.split(separator: ".").allSatisfy { english.contains($0) })
            #expect(!sentence.segments.isEmpty && sentence.segments.allSatisfy { (0..<14).contains($0) })
            #expect(sentence.englishSource == .aligned)
        }
        #expect(summary.sentences.map(\.unit) == summary.sentences.map(\.unit).sorted(), "article order")
        let all = summary.sentences.compactMap(\.english).joined(separator: " ")
        for name in ["Zelensky", "Pyongyang", "Peskov", "DPRK"] { #expect(all.contains(name), "\(name)") }
    }

    @Test("“Selenskyj” and “Pjöngjang” in the translation come out in glossary form, and are reported")
    func replacements() throws {
        let original = try String(contentsOfFile: Self.translation, encoding: .utf8)
        let changed = original.replacingOccurrences(of: "Volodymyr Zelensky", with: "Wolodymyr Selenskyj")
            .replacingOccurrences(of: "Pyongyang", with: "Pjöngjang")
        #expect(changed != original)
        let (summary, _) = try Self.summary(translationText: changed)
        let replacements = summary.sentences.flatMap(\.replacements)
        #expect(replacements.contains { $0.found == "Selenskyj" && $0.replacement == "Zelensky" })
        #expect(replacements.contains { $0.found.hasPrefix("Pjöngjang") && $0.replacement.hasPrefix("Pyongyang") })
        let all = summary.sentences.compactMap(\.english).joined(separator: " ")
        #expect(!all.contains("Selenskyj") && !all.contains("Pjöngjang"))
        for name in ["Zelensky", "Pyongyang", "Peskov", "DPRK"] { #expect(all.contains(name), "\(name)") }
        // Nothing but the names changed: undoing the replacements gives the translation's text.
        for sentence in summary.sentences where !sentence.replacements.isEmpty {
            var undone = sentence.english!
            for replacement in sentence.replacements {
                undone = undone.replacingOccurrences(of: replacement.replacement, with: replacement.found)
            }
            #expect(changed.contains(undone) || undone.split(separator: ".").allSatisfy { changed.contains($0) })
        }
        let markdown = summary.markdown()
        #expect(markdown.contains("replaced “Selenskyj” with “Zelensky”"))
    }

    @Test("Without any English: the digest, the chosen units marked untranslated, and how to get English")
    func untranslated() throws {
        let article = try Article.read(path: Fixtures.sample("de-nordkorea-truppen.txt"), language: .german)
        let source = try SummarySource.files(
            source: article, translation: nil, targetLanguage: .english, glossaries: [Fixtures.newsNames],
            dictionaries: [])
        let summary = try Summarizer(glossaries: source.glossaries, sourceLanguage: .german, targetLanguage: .english)
            .summarize(document: "a", units: source.units, budget: .sentences(3), citing: source.citing)
        #expect(summary.sentences.count == 3 && summary.untranslated == 3)
        #expect(summary.sentences.allSatisfy { $0.english == nil && $0.englishSource == nil })
        let zelensky = try #require(summary.entities.first { $0.entry == "zelensky" })
        #expect(zelensky.name == "Volodymyr Zelensky" && zelensky.role == "President of Ukraine")
        #expect(summary.entities.first?.name == "North Korea", "the most mentioned first")
        let markdown = summary.markdown()
        #expect(markdown.contains("*untranslated (de):*") && markdown.contains("dragoman mt --engine"))
    }

    @Test("A word budget, and near-duplicates left out")
    func budgetAndDuplicates() throws {
        let (summary, _) = try Self.summary(budget: .words(60))
        let words = summary.sentences.compactMap(\.english).reduce(0) { $0 + Summarizer.wordCount($1) }
        #expect(!summary.sentences.isEmpty && (words <= 60 || summary.sentences.count == 1))

        let units = [
            "Nordkorea schickt Truppen nach Russland.", "Nordkorea schickt Truppen nach Russland.",
            "Das Wetter in Seoul war gut.",
        ]
        .enumerated().map { index, text in
            TranslationUnit(
                id: Int64(index + 1), documentID: 1, position: index, segmentIDs: [Int64(index + 1)], source: text,
                target: nil, status: .new, origin: nil, targetSegmentCount: nil, alignmentScore: nil, updatedAt: Date())
        }
        let chosen = try Summarizer(glossaries: [Fixtures.newsNames], sourceLanguage: .german, targetLanguage: .english)
            .summarize(document: "d", units: units, budget: .sentences(2))
        #expect(chosen.sentences.map(\.unit).contains(3), "the repeated sentence is chosen once")
    }

    @Test("Renderings: JSON parses, HTML escapes")
    func renderings() throws {
        let (summary, _) = try Self.summary(budget: .sentences(3))
        let json = try JSONSerialization.jsonObject(with: Data(summary.json().utf8)) as? [String: Any]
        #expect((json?["sentences"] as? [Any])?.count == 3)
        let html = summary.html()
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Names in the article") && !html.contains("„<"))
    }
}

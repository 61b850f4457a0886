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

/// Sentences that stand on their own: no pronoun whose referent the summary lacks.
extension SummarizerTests {
    /// A sample pair's units (aligned with its English) and a summarizer over them.
    static func samplePair(_ name: String) throws -> (Summarizer, SummarySource) {
        let source = try SummarySource.files(
            source: Article.read(path: Fixtures.sample("de-\(name).txt"), language: .german),
            translation: Article.read(path: Fixtures.sample("en-\(name).txt"), language: .english),
            targetLanguage: .english, glossaries: [Fixtures.newsNames], dictionaries: [])
        return (
            try Summarizer(glossaries: source.glossaries, sourceLanguage: .german, targetLanguage: .english), source
        )
    }

    /// Starts with a pronoun standing for something named before ("It is unclear whether" does not).
    static func startsWithPronoun(_ text: String) -> Bool {
        let words = text.split(separator: " ").prefix(3).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let first = words.first,
            ["He", "She", "They", "It", "This", "These", "Those", "His", "Her", "Their", "Its"].contains(first)
        else { return false }
        if first == "It", words.count > 2, ["is", "was"].contains(words[1]), words[2].first?.isLowercase == true {
            return false
        }
        return true
    }

    @Test(
        "No summary sentence of either sample pair starts with (or quotes) a pronoun whose referent is absent, at any length",
        arguments: ["nordkorea-truppen", "ostsee-kabel"])
    func noOrphanPronouns(sample: String) throws {
        let (summarizer, source) = try Self.samplePair(sample)
        let order = source.units.map(\.id)
        var orphansSeen = 0
        for budget in 1...14 {
            let summary = summarizer.summarize(
                document: source.document.name, units: source.units, budget: .sentences(budget), citing: source.citing)
            let chosen = Set(summary.sentences.map(\.unit))
            #expect(summary.sentences.count <= budget, "budget \(budget)")
            for sentence in summary.sentences {
                // The sentence the own pair's translation leaves out has no English to read.
                guard let english = sentence.english else { continue }
                let position = try #require(order.firstIndex(of: sentence.unit))
                let previousIn = position > 0 && chosen.contains(order[position - 1])
                let named = sentence.replacements.contains { $0.reason == "referent" }
                let original = source.units[position].target ?? ""
                if Self.startsWithPronoun(original) || original.firstMatch(of: /, (he|she) said/) != nil {
                    orphansSeen += 1
                    #expect(previousIn || named, "budget \(budget): \(english)")
                }
                #expect(!Self.startsWithPronoun(english) || previousIn, "budget \(budget): \(english)")
            }
        }
        #expect(orphansSeen > 0, "the sample has sentences that lean on the one before")
    }

    @Test("A sentence that leans on a person named before gets the name in brackets, marked as an editorial insertion")
    func referentInBrackets() throws {
        let (summarizer, source) = try Self.samplePair("nordkorea-truppen")
        let units = source.units
        let noted = try #require(units.firstIndex { $0.target?.hasPrefix("He also noted") == true })
        let matches = units.map { summarizer.usage.sourceMatches(in: $0.source) }
        let (chosen, insertions) = summarizer.resolveReferences(chosen: [noted], units: units, matches: matches)
        #expect(chosen == [noted])
        let inserted = try #require(insertions[noted]?.first)
        #expect(
            inserted.replacement.found == "He" && inserted.replacement.replacement == "[Dmitry Peskov]"
                && inserted.replacement.reason == "referent")
        #expect(
            Summarizer.insert([inserted], into: units[noted].target!).hasPrefix("[Dmitry Peskov] also noted that"))
        // The pronoun of the attribution is the one replaced, never one inside the quotation; a
        // possessive keeps its 's; "it" stands for an organisation or a place, not a person.
        var quoted = units
        quoted[noted].target = "“We will see what he does,” he said."
        let attribution = try #require(
            summarizer.resolveReferences(chosen: [noted], units: quoted, matches: matches).insertions[noted])
        #expect(
            Summarizer.insert(attribution, into: quoted[noted].target!)
                == "“We will see what he does,” [Dmitry Peskov] said.")
        quoted[noted].target = "His visit was cancelled."
        let possessive = try #require(
            summarizer.resolveReferences(chosen: [noted], units: quoted, matches: matches).insertions[noted])
        #expect(Summarizer.insert(possessive, into: quoted[noted].target!) == "[Dmitry Peskov]’s visit was cancelled.")
        quoted[noted].target = "It also denied the reports."
        let thing = try #require(
            summarizer.resolveReferences(chosen: [noted], units: quoted, matches: matches).insertions[noted]?.first)
        #expect(thing.replacement.replacement != "[Dmitry Peskov]")
        // No room for the sentence before: the orphan is left out rather than the budget broken.
        quoted[noted].target = "This was denied by Moscow."
        let full = summarizer.resolveReferences(chosen: [noted], units: quoted, matches: matches) { _, _ in false }
        #expect(full.chosen.isEmpty)
        // "This"/"These" stand for a statement no name replaces: the sentence before comes along.
        var edited = units
        edited[noted].target = "This was denied by Moscow."
        let brought = summarizer.resolveReferences(chosen: [noted], units: edited, matches: matches)
        #expect(brought.chosen == [noted - 1, noted] && brought.insertions.isEmpty)
    }

    @Test(
        "Beyond the lede: a long article's short summary takes a sentence from the second half that brings new names, and says so"
    )
    func beyondTheLede() throws {
        let (summarizer, source) = try Self.samplePair("ostsee-kabel")
        #expect(source.units.count >= Summarizer.longArticle)
        let half = source.units.count / 2
        let order = source.units.map(\.id)
        for budget in 2...5 {
            let summary = summarizer.summarize(
                document: source.document.name, units: source.units, budget: .sentences(budget), citing: source.citing)
            let positions = summary.sentences.compactMap { order.firstIndex(of: $0.unit) }
            #expect(positions.contains { $0 >= half }, "budget \(budget): \(positions)")
            #expect(summary.method.contains("ranked by centrality"))
        }
        let short = summarizer.summarize(
            document: source.document.name, units: source.units, budget: .sentences(2), citing: source.citing)
        #expect(short.method.contains("second half of the article is covered by unit"), "\(short.method)")
        #expect(short.markdown().contains("*How these were chosen:*"))
        // A short article is left to the ranking.
        let (other, sample) = try Self.samplePair("nordkorea-truppen")
        let lede = other.summarize(
            document: sample.document.name, units: sample.units, budget: .sentences(2), citing: sample.citing)
        #expect(!lede.method.contains("second half"))
    }

    @Test(
        "Roles as of the article: the words before a person's name in its English, before the glossary's role of today")
    func rolesAsOfTheArticle() throws {
        let (summarizer, source) = try Self.samplePair("ostsee-kabel")
        let summary = summarizer.summarize(
            document: source.document.name, units: source.units, budget: .sentences(5), citing: source.citing)
        let roles = Dictionary(uniqueKeysWithValues: summary.entities.map { ($0.name, ($0.role, $0.roleSource)) })
        // The glossary knows Baerbock as President of the UN General Assembly (from September 2025); the
        // article, of February 2025, as Germany's foreign minister.
        #expect(roles["Annalena Baerbock"]?.0 == "German Foreign Minister")
        #expect(roles["Annalena Baerbock"]?.1 == "article")
        #expect(roles["Dmitry Peskov"]?.0 == "Kremlin spokesman")
        #expect(roles["Volodymyr Zelensky"]?.0 == "Ukrainian President")
        #expect(roles["Moscow"]?.1 == "glossary")
        #expect(summary.markdown().contains("German Foreign Minister (in the article)"))
        #expect(Summarizer.role(before: "Dmitry Peskov", in: "On Monday, Dmitry Peskov said so.") == nil)
        #expect(Summarizer.role(before: "Dmitry Peskov", in: "Yesterday Dmitry Peskov said so.") == nil)
        #expect(
            Summarizer.role(before: "Lloyd Austin", in: "comments by US Defense Secretary Lloyd Austin.")
                == "US Defense Secretary")
    }
}

extension SummarizerTests {
    @Test("A 2022 article gets the glossary's roles of 2022, not today's; --as-of overrides the date it names")
    func glossaryRolesAsOfTheArticleDate() throws {
        let text = """
            Berlin, 14. März 2022. Außenministerin Baerbock traf in Kiew den ukrainischen Außenminister Kuleba.
            Kuleba sagte, die Ukraine brauche mehr Waffen. Auch Biden und Scholz äußerten sich.
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("de-\(UUID().uuidString).txt")
        try text.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        let units = try SummarySource.files(
            source: Article.read(path: path.path, language: .german), translation: nil, targetLanguage: .english,
            glossaries: [Fixtures.newsNames], dictionaries: []
        ).units
        let summarizer = try Summarizer(
            glossaries: [Fixtures.newsNames], sourceLanguage: .german, targetLanguage: .english)
        let then = summarizer.summarize(document: "a.txt", units: units, budget: .sentences(2))
        let roles = Dictionary(uniqueKeysWithValues: then.entities.map { ($0.name, $0.role) })
        #expect(then.rolesAsOf == "2022-03-14")
        #expect(then.method.contains("roles as of 2022-03-14"))
        #expect(roles["Annalena Baerbock"] == "German Foreign Minister")
        #expect(roles["Dmytro Kuleba"] == "Ukrainian Foreign Minister")
        #expect(roles["Joe Biden"] == "President of the United States")
        #expect(roles["Olaf Scholz"] == "German Chancellor")
        let now = summarizer.summarize(
            document: "a.txt", units: units, budget: .sentences(2), asOf: PartialDate("2026-11-30"))
        let today = Dictionary(uniqueKeysWithValues: now.entities.map { ($0.name, $0.role) })
        #expect(today["Olaf Scholz"] == "former German Chancellor")
        #expect(today["Annalena Baerbock"] == "President of the UN General Assembly")
    }

    @Test("The article's date: the latest day or month it names, in German, English or Spanish, never after today")
    func articleDate() {
        #expect(
            ArticleDate.latest(in: ["Am 24. Februar 2022 begann der Krieg.", "Seit dem 3.3.2023 gilt das."])?
                .description == "2023-03-03")
        #expect(
            ArticleDate.latest(in: ["On February 24, 2022, Russia invaded.", "In March 2024 it went on."])?.description
                == "2024-03")
        #expect(ArticleDate.latest(in: ["El 24 de febrero de 2022 comenzó."])?.description == "2022-02-24")
        #expect(
            ArticleDate.latest(in: ["Published 2023-05-17 in Kyiv; the war began in 2014."])?.description
                == "2023-05-17")
        // A bare year says too little; a date to come is no date of the report.
        #expect(ArticleDate.latest(in: ["Seit 2014 herrscht Krieg."]) == nil)
        #expect(ArticleDate.latest(in: ["Die Wahl ist am 5. November 2099."]) == nil)
        #expect(ArticleDate.latest(in: ["Er wurde 31.02.2022 gesehen."]) == nil)
    }
}

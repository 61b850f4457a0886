import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation
import Testing

@testable import DragomanWorkflow

@Suite("Machine-translation drafts")
struct MachineTranslatorTests {
    /// A project holding the Spanish sample, untranslated.
    static func spanishProject() throws -> SQLiteProjectStore {
        let store = try SQLiteProjectStore(inMemory: ())
        let article = try Article.read(path: Fixtures.sample("es-corea-tropas.txt"), language: LanguageCode("es"))
        try store.add(DocumentBuilder().document(for: article, targetLanguage: .english))
        return store
    }

    static var isApertiumInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/apertium") }
}

extension MachineTranslatorTests {
    @Test("Names go through an engine as placeholders and come back in their preferred English form")
    func namesCarriedThrough() throws {
        let store = try Self.spanishProject()
        // `cat` as the engine: the draft is the shielded source with the names restored.
        let translator = MachineTranslator(engine: CommandEngine(command: "cat"), glossaries: [Fixtures.newsNames])
        let result = try translator.draft(store, author: "test")
        let units = try store.units(document: nil)
        #expect(result.drafted == units.count && result.lostNames.isEmpty)
        #expect(units.allSatisfy { $0.status == .draft && $0.origin == .machineTranslation })
        let drafts = units.compactMap(\.target).joined(separator: "\n")
        for name in ["Volodymyr Zelensky", "Dmitry Peskov", "Pyongyang", "Sergei Lavrov", "Kim Jong Un"] {
            #expect(drafts.contains(name), "\(name)")
        }
        #expect(!drafts.contains("Zelenski") && !drafts.contains("Pionyang") && !drafts.contains("ZZN"))
        #expect(try store.history(unit: units[0].id).last?.author == "test")
    }

    @Test(
        "Adjectives stay adjectives: russischen, ukrainische, nordkoreanischen come back as Russian, Ukrainian, North Korean"
    )
    func adjectivesStayAdjectives() throws {
        let store = try SQLiteProjectStore(inMemory: ())
        let article = try Article.read(path: Fixtures.sample("de-nordkorea-truppen.txt"), language: .german)
        try store.add(DocumentBuilder().document(for: article, targetLanguage: .english))
        // `cat` returns the shielded German: every name's form in the draft is exactly what the shield put there.
        let translator = MachineTranslator(engine: CommandEngine(command: "cat"), glossaries: [Fixtures.newsNames])
        _ = try translator.draft(store, author: "test")
        let draft = try store.units(document: nil).compactMap(\.target).joined(separator: "\n")
        #expect(draft.contains("den Russian Botschafter"), "\(draft)")
        #expect(draft.contains("der Ukrainian Staatschef"))
        #expect(draft.contains("den North Korean Einsatz") && draft.contains("Der North Korean Diplomat"))
        #expect(!draft.contains("russisch") && !draft.contains("ukrainisch") && !draft.contains("nordkoreanisch"))
        // No noun where the article and the noun around it want an adjective ("den Russia Botschafter").
        let nounAsAdjective =
            /\b(?:der|den|des|dem|die|ein|eine|einen|Der|Die|Den)\s+(?:Russia|Ukraine|North Korea)\s+\p{Lu}/
        #expect(draft.firstMatch(of: nounAsAdjective) == nil, "\(draft)")
        // Nouns stay nouns.
        #expect(draft.contains("nach Russia geschickt"))
        let (american, _) = try translator.draft(
            "Die US-amerikanische Regierung und die USA schwiegen.", sourceLanguage: .german, targetLanguage: .english)
        #expect(american == "Die American Regierung und die USA schwiegen.")
        // A state German names with "von" rather than an adjective.
        let (kitts, _) = try translator.draft(
            "Die Regierung von St. Kitts und Nevis schwieg.", sourceLanguage: .german, targetLanguage: .english)
        #expect(kitts == "Die Regierung of Saint Kitts and Nevis schwieg.", "\(kitts)")
    }

    @Test(
        "In a compound only the name is protected, an acronym kept as the acronym; an adjective with no target adjective goes to the engine"
    )
    func compoundsAndAdjectivesWithoutAForm() throws {
        let glossary = try GlossaryCSV.read(
            """
            id,kind,language,term,status,type,part_of_speech,forms,role,note,source
            un,organization,en,United Nations,preferred,fullForm,noun,,,,
            un,organization,en,UN,admitted,fullForm,noun,,,,
            un,organization,de,Vereinte Nationen,preferred,fullForm,noun,Vereinten Nationen,,,
            un,organization,de,UN,admitted,fullForm,noun,,,,
            fi,place,en,Finland,preferred,fullForm,noun,,,,
            fi,place,de,Finnland,preferred,fullForm,noun,Finnlands|finnisch|finnische|finnischen,,,
            """, file: "test.csv")
        let translator = MachineTranslator(engine: CommandEngine(command: "cat"), glossaries: [glossary])
        let (draft, lost) = try translator.draft(
            "UN-Generalsekretär sprach mit der finnischen Regierung und den Vereinten Nationen über Finnland.",
            sourceLanguage: .german, targetLanguage: .english)
        #expect(lost.isEmpty)
        #expect(draft == "UN-Generalsekretär sprach mit der finnischen Regierung und den United Nations über Finland.")
    }

    /// The German sample, untranslated, in a project of its own.
    static func germanProject() throws -> SQLiteProjectStore {
        let store = try SQLiteProjectStore(inMemory: ())
        let article = try Article.read(path: Fixtures.sample("de-nordkorea-truppen.txt"), language: .german)
        try store.add(DocumentBuilder().document(for: article, targetLanguage: .english))
        return store
    }

    @Test("A sed script as the engine: the exact draft, names and adjectives in glossary form")
    func sedScriptDraft() throws {
        let translator = MachineTranslator(
            engine: CommandEngine(
                command: "sed -e 's/Später schlug auch/Later/; s/Alarm wegen der angeblichen Truppenbewegungen/"
                    + "raised the alarm over the alleged troop movements of/; s/ in die Konfliktzone, berief den/"
                    + " into the conflict zone, summoned the/; s/Botschafter in/ambassador in/'"),
            glossaries: [Fixtures.newsNames])
        let (draft, lost) = try translator.draft(
            "Später schlug auch Südkorea Alarm wegen der angeblichen Truppenbewegungen Pjöngjangs in die Konfliktzone, "
                + "berief den russischen Botschafter in Seoul ein.",
            sourceLanguage: .german, targetLanguage: .english)
        #expect(lost.isEmpty)
        #expect(
            draft
                == "Later South Korea raised the alarm over the alleged troop movements of Pyongyang into the conflict "
                + "zone, summoned the Russian ambassador in Seoul ein.")
    }

    @Test("--whole-document: one process per document, one line per unit, the drafts those of one call per unit")
    func wholeDocumentInOneCall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mt-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let calls = folder.appendingPathComponent("calls").path
        let engine = "echo call >> '\(calls)'; sed -e 's/Nordkorea/North Korea/g'"
        var drafts: [[String]] = []
        for wholeDocument in [false, true] {
            try? FileManager.default.removeItem(atPath: calls)
            let store = try Self.germanProject()
            let translator = MachineTranslator(
                engine: CommandEngine(command: engine, wholeDocument: wholeDocument), glossaries: [Fixtures.newsNames])
            let result = try translator.draft(store, author: "test")
            let units = try store.units(document: nil)
            #expect(result.drafted == units.count && result.lostNames.isEmpty)
            let count = try String(contentsOfFile: calls, encoding: .utf8).split(separator: "\n").count
            #expect(count == (wholeDocument ? 1 : units.count))
            drafts.append(units.compactMap(\.target))
        }
        #expect(drafts[0] == drafts[1] && drafts[1].count == 13)
        #expect(drafts[1].contains { $0.contains("Volodymyr Zelensky North Korea vor") })
    }

    @Test("--whole-document: a program that reads lines sees the last one too")
    func wholeDocumentEndsEveryLine() throws {
        let store = try Self.germanProject()
        let translator = MachineTranslator(
            engine: CommandEngine(
                command: "while IFS= read -r line; do printf '%s\\n' \"$line\"; done", wholeDocument: true),
            glossaries: [Fixtures.newsNames])
        #expect(try translator.draft(store, author: "test").drafted == 13)
    }

    @Test("--whole-document with an engine that loses a line: an error naming the counts, the project unchanged")
    func wholeDocumentLineCountChecked() throws {
        let store = try Self.germanProject()
        let translator = MachineTranslator(
            engine: CommandEngine(command: "sed -e '$d'", wholeDocument: true), glossaries: [Fixtures.newsNames])
        #expect {
            try translator.draft(store, author: "test")
        } throws: { error in
            (error as? EngineError).map { "\($0.problem) \($0.cause ?? "")" }?.contains("sent 13 lines") == true
        }
        #expect(try store.units(document: nil).allSatisfy { $0.target == nil })
    }

    @Test("A failing or slow engine leaves the project unchanged and says why")
    func failures() throws {
        let store = try Self.spanishProject()
        let before = try store.units(document: nil)
        let failing = MachineTranslator(
            engine: CommandEngine(command: "echo broken >&2; exit 3"), glossaries: [Fixtures.newsNames])
        #expect {
            try failing.draft(store, author: "test")
        } throws: { error in
            "\(error)".contains("exit status 3") && "\(error)".contains("broken")
        }
        let started = Date()
        let slow = MachineTranslator(
            engine: CommandEngine(command: "sleep 20", timeout: 0.5), glossaries: [Fixtures.newsNames])
        #expect(throws: EngineError.timedOut(engine: "command `sleep 20`", seconds: 0.5)) {
            try slow.draft(store, author: "test")
        }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try store.units(document: nil) == before)
    }

    @Test("The Spanish sample through Apertium: unknown names marked by Apertium, glossary forms in the summary")
    func apertium() throws {
        guard Self.isApertiumInstalled else {
            print("skipped: apertium is not installed (apt-get install apertium apertium-eng-spa)")
            return
        }
        let store = try Self.spanishProject()
        let engine = try ApertiumEngine(source: LanguageCode("es"), target: .english)
        let source = try String(contentsOfFile: Fixtures.sample("es-corea-tropas.txt"), encoding: .utf8)
        // Apertium alone does not know these names: it marks them with "*".
        let raw = try EngineProcess.translate(
            source, executable: "/usr/bin/apertium", arguments: ["-f", "txt", "spa-eng"], timeout: 60,
            engine: "apertium")
        let unknown = ["*Zelenski", "*Pionyang", "*Peskov", "*Lavrov"].filter { raw.contains($0) }
        #expect(unknown.count >= 3, "\(raw)")

        _ = try MachineTranslator(engine: engine, glossaries: [Fixtures.newsNames]).draft(store, author: "mt")
        let summary = try Summarizer(
            glossaries: [Fixtures.newsNames], sourceLanguage: LanguageCode("es"), targetLanguage: .english
        ).summarize(document: "es", units: try store.units(document: nil), budget: .sentences(8))
        #expect(summary.untranslated == 0)
        #expect(summary.sentences.allSatisfy { $0.englishSource == .machineTranslation })
        let english = summary.sentences.compactMap(\.english).joined(separator: " ")
        for name in ["Volodymyr Zelensky", "Dmitry Peskov", "Pyongyang", "Sergei Lavrov", "Moscow"] {
            #expect(english.contains(name), "\(name) in \(english)")
        }
        for wrong in ["Zelenski", "Pionyang", "Serguéi", "Moscú", "*"] { #expect(!english.contains(wrong), "\(wrong)") }
    }
}

extension MachineTranslatorTests {
    @Test("A name no glossary knows, in the German press's spelling, comes out in its generated English form")
    func unknownGermanRenderingsGetTheirEnglishForm() throws {
        let translator = MachineTranslator(engine: CommandEngine(command: "cat"), glossaries: [Fixtures.newsNames])
        let (draft, lost) = try translator.draft(
            "In Berdytschiw sprach Bürgermeister Wadym Ljach mit Olaf Scholz.", sourceLanguage: .german,
            targetLanguage: .english)
        #expect(lost.isEmpty)
        #expect(draft.contains("Berdychiv") && !draft.contains("Berdytschiw"), "\(draft)")
        // A German name stays German.
        #expect(draft.contains("Olaf Scholz"))
    }
}

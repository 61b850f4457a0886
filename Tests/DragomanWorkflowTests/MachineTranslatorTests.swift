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

import DragomanGlossary
import DragomanStore
import DragomanText

/// Fills the empty targets of a project with machine-translation drafts (status draft, origin
/// machine translation), the glossary's names carried through the engine by a ``NameShield``.
///
/// All requests are made first and the drafts stored in one transaction after: an engine that
/// fails or times out leaves the project as it was.
public struct MachineTranslator {
    public struct Result: Sendable {
        public var drafted: Int
        public var protectedNames: Int
        /// Units where the engine dropped a name's placeholder.
        public var lostNames: [(unit: Int64, names: [String])]
    }

    public var engine: any TranslationEngine
    public var glossaries: [Glossary]

    public init(engine: any TranslationEngine, glossaries: [Glossary]) {
        self.engine = engine
        self.glossaries = glossaries
    }

    /// One source text's draft, names carried through: the translated text and the names the
    /// engine dropped (for the workbench's draft on request).
    public func draft(
        _ text: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) throws -> (text: String, lostNames: [String]) {
        let draft = try draft(text, recognizer: try names(from: sourceLanguage, to: targetLanguage))
        return (draft.text, draft.lostNames)
    }

    /// The glossary's names and terms of a language pair, and the forms they take in drafts;
    /// German → English also names no glossary knows (their English form is generated).
    func names(from source: LanguageCode, to target: LanguageCode) throws -> (TermRecognizer, DraftForms) {
        (
            try TermRecognizer(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target, suggestingNames: false,
                findingUnknownNames: source.language == "de" && target.language == "en"),
            DraftForms(glossaries: glossaries, sourceLanguage: source, targetLanguage: target)
        )
    }

    /// The engine's draft of `text` with its names shielded: how many were, and those the engine dropped.
    func draft(_ text: String, recognizer: (TermRecognizer, DraftForms)) throws -> (
        text: String, protectedNames: Int, lostNames: [String]
    ) {
        let shield = NameShield()
        let shielded = shield.shield(text, matches: recognizer.0.matches(in: text), target: recognizer.1.target(for:))
        let (draft, missing) = shield.restore(try engine.translate(shielded.text), shielded)
        return (draft, shielded.names.count, missing)
    }

    public func draft(
        _ store: any ProjectStore, document: Int64? = nil, author: String,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> Result {
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        var updates: [UnitUpdate] = []
        var protected = 0
        var lost: [(unit: Int64, names: [String])] = []
        for document in documents {
            let recognizer = try names(from: document.sourceLanguage, to: document.targetLanguage)
            let empty = try store.units(document: document.id).filter {
                $0.target?.trimmingWhitespace.isEmpty ?? true
            }
            let shield = NameShield()
            let shielded = empty.map { unit in
                shield.shield(
                    unit.source, matches: recognizer.0.matches(in: unit.source), target: recognizer.1.target(for:))
            }
            let translations: [String]
            if engine.translatesLines {
                // The whole document in one call.
                progress(0, empty.count)
                translations = try engine.translate(lines: shielded.map(\.text))
            } else {
                translations = try shielded.enumerated().map { number, item in
                    progress(number, empty.count)
                    return try engine.translate(item.text)
                }
            }
            progress(empty.count, empty.count)
            for (unit, (item, translated)) in zip(empty, zip(shielded, translations)) {
                let (text, missing) = shield.restore(translated.trimmingWhitespace, item)
                protected += item.names.count
                if !missing.isEmpty { lost.append((unit.id, missing)) }
                updates.append(
                    UnitUpdate(of: unit, target: text, status: .draft, origin: .machineTranslation, author: author))
            }
        }
        if !updates.isEmpty { try store.update(updates) }
        return Result(drafted: updates.count, protectedNames: protected, lostNames: lost)
    }
}

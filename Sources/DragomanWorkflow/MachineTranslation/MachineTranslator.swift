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
        let recognizer = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            suggestingNames: false, findingUnknownNames: false)
        let shield = NameShield()
        let shielded = shield.shield(text, matches: recognizer.matches(in: text))
        let (draft, missing) = shield.restore(try engine.translate(shielded.text), shielded)
        return (draft, missing)
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
            let (source, target) = (document.sourceLanguage, document.targetLanguage)
            let recognizer = try TermRecognizer(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target, suggestingNames: false,
                findingUnknownNames: false)
            let shield = NameShield()
            let empty = try store.units(document: document.id).filter {
                $0.target?.trimmingWhitespace.isEmpty ?? true
            }
            for (number, unit) in empty.enumerated() {
                progress(number, empty.count)
                let shielded = shield.shield(unit.source, matches: recognizer.matches(in: unit.source))
                let (text, missing) = shield.restore(try engine.translate(shielded.text), shielded)
                protected += shielded.names.count
                if !missing.isEmpty { lost.append((unit.id, missing)) }
                updates.append(
                    UnitUpdate(of: unit, target: text, status: .draft, origin: .machineTranslation, author: author))
            }
            progress(empty.count, empty.count)
        }
        if !updates.isEmpty { try store.update(updates) }
        return Result(drafted: updates.count, protectedNames: protected, lostNames: lost)
    }
}

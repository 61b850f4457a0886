import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation

/// The logic of the translate loop, without its terminal: which unit is current, what to show
/// for it (source, names and terms with their preferred target forms, translation-memory
/// suggestions, neighbours for context), and what each action does. Every confirmed unit is
/// saved to the store at once, in its own transaction.
public final class TranslationSession {
    public struct Offer: Hashable, Sendable {
        public var target: String
        public var percentage: Int
        public var memorySource: String
        /// Numbers and names replaced to fit this unit ("3000 → 1500").
        public var substitutions: [String]
    }

    /// What the translator sees at one unit.
    public struct View: Sendable {
        public var unit: TranslationUnit
        /// 1-based place in the work list and its length.
        public var place: Int
        public var total: Int
        public var previous: TranslationUnit?
        public var next: TranslationUnit?
        public var terms: [TermMatch]
        public var offers: [Offer]
    }

    public enum Outcome: Sendable {
        case saved(TranslationUnit)
        case moved
        case finished
        case quit
        case help(String)
        case invalid(String)
        /// The unit changed in the project since it was shown (another session, a reviewer's
        /// file): nothing was saved. The session now shows `theirs`; `:mine` saves `yours` over
        /// it, another text replaces both, `:skip` keeps theirs.
        case conflict(yours: String, theirs: TranslationUnit)
    }

    let store: any ProjectStore
    let author: String
    let glossaries: [Glossary]
    private var units: [TranslationUnit]
    private var work: [Int]
    private var place = 0
    /// The place whose unit was last read from the store: a unit is read again when the
    /// translator arrives at it, and a save is based on the version read then.
    private var arrived: Int?
    /// The translator's text refused by a conflict, kept for `:mine`.
    private var refused: (place: Int, target: String, status: UnitStatus, origin: UnitOrigin)?
    private var tools: [Int64: Tools] = [:]

    /// Recognisers and memory of one document's language pair.
    struct Tools {
        var terms: TermRecognizer
        var adapter: SuggestionAdapter
        var memory: TranslationMemory
    }

    public init(store: any ProjectStore, document: Int64? = nil, glossaries: [Glossary], author: String) throws {
        self.store = store
        self.author = author
        self.glossaries = glossaries
        let units = try store.units(document: document)
        self.units = units
        work = units.indices.filter { units[$0].needsWork }
    }

    /// Units of the session that still need work.
    public var remaining: Int { work.filter { units[$0].needsWork }.count }

    public func view() throws -> View? {
        guard place < work.count else { return nil }
        let index = work[place]
        if arrived != place {
            units[index] = try store.unit(id: units[index].id)
            arrived = place
        }
        let unit = units[index]
        let tools = try self.tools(for: unit.documentID)
        let terms = tools.terms.matches(in: unit.source).filter { $0.entryID != nil }
        let offers = tools.memory.suggestions(for: unit.source).map { suggestion in
            let adapted = tools.adapter.adapt(
                source: unit.source, memorySource: suggestion.entry.source, memoryTarget: suggestion.entry.target)
            return Offer(
                target: adapted?.target ?? suggestion.entry.target, percentage: suggestion.percentage,
                memorySource: suggestion.entry.source, substitutions: adapted?.substitutions ?? [])
        }
        return View(
            unit: unit, place: place + 1, total: work.count,
            previous: index > 0 && units[index - 1].documentID == unit.documentID ? units[index - 1] : nil,
            next: index + 1 < units.count && units[index + 1].documentID == unit.documentID ? units[index + 1] : nil,
            terms: terms, offers: offers)
    }

    public func perform(_ action: TranslateAction) throws -> Outcome {
        guard let view = try view() else { return .finished }
        switch action {
        case .translate(let text): return try save(view.unit, target: text, status: .translated, origin: .typed)
        case .draft(let text): return try save(view.unit, target: text, status: .draft, origin: .typed)
        case .accept(let number):
            guard number <= view.offers.count else {
                return .invalid(
                    view.offers.isEmpty
                        ? "no suggestions for this unit" : "there are \(view.offers.count) suggestions, not \(number)")
            }
            return try save(
                view.unit, target: view.offers[number - 1].target, status: .translated, origin: .translationMemory)
        case .mine:
            guard let refused, refused.place == place else { return .invalid("no refused text of yours at this unit") }
            return try save(view.unit, target: refused.target, status: refused.status, origin: refused.origin)
        case .skip:
            place += 1
            return place < work.count ? .moved : .finished
        case .back:
            guard place > 0 else { return .invalid("this is the first unit") }
            place -= 1
            return .moved
        case .quit: return .quit
        case .help: return .help(TranslateAction.helpText)
        case .invalid(let message): return .invalid(message)
        }
    }

    private func save(_ unit: TranslationUnit, target: String, status: UnitStatus, origin: UnitOrigin) throws -> Outcome
    {
        let saved: TranslationUnit
        do {
            saved = try store.update(
                UnitUpdate(of: unit, target: target, status: status, origin: origin, author: author))
        } catch ProjectError.unitChanged(_, let current, _) {
            units[work[place]] = current
            refused = (place, target, status, origin)
            return .conflict(yours: target, theirs: current)
        }
        refused = nil
        units[work[place]] = saved
        if status.isConfirmed, var tools = tools[unit.documentID] {
            tools.memory.add(
                MemoryUnit(
                    sourceLanguage: tools.memory.sourceLanguage, targetLanguage: tools.memory.targetLanguage,
                    source: saved.source, target: target, unitID: saved.id, status: status.rawValue, creator: author,
                    createdAt: saved.updatedAt, changedAt: saved.updatedAt))
            self.tools[unit.documentID] = tools
        }
        place += 1
        return .saved(saved)
    }

    private func tools(for documentID: Int64) throws -> Tools {
        if let tools = tools[documentID] { return tools }
        let document = try store.document(id: documentID)
        let (source, target) = (document.sourceLanguage, document.targetLanguage)
        let terms = try TermRecognizer(glossaries: glossaries, sourceLanguage: source, targetLanguage: target)
        let made = Tools(
            terms: terms,
            adapter: try SuggestionAdapter(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target, sourceTerms: terms),
            memory: TranslationMemory(
                entries: try store.memoryUnits(), sourceLanguage: source, targetLanguage: target))
        tools[documentID] = made
        return made
    }
}

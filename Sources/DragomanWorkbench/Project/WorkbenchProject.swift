import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

/// The project as the workbench serves it: every operation of the editor and the review desk,
/// one at a time (an actor: the store is used by one request at a time, each write in its own
/// transaction), with the glossary tools and translation memory of each document kept between
/// requests. Units are always read from the store, so a change made by another process (a
/// command, a second server) is what the next request sees.
public actor WorkbenchProject {
    /// Glossary recognisers, QA and translation memory for one document's language pair.
    struct DocumentTools {
        var document: ProjectDocument
        var terms: TermRecognizer
        var checker: QualityChecker
        var adapter: SuggestionAdapter
        var memory: TranslationMemory
    }

    public nonisolated let path: String
    public nonisolated let events = UnitEvents()
    public nonisolated let hasMachineTranslation: Bool
    let store: any ProjectStore
    /// Other servers on the same project (PostgreSQL) and this one hear of each other's saves.
    nonisolated let feed: (any ProjectChangeFeed)?
    let engine: (any TranslationEngine)?
    var glossaries: [Glossary]
    var tools: [Int64: DocumentTools] = [:]

    /// - Parameter open: opens the store (called once, here, so the store never leaves the actor).
    public init(opening open: @Sendable () throws -> any ProjectStore, engine: (any TranslationEngine)? = nil) throws {
        let store = try open()
        self.store = store
        feed = store.changeFeed
        path = store.path
        glossaries = try ProjectGlossaries.load(from: store)
        self.engine = engine
        hasMachineTranslation = engine != nil
    }

    /// Passes the saves, joins and splits made through other servers and by commands on the same
    /// project to this server's pages (and its cached memories), and reloads the glossaries when
    /// they change (a command's `attach`, a team glossary shared anew); a no-op for a project file.
    public nonisolated func followOtherServers() throws {
        try feed?.listen { [weak self] change in
            Task { await self?.received(change) }
        }
    }

    func received(_ change: ProjectChange) {
        switch change.kind {
        case .unit:
            guard let unit = try? store.unit(id: change.id) else { return }
            try? remember(unit, author: change.author)
            events.publish(.unit(UnitView(unit), author: change.author, client: nil))
        case .document:
            tools[change.id] = nil
            events.publish(.document(change.id, author: change.author))
        case .glossaries:
            // The next check, suggestion or summary uses the glossaries as they are now.
            guard let reloaded = try? ProjectGlossaries.load(from: store) else { return }
            glossaries = reloaded
            tools = [:]
        }
    }

    // MARK: Documents and units

    public func documents() throws -> [DocumentView] {
        try store.documents().map { Self.view(of: $0, units: try store.units(document: $0.id)) }
    }

    static func view(of document: ProjectDocument, units: [TranslationUnit]) -> DocumentView {
        let progress = DocumentProgress(document: document, units: units)
        return DocumentView(
            id: document.id, name: document.name, sourceLanguage: document.sourceLanguage.tag,
            targetLanguage: document.targetLanguage.tag, units: progress.totalUnits, words: progress.totalWords,
            unitsByStatus: progress.units, wordsByStatus: progress.words, alignmentReview: progress.alignmentReview)
    }

    public func document(id: Int64) throws -> ProjectDocument { try store.document(id: id) }

    /// A document, its progress and its units, from one reading of the units (the editor page).
    public func editorData(document id: Int64) throws -> (ProjectDocument, DocumentView, [UnitView]) {
        let document = try store.document(id: id)
        let units = try store.units(document: id)
        return (document, Self.view(of: document, units: units), units.map(UnitView.init))
    }

    public func units(document: Int64) throws -> [UnitView] { try store.units(document: document).map(UnitView.init) }

    public func unit(id: Int64) throws -> UnitView { UnitView(try store.unit(id: id)) }

    /// Saves a unit's target and status, based on `version`: refused with
    /// ``ProjectError/unitChanged(path:unit:basedOn:)`` when the unit has changed since.
    public func save(
        unit id: Int64, target: String?, status: UnitStatus?, origin: UnitOrigin?, version: Int, author: String,
        client: String? = nil
    ) throws -> UnitView {
        let before = try store.unit(id: id)
        let newTarget = target.map { $0.trimmingWhitespace.isEmpty ? "" : $0 }
        let textChanged = newTarget != nil && newTarget != before.target
        let saved = try store.update(
            UnitUpdate(
                unitID: id, basedOn: version, target: newTarget ?? before.target, status: status ?? before.status,
                origin: origin ?? (textChanged ? .typed : before.origin), author: author))
        return try published(saved, author: author, client: client)
    }

    /// QA of one unit as it would be saved with `target` (the editor checks while the translator types).
    public func check(unit id: Int64, target: String) throws -> [FindingView] {
        var unit = try store.unit(id: id)
        unit.target = target
        if !unit.status.isConfirmed { unit.status = .translated }
        let tools = try tools(for: unit.documentID)
        return Self.findings(of: unit, tools.checker)
    }

    /// QA of one unit on its own: the length ratio, a document-wide norm, says nothing of one unit.
    static func findings(of unit: TranslationUnit, _ checker: QualityChecker) -> [FindingView] {
        checker.findings(for: [unit]).filter { $0.rule != "length-ratio" }.map(FindingView.init)
    }

    /// QA of a whole document.
    public func findings(document: Int64) throws -> [FindingView] {
        let tools = try tools(for: document)
        return tools.checker.findings(for: try store.units(document: document)).map(FindingView.init)
    }

    public func context(unit id: Int64) throws -> UnitContext {
        let unit = try store.unit(id: id)
        let tools = try tools(for: unit.documentID)
        let terms = tools.terms.matches(in: unit.source).compactMap { match -> TermView? in
            guard let entry = match.entryID else { return nil }
            return TermView(
                text: match.text, entry: entry, preferred: match.preferredTarget, status: match.status?.rawValue,
                kind: match.entryKind?.rawValue)
        }
        let suggestions = tools.memory.suggestions(for: unit.source).filter { $0.entry.unitID != unit.id }.map {
            suggestion in
            let adapted = tools.adapter.adapt(
                source: unit.source, memorySource: suggestion.entry.source, memoryTarget: suggestion.entry.target)
            return SuggestionView(
                target: adapted?.target ?? suggestion.entry.target, percentage: suggestion.percentage,
                memorySource: suggestion.entry.source,
                sourceDiff: WordDiff.runs(from: suggestion.entry.source, to: unit.source),
                substitutions: adapted?.substitutions ?? [])
        }
        let changes = try store.history(unit: id)
        let translatorVersion = changes.last { $0.status == .translated && $0.target != nil }?.target
        let findings = unit.target == nil ? [] : Self.findings(of: unit, tools.checker)
        return UnitContext(
            unit: UnitView(unit), terms: terms, suggestions: suggestions, findings: findings,
            history: Self.history(changes),
            comments: try store.comments(unit: id).map(CommentView.init),
            translatorVersion: translatorVersion,
            reviewDiff: translatorVersion.flatMap { old in
                guard let current = unit.target, current != old else { return nil }
                return WordDiff.runs(from: old, to: current)
            },
            machineTranslation: engine != nil)
    }

    // MARK: History and comments

    public func history(unit id: Int64) throws -> [HistoryEntryView] { Self.history(try store.history(unit: id)) }

    static func history(_ changes: [UnitChange]) -> [HistoryEntryView] {
        changes.enumerated().map { index, change in
            HistoryEntryView(
                index: index, time: change.time, author: change.author, previousTarget: change.previousTarget,
                previousStatus: change.previousStatus, target: change.target, status: change.status,
                origin: change.origin, note: change.note)
        }
    }

    /// Makes the target and status of history entry `index` current again (what the entry made
    /// of the unit, or with `before` what the unit was before it, for the first version), as a
    /// new entry: the versions after it stay in the history.
    public func restore(
        unit id: Int64, entry index: Int, before: Bool = false, version: Int, author: String, client: String? = nil
    ) throws -> UnitView {
        let changes = try store.history(unit: id)
        guard changes.indices.contains(index) else {
            throw WorkbenchError.badRequest(
                "unit \(id) has \(changes.count) history entries; there is no entry \(index)")
        }
        let entry = changes[index]
        let time = ISO8601DateFormatter().string(from: entry.time)
        let saved = try store.update(
            UnitUpdate(
                unitID: id, basedOn: version, target: before ? entry.previousTarget : entry.target,
                status: before ? entry.previousStatus : entry.status,
                origin: before ? entry.previousOrigin : entry.origin,
                author: author,
                note: before
                    ? "restored the version before the change of \(time) by \(entry.author)"
                    : "restored the version of \(time) by \(entry.author)"))
        return try published(saved, author: author, client: client)
    }

    public func comments(unit id: Int64) throws -> [CommentView] {
        try store.comments(unit: id).map(CommentView.init)
    }

    public func addComment(unit id: Int64, text: String, author: String) throws -> [CommentView] {
        let text = text.trimmingWhitespace
        guard !text.isEmpty else { throw WorkbenchError.badRequest("the comment is empty") }
        try store.addComment(UnitComment(unitID: id, time: Date(), author: author, text: text))
        return try comments(unit: id)
    }

    // MARK: Review

    public enum Decision: String, Codable, Sendable { case approve, reject }

    /// Approve (status approved) or reject (back to draft, with the reason as a comment) one unit.
    public func review(
        unit id: Int64, decision: Decision, version: Int, author: String, comment: String?, client: String? = nil
    ) throws -> UnitView {
        let unit = try store.unit(id: id)
        let saved = try store.update(
            UnitUpdate(
                unitID: id, basedOn: version, target: unit.target, status: decision == .approve ? .approved : .draft,
                origin: unit.origin, author: author, note: decision == .approve ? "approved" : "rejected"))
        if let comment, !comment.trimmingWhitespace.isEmpty {
            try store.addComment(UnitComment(unitID: id, time: Date(), author: author, text: comment))
        }
        return try published(saved, author: author, client: client)
    }

    // MARK: Alignment fixes

    public func join(unit id: Int64, version: Int, nextVersion: Int, author: String) throws -> UnitView {
        let joined = try store.join(unit: id, basedOn: version, nextBasedOn: nextVersion, author: author)
        tools[joined.documentID] = nil
        events.publish(.document(joined.documentID, author: author))
        return UnitView(joined)
    }

    public func split(unit id: Int64, version: Int, author: String) throws -> [UnitView] {
        let unit = try store.unit(id: id)
        let document = try store.document(id: unit.documentID)
        let texts = Dictionary(
            uniqueKeysWithValues: try store.segments(document: unit.documentID).map { ($0.id, $0.text) })
        let parts = try UnitSplit.parts(
            of: unit, segments: unit.segmentIDs.map { texts[$0] ?? "" }, targetLanguage: document.targetLanguage)
        let units = try store.split(unit: id, basedOn: version, into: parts, author: author)
        tools[unit.documentID] = nil
        events.publish(.document(unit.documentID, author: author))
        return units.map(UnitView.init)
    }

    // MARK: Search, summary, names, glossary

    /// Concordance: units of the project and entries of the memory whose source or target
    /// contains `query` (case and accents ignored), with the matches marked.
    public func search(_ query: String, limit: Int = 200) throws -> [SearchHit] {
        let query = query.trimmingWhitespace
        guard !query.isEmpty else { return [] }
        var hits: [SearchHit] = []
        var seen = Set<Int64>()
        for unit in try store.units(document: nil) {
            let source = Concordance.fragments(unit.source, query)
            let target = Concordance.fragments(unit.target ?? "", query)
            guard source.contains(where: \.hit) || target.contains(where: \.hit) else { continue }
            seen.insert(unit.id)
            hits.append(
                SearchHit(
                    origin: "project", unit: unit.id, document: unit.documentID, index: unit.position + 1,
                    source: source, target: target))
            if hits.count >= limit { return hits }
        }
        for entry in try store.memoryUnits() where entry.unitID.map({ !seen.contains($0) }) ?? true {
            let source = Concordance.fragments(entry.source, query)
            let target = Concordance.fragments(entry.target, query)
            guard source.contains(where: \.hit) || target.contains(where: \.hit) else { continue }
            hits.append(
                SearchHit(origin: "memory", unit: nil, document: nil, index: nil, source: source, target: target))
            if hits.count >= limit { break }
        }
        return hits
    }

    public func summary(document id: Int64, sentences: Int = 5) throws -> Summary {
        let (document, units, summarizer) = try summarizer(document: id)
        return summarizer.summarize(
            document: document.name, units: units, budget: .sentences(max(1, min(sentences, 50))))
    }

    public func names(document id: Int64) throws -> [Summary.Entity] {
        let (_, units, summarizer) = try summarizer(document: id)
        return summarizer.entities(of: units)
    }

    /// A document's units and a summarizer with the project's glossaries (already loaded here).
    private func summarizer(document id: Int64) throws -> (ProjectDocument, [TranslationUnit], Summarizer) {
        let document = try store.document(id: id)
        let summarizer = try Summarizer(
            glossaries: glossaries, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage)
        return (document, try store.units(document: id), summarizer)
    }

    /// The glossary the workbench adds term pairs to, attached to the project under this name.
    public static let projectGlossaryName = "workbench-terms.tbx"

    /// Adds a term pair (selected in a unit's source and target) to the project's own glossary.
    public func addTerm(
        source: String, target: String, kind: GlossaryEntry.Kind, document id: Int64, author: String
    ) throws -> TermView {
        let (source, target) = (source.trimmingWhitespace, target.trimmingWhitespace)
        guard !source.isEmpty, !target.isEmpty, source.count <= 200, target.count <= 200 else {
            throw WorkbenchError.badRequest("a term pair needs a source and a target term of 1 to 200 characters")
        }
        let document = try store.document(id: id)
        var glossary = Glossary(title: "Terms added in the workbench")
        if let attached = try store.glossaries().first(where: { $0.name == Self.projectGlossaryName }) {
            glossary = try GlossaryTBX.read(Data(attached.content.utf8), file: "project glossary \(attached.name)")
        }
        let entry = GlossaryEntry(
            id: "workbench-\(glossary.entries.count + 1)-" + MatchingKey.fold(target).filter(\.isLetter).prefix(40),
            kind: kind,
            terms: [
                Term(language: document.sourceLanguage, text: source),
                Term(language: document.targetLanguage, text: target),
            ],
            note: "added by \(author) in the workbench")
        glossary.entries.append(entry)
        try store.attach([
            AttachedGlossary(
                name: Self.projectGlossaryName, path: "(workbench)", content: GlossaryTBX.write(glossary),
                entryCount: glossary.entries.count, syncedAt: Date())
        ])
        glossaries = try ProjectGlossaries.load(from: store)
        tools = [:]
        return TermView(text: source, entry: entry.id, preferred: target, status: "preferred", kind: kind.rawValue)
    }

    /// A machine-translation draft of the unit's source, names carried through.
    public func machineDraft(unit id: Int64) throws -> String {
        let unit = try store.unit(id: id)
        guard let engine else { throw WorkbenchError.noEngine }
        let document = try store.document(id: unit.documentID)
        return try MachineTranslator(engine: engine, glossaries: glossaries).draft(
            unit.source, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage
        ).text
    }

    // MARK: Exchange

    /// An export file: its text, a file name and its media type.
    public func export(_ format: ProjectExport.Format, document: Int64?) throws -> (
        text: String, fileName: String, mediaType: String
    ) {
        let (text, _) = try ProjectExport.text(format, from: store, glossaries: glossaries, document: document)
        let base = document.map { "document-\($0)" } ?? "project"
        let (ext, type) =
            switch format {
            case .xliff12, .xliff21: ("xlf", "application/xliff+xml")
            case .tmx: ("tmx", "application/x-tmx+xml")
            case .tbx, .tbx2: ("tbx", "application/x-tbx+xml")
            case .csv, .bilingualCSV: ("csv", "text/csv")
            case .omegat: ("utf8", "text/tab-separated-values")
            case .html: ("html", "text/html")
            }
        return (text, "\(base)-\(format.rawValue).\(ext)", type + "; charset=utf-8")
    }

    /// A reviewed XLIFF or CSV file merged into the project, as `import-review` does it.
    public func importReview(_ data: Data, fileName: String, dryRun: Bool, author: String) throws -> ImportReport {
        let reviewed =
            fileName.lowercased().hasSuffix(".csv")
            ? try ReviewCSV.read(data, file: fileName) : try ReviewedFile.readXLIFF(data, file: fileName)
        let report = try ReviewImport(author: author).apply(reviewed, to: store, dryRun: dryRun)
        if !dryRun {
            for unit in report.applied { _ = try published(unit, author: author, client: nil) }
        }
        return ImportReport(
            file: fileName, dryRun: dryRun, changes: report.changes, conflicts: report.conflicts,
            unknown: report.unknown, unchanged: report.unchanged)
    }

    // MARK: Tools

    func tools(for documentID: Int64) throws -> DocumentTools {
        if let tools = tools[documentID] { return tools }
        let document = try store.document(id: documentID)
        let (source, target) = (document.sourceLanguage, document.targetLanguage)
        let terms = try TermRecognizer(glossaries: glossaries, sourceLanguage: source, targetLanguage: target)
        let made = DocumentTools(
            document: document, terms: terms,
            checker: try QualityChecker(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target,
                dictionary: DictionaryLoader.installed(
                    for: try store.units(document: documentID).map(\.source), sourceLanguage: source,
                    targetLanguage: target)),
            adapter: try SuggestionAdapter(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target, sourceTerms: terms),
            memory: TranslationMemory(entries: try store.memoryUnits(), sourceLanguage: source, targetLanguage: target))
        tools[documentID] = made
        return made
    }

    /// A saved unit: into the cached memories and to every listening page; as the API shows it.
    private func published(_ unit: TranslationUnit, author: String, client: String?) throws -> UnitView {
        try remember(unit, author: author)
        let view = UnitView(unit)
        events.publish(.unit(view, author: author, client: client))
        return view
    }

    /// Keeps the cached memories in step with a confirmed unit (the store has it already).
    private func remember(_ unit: TranslationUnit, author: String) throws {
        guard unit.status.isConfirmed, let target = unit.target, !target.isEmpty, !tools.isEmpty else { return }
        let document = try store.document(id: unit.documentID)
        let entry = MemoryUnit(
            sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, source: unit.source,
            target: target, unitID: unit.id, status: unit.status.rawValue, creator: author,
            createdAt: unit.updatedAt, changedAt: unit.updatedAt)
        // Every cached memory of the same language pair (documents share the project's memory).
        for (id, var cached) in tools
        where cached.memory.sourceLanguage == document.sourceLanguage
            && cached.memory.targetLanguage == document.targetLanguage
        {
            cached.memory.add(entry)
            tools[id] = cached
        }
    }
}

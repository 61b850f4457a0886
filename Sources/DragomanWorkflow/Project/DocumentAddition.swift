import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation

/// Adding an article (and its translation) to a project: one library operation, so that the
/// command line and any other front end store documents the same way.
public struct DocumentAddition {
    /// The article file (.txt, .md, .html, or another tool's .xlf).
    public var source: String
    /// Its language; detected when nil.
    public var sourceLanguage: LanguageCode?
    /// A translation to align with the article.
    public var translation: String?
    public var targetLanguage: LanguageCode
    /// Dictionary files for aligning a pair of languages, as the caller chooses them.
    public var dictionaries: (LanguageCode, LanguageCode) -> [String]
    /// Glossary files to attach: on a new project the caller's defaults and the given ones.
    public var glossaries: [String]
    /// Add the article even when the project has a document with the same text.
    public var allowDuplicate: Bool

    public init(
        source: String, sourceLanguage: LanguageCode? = nil, translation: String? = nil,
        targetLanguage: LanguageCode = .english,
        dictionaries: @escaping (LanguageCode, LanguageCode) -> [String] = { _, _ in [] },
        glossaries: [String] = [],
        allowDuplicate: Bool = false
    ) {
        self.source = source
        self.sourceLanguage = sourceLanguage
        self.translation = translation
        self.targetLanguage = targetLanguage
        self.dictionaries = dictionaries
        self.glossaries = glossaries
        self.allowDuplicate = allowDuplicate
    }

    /// What was added.
    public struct Result: Encodable, Sendable {
        public struct Glossary: Encodable, Sendable {
            public var name: String
            public var entries: Int
        }
        public var project: String
        public var document: Int64
        public var name: String
        public var format: String
        public var sourceLanguage: LanguageCode
        public var targetLanguage: LanguageCode
        public var segments: Int
        public var units: Int
        /// Units whose target came from the aligned translation (or another tool's XLIFF).
        public var translated: Int
        /// The glossaries this addition attached.
        public var attached: [Glossary]
        /// Every glossary the project now has.
        public var glossaries: Int
    }

    /// The project already holds a document with the same text.
    public struct Duplicate: DragomanError {
        public var file: String
        public var existing: Int64
        public var location: ErrorLocation? { ErrorLocation(file: file) }
        public var problem: String {
            "already in the project as document \(existing) (same text); nothing was changed "
                + "(add it again with --again)"
        }
    }

    /// Reads, segments, aligns and stores the article in one transaction; `note` receives what a
    /// user should know on the way (the detected language, what is being stored).
    public func add(to store: any ProjectStore, note: (String) -> Void = { _ in }) throws -> Result {
        let new: NewDocument
        if Article.format(ofPath: source) == .xliff {
            let xliff = try XLIFFDocument.read(FileAccess.read(source, expected: "an XLIFF file"), file: source)
            new = DocumentBuilder.document(
                fromXLIFF: xliff,
                sourceLanguage: sourceLanguage ?? xliff.sourceLanguage.flatMap(LanguageCode.init)
                    ?? .german,
                targetLanguage: xliff.targetLanguage.flatMap(LanguageCode.init) ?? targetLanguage)
        } else {
            let language = try LanguageChoice.resolve(sourceLanguage, file: source, note: note) {
                try TextFileReader(path: source).sample()
            }
            let article = try Article.read(path: source, language: language)
            let translated = try translation.map { try Article.read(path: $0, language: targetLanguage) }
            try refuseDuplicate(of: article.originalText, in: store)
            let attached = try attachGlossaries(to: store)
            let builder =
                try translated.map {
                    try DocumentBuilder.aligning(
                        article, to: $0.language, dictionaries: dictionaries(article.language, $0.language),
                        glossaries: ProjectGlossaries.load(from: store))
                } ?? DocumentBuilder()
            let document = builder.document(for: article, translation: translated, targetLanguage: targetLanguage)
            note(
                "storing \(document.name): \(document.segments.count) segments, \(document.units.count) units (one transaction)"
            )
            return try save(document, in: store, attached: attached)
        }
        try refuseDuplicate(of: new.originalText, in: store)
        let attached = try attachGlossaries(to: store)
        return try save(new, in: store, attached: attached)
    }

    private func save(_ new: NewDocument, in store: any ProjectStore, attached: [AttachedGlossary]) throws -> Result {
        let document = try store.add(new)
        let units = try store.units(document: document.id)
        return Result(
            project: try store.info.id, document: document.id, name: document.name, format: document.format.rawValue,
            sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage,
            segments: try store.segments(document: document.id).count, units: units.count,
            translated: units.filter { $0.target != nil }.count,
            attached: attached.map { Result.Glossary(name: $0.name, entries: $0.entryCount) },
            glossaries: try store.glossaries().count)
    }

    private func refuseDuplicate(of text: String, in store: any ProjectStore) throws {
        guard !allowDuplicate else { return }
        if let existing = try store.documents().first(where: { $0.originalText == text }) {
            throw Duplicate(file: source, existing: existing.id)
        }
    }

    /// Attaches `glossaries` (the caller passes the defaults too for a new project).
    private func attachGlossaries(to store: any ProjectStore) throws -> [AttachedGlossary] {
        let attachments = try glossaries.map { ProjectGlossaries.attachment(of: try GlossaryFile.read($0), path: $0) }
        if !attachments.isEmpty { try store.attach(attachments) }
        return attachments
    }
}

import DragomanGlossary
import DragomanStore
import DragomanText

/// What a summary is made from: one document of a project with the project's glossaries, or
/// an article file (and a translation, aligned to it first) in a project held in memory.
public struct SummarySource {
    public var document: ProjectDocument
    public var units: [TranslationUnit]
    public var glossaries: [Glossary]
    /// For a file: each segment's index in the file, which is what the summary cites.
    public var citing: [Int64: Int64]

    /// A document of a project (at `path`, for messages); without `document`, its first one.
    public static func project(_ store: any ProjectStore, path: String, document: Int64?) throws -> SummarySource {
        let chosen: ProjectDocument
        if let document {
            chosen = try store.document(id: document)
        } else {
            guard let first = try store.documents().first else {
                throw ProjectError.invalidDocument(path: path, reason: "the project has no documents to summarise")
            }
            chosen = first
        }
        return SummarySource(
            document: chosen, units: try store.units(document: chosen.id),
            glossaries: try ProjectGlossaries.load(from: store), citing: [:])
    }

    /// An article file and, if given, its translation, aligned as `add` aligns them.
    public static func files(
        source: Article, translation: Article?, targetLanguage: LanguageCode, glossaries: [Glossary],
        dictionaries: [String]
    ) throws -> SummarySource {
        let builder =
            try translation.map {
                try DocumentBuilder.aligning(
                    source, to: $0.language, dictionaries: dictionaries, glossaries: glossaries)
            } ?? DocumentBuilder()
        let store = try SQLiteProjectStore(inMemory: ())
        let document = try store.add(
            builder.document(for: source, translation: translation, targetLanguage: targetLanguage))
        let segments = try store.segments(document: document.id)
        return SummarySource(
            document: document, units: try store.units(document: document.id), glossaries: glossaries,
            citing: Dictionary(uniqueKeysWithValues: segments.map { ($0.id, Int64($0.position)) }))
    }
}

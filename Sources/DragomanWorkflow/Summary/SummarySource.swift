import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation

/// What a summary is made from: one document of a project with the project's glossaries, or
/// an article file (and a translation, aligned to it first) that is not stored.
public struct SummarySource {
    public var document: ProjectDocument
    public var units: [TranslationUnit]
    public var glossaries: [Glossary]
    /// Each segment id's position (from 0) in its document, which is what a summary cites.
    public var citing: [Int64: Int64] = [:]

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
            glossaries: try ProjectGlossaries.load(from: store),
            citing: Dictionary(
                uniqueKeysWithValues: try store.segments(document: chosen.id).map { ($0.id, Int64($0.position)) }))
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
        return SummarySource(
            detached: builder.document(for: source, translation: translation, targetLanguage: targetLanguage),
            glossaries: glossaries)
    }
}

extension SummarySource {
    /// A document that is summarised without being stored: its segments are numbered by their
    /// index in the file, which is what the summary cites.
    init(detached new: NewDocument, glossaries: [Glossary]) {
        let now = Date()
        document = ProjectDocument(
            id: 0, name: new.name, path: new.path, format: new.format, sourceLanguage: new.sourceLanguage,
            targetLanguage: new.targetLanguage, originalText: new.originalText, createdAt: now)
        units = new.units.enumerated().map { position, unit in
            TranslationUnit(
                id: Int64(position), documentID: 0, position: position, segmentIDs: unit.segments.map(Int64.init),
                source: new.source(of: unit), target: unit.target, status: unit.status, origin: unit.origin,
                targetSegmentCount: unit.targetSegmentCount, alignmentScore: unit.alignmentScore, updatedAt: now)
        }
        self.glossaries = glossaries
    }
}

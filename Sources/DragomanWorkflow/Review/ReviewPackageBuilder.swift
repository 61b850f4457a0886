import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText

/// Gathers what an export carries: the units of the chosen documents and statuses, with the
/// names in each source (and their preferred target forms) and the QA findings.
public struct ReviewPackageBuilder {
    public var glossaries: [Glossary]

    public init(glossaries: [Glossary]) { self.glossaries = glossaries }

    /// With `annotated` false (for a translation memory), names and QA findings are left out.
    public func package(
        from store: any ProjectStore, document: Int64? = nil, statuses: Set<UnitStatus>? = nil, annotated: Bool = true
    ) throws -> ReviewPackage {
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        var packaged: [ReviewPackage.Document] = []
        for document in documents {
            let (source, target) = (document.sourceLanguage, document.targetLanguage)
            let units = try store.units(document: document.id)
            let checker = try QualityChecker(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target,
                dictionary: annotated
                    ? DictionaryLoader.installed(
                        for: units.map(\.source), sourceLanguage: source, targetLanguage: target) : nil)
            // Names are found once per source, on every core, and serve QA too.
            let names = annotated ? units.concurrentMap { checker.sourceTerms(in: $0.source) } : units.map { _ in [] }
            let namesByUnit = Dictionary(uniqueKeysWithValues: zip(units.map(\.id), names))
            let findings =
                annotated
                ? Dictionary(grouping: checker.findings(for: units, sourceTerms: namesByUnit), by: \.unitID) : [:]
            let segments = Dictionary(
                uniqueKeysWithValues: try store.segments(document: document.id).map { ($0.id, $0.text) })
            let chosen = zip(units, names).filter { statuses?.contains($0.0.status) ?? true }
            packaged.append(
                ReviewPackage.Document(
                    document: document,
                    units: chosen.concurrentMap { unit, matches in
                        ReviewPackage.Unit(
                            unit: unit, segments: unit.segmentIDs.map { ($0, segments[$0] ?? "") },
                            names: matches.compactMap { match in
                                match.entryID.map {
                                    ReviewPackage.Name(source: match.text, target: match.preferredTarget, entryID: $0)
                                }
                            },
                            notes: (findings[unit.id] ?? []).map {
                                ReviewPackage.Note(severity: $0.severity.rawValue, rule: $0.rule, message: $0.message)
                            })
                    }))
        }
        return ReviewPackage(projectID: try store.info.id, documents: packaged)
    }
}

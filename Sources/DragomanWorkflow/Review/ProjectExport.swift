import DragomanExchange
import DragomanGlossary
import DragomanStore

/// A project written in one of the exchange formats, as `dragoman export` and its benchmark do
/// it: units read, names found and QA run (but for TMX and TBX, which carry neither).
public enum ProjectExport {
    public enum Format: String, CaseIterable, Sendable {
        case xliff12, xliff21, tmx, tbx, csv, html
        /// The project's glossaries as TBX v2, OmegaT's glossary, a term-base CSV.
        case tbx2, omegat
        case bilingualCSV = "bilingual-csv"

        /// Formats a reviewer edits and sends back.
        public var isReviewable: Bool { self == .xliff12 || self == .xliff21 || self == .csv }

        /// The glossary format of the formats that hold the project's glossaries.
        public var glossaryFormat: GlossaryFile.Format? {
            switch self {
            case .tbx: .tbx
            case .tbx2: .tbx2
            case .omegat: .omegat
            case .bilingualCSV: .bilingualCSV
            case .xliff12, .xliff21, .tmx, .csv, .html: nil
            }
        }
    }

    /// The file's text and how many units (entries, for TBX) it holds.
    public static func text(
        _ format: Format, from store: any ProjectStore, glossaries: [Glossary], document: Int64? = nil,
        statuses: Set<UnitStatus>? = nil
    ) throws -> (text: String, count: Int) {
        if let glossaryFormat = format.glossaryFormat {
            return try glossaryText(glossaryFormat, from: store, glossaries: glossaries, document: document)
        }
        var package = try ReviewPackageBuilder(glossaries: glossaries).package(
            from: store, document: document, statuses: statuses, annotated: format != .tmx)
        // A file a reviewer sends back names the export it came from; the project keeps what each
        // unit was then, the base of the merge (none for a read-only project: such a file cannot
        // be imported back).
        if format.isReviewable && !store.isReadOnly {
            let export = ReviewExport(
                format: format.rawValue,
                units: package.documents.flatMap { $0.units.map { ReviewExport.Base(of: $0.unit) } })
            try store.recordExport(export)
            package.exportID = export.id
        }
        let count = package.documents.reduce(0) { $0 + $1.units.count }
        switch format {
        case .xliff12: return (XLIFF12File.write(package), count)
        case .xliff21: return (XLIFF21File.write(package), count)
        case .csv: return (ReviewCSV.write(package), count)
        case .html: return (ReviewPage.write(package), count)
        case .tmx, .tbx, .tbx2, .omegat, .bilingualCSV:
            let memory = package.memoryUnits()
            let source = package.documents.first?.document.sourceLanguage ?? "de"
            return (TMXFile.write(memory, sourceLanguage: source, projectID: package.projectID), memory.count)
        }
    }

    /// The project's glossaries as one file of a glossary format (TBX v2, OmegaT's glossary, a
    /// term-base CSV…), for the language pair of `document` or of the project's first document,
    /// so that a review package carries its termbase in a form the reviewer's tool reads.
    public static func glossaryText(
        _ format: GlossaryFile.Format, from store: any ProjectStore, glossaries: [Glossary], document: Int64? = nil
    ) throws -> (text: String, count: Int) {
        let documents = try store.documents()
        let chosen = document.flatMap { id in documents.first { $0.id == id } } ?? documents.first
        let merged = try merged(glossaries, of: store)
        let text = try GlossaryFile.text(
            of: merged, format: format,
            languages: chosen.map { ($0.sourceLanguage, $0.targetLanguage) } ?? (.german, .english))
        return (text, merged.entries.count)
    }

    private static func merged(_ glossaries: [Glossary], of store: any ProjectStore) throws -> Glossary {
        var merged = Glossary(title: "Glossaries of project \(try store.info.id)")
        for glossary in glossaries { merged.merge(glossary) }
        return merged
    }
}

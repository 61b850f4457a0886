import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

/// One reader of untrusted input each: what the fuzzer feeds bytes to. A target may throw
/// (bad input is refused); it must never trap, hang or leak.
enum FuzzTarget: String, CaseIterable {
    case xliff12, xliff21, tmx, tbx2, tbx3
    case glossaryCSV = "glossary-csv"
    case glossaryTSV = "glossary-tsv"
    case glossaryOmegaT = "glossary-omegat"
    case glossaryBilingualCSV = "glossary-bilingual-csv"
    case reviewCSV = "review-csv"
    case markdown, html, segmenter
    case reviewMerge = "review-merge"

    func run(_ data: Data) {
        _ = try? body(data)
    }

    private func body(_ data: Data) throws {
        switch self {
        case .xliff12, .xliff21:
            // Both versions go through one reader; the seeds differ.
            _ = try ReviewedFile.readXLIFF(data, file: "fuzz.xlf")
            _ = try XLIFFDocument.read(data, file: "fuzz.xlf")
        case .tmx: _ = try TMXFile.read(data, file: "fuzz.tmx", sourceLanguage: "de", targetLanguage: "en")
        case .tbx2, .tbx3: _ = try GlossaryTBX.read(data, file: "fuzz.tbx")
        case .glossaryCSV: _ = try GlossaryCSV.read(Self.text(data), file: "fuzz.csv")
        case .glossaryTSV: _ = try GlossaryCSV.read(Self.text(data), file: "fuzz.tsv", delimiter: "\t")
        case .glossaryOmegaT, .glossaryBilingualCSV:
            // Read, then brought into a glossary, as `glossary import` does.
            let list =
                self == .glossaryOmegaT
                ? try GlossaryOmegaT.read(
                    Self.text(data), file: "fuzz.utf8", sourceLanguage: .german, targetLanguage: .english)
                : try GlossaryBilingualCSV.read(Self.text(data), file: "fuzz.csv")
            var glossary = Self.seedGlossary
            _ = try glossary.update(from: list, file: "fuzz")
        case .reviewCSV: _ = try ReviewCSV.read(data, file: "fuzz.csv")
        case .markdown, .html:
            _ = try Article(
                path: "fuzz", text: Self.text(data), language: .english, format: self == .markdown ? .markdown : .html)
        case .segmenter: _ = try Self.germanSegmenter.segments(in: Self.text(data))
        case .reviewMerge: try ReviewMergeTarget.shared.merge(data)
        }
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    static let germanSegmenter = try! Segmenter(language: .german)

    /// A small glossary for fuzzed term lists to update: two entries sharing a German name.
    static let seedGlossary = Glossary(entries: [
        GlossaryEntry(
            id: "pyongyang", kind: .place, terms: [(.german, "Pjöngjang"), (.english, "Pyongyang")],
            deprecated: [(.english, "Pjöngjang")], roles: [.english: "capital of North Korea"]),
        GlossaryEntry(id: "luxembourg", kind: .place, terms: [(.german, "Luxemburg"), (.english, "Luxembourg")]),
        GlossaryEntry(
            id: "luxembourg-city", kind: .place, terms: [(.german, "Luxemburg"), (.english, "Luxembourg City")]),
    ])
}

/// The review merge on a fixed project: a fuzzed review CSV or XLIFF, in which `PROJECT` and
/// `EXPORT` stand for the project's and its export's ids (as in the seeds), merged as a dry run.
final class ReviewMergeTarget {
    nonisolated(unsafe) static let shared = try! ReviewMergeTarget()

    let store: SQLiteProjectStore
    let projectID: String
    let exportID: String

    init() throws {
        store = try SQLiteProjectStore(inMemory: ())
        let text = """
            Die Regierung in Seoul hat neue Sanktionen angekündigt. Betroffen sind vor allem Reedereien.
            Pjöngjang reagierte zunächst nicht. Staatsmedien sprachen später von einer Provokation.
            """
        let article = try Article(path: "seed.txt", text: text, language: .german, format: .text)
        try store.add(DocumentBuilder().document(for: article, targetLanguage: .english))
        projectID = try store.info.id
        let export = ReviewExport(
            id: "EXPORT-ID", format: "csv", units: try store.units(document: nil).map(ReviewExport.Base.init(of:)))
        try store.recordExport(export)
        exportID = export.id
    }

    func merge(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "PROJECT", with: projectID)
            .replacingOccurrences(of: "EXPORT", with: exportID)
        let bytes = Data(text.utf8)
        let file =
            text.hasPrefix("<") || text.hasPrefix("\u{FEFF}<")
            ? try ReviewedFile.readXLIFF(bytes, file: "fuzz.xlf") : try ReviewCSV.read(bytes, file: "fuzz.csv")
        _ = try ReviewImport(author: "fuzz").apply(file, to: store, dryRun: true)
    }
}

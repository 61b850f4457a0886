import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

/// Times exports of a large project: a project file of `units` units made from the sample
/// article's sentence pairs (numbered, every status present, every seventh unit of two
/// segments), exported to each format as `dragoman export` does it (units read, names found,
/// QA run, file written), then a reviewed XLIFF file with every target changed merged back.
public struct ExportBenchmark {
    public struct Timing: Sendable {
        public var format: String
        public var seconds: Double
        public var bytes: Int
        /// Units written (entries, for TBX).
        public var units: Int
    }

    public var pairs: [(source: String, target: String)]
    public var units: Int
    public var glossaries: [Glossary]

    public init(pairs: [(source: String, target: String)], units: Int, glossaries: [Glossary]) {
        self.pairs = pairs
        self.units = units
        self.glossaries = glossaries
    }

    public func run(folder: URL, progress: (String) -> Void = { _ in }) throws -> [Timing] {
        let path = folder.appendingPathComponent("bench-\(UUID().uuidString).db").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        progress("building a project of \(units) units")
        let store = try SQLiteProjectStore(path: path, create: true)
        try store.attach(glossaries.map { ProjectGlossaries.attachment(of: $0, path: $0.title) })
        try store.add(Self.document(pairs: pairs, units: units))
        var timings: [Timing] = []
        // Baselines: what every export shares, to tell reading and annotating from writing.
        for annotated in [false, true] {
            progress(annotated ? "reading units, finding names, running QA" : "reading units")
            let started = DispatchTime.now()
            let package = try ReviewPackageBuilder(glossaries: ProjectGlossaries.load(from: store)).package(
                from: store, annotated: annotated)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            let units = package.documents.reduce(0) { $0 + $1.units.count }
            timings.append(
                Timing(format: annotated ? "(read, names, QA)" : "(read)", seconds: seconds, bytes: 0, units: units))
        }
        var reviewFile = ""
        for format in ProjectExport.Format.allCases {
            progress("exporting \(format.rawValue)")
            let started = DispatchTime.now()
            let glossaries = try ProjectGlossaries.load(from: store)
            let (text, count) = try ProjectExport.text(format, from: store, glossaries: glossaries)
            if format == .xliff21 { reviewFile = text }
            let output = folder.appendingPathComponent("bench-export.\(format.rawValue)")
            try FileAccess.write(text, to: output.path)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            timings.append(Timing(format: format.rawValue, seconds: seconds, bytes: text.utf8.count, units: count))
            try? FileManager.default.removeItem(at: output)
        }
        // The way back: the XLIFF 2.1 file read, every target changed by a reviewer, merged three
        // ways (the dry run, as baseline) and applied in one transaction.
        var reviewed = try ReviewedFile.readXLIFF(Data(reviewFile.utf8), file: "bench.xlf")
        for index in reviewed.units.indices { reviewed.units[index].target = "Reviewed \(index)." }
        for dryRun in [true, false] {
            progress(dryRun ? "merging a review (dry run)" : "applying a review")
            let started = DispatchTime.now()
            let report = try ReviewImport(author: "bench").apply(reviewed, to: store, dryRun: dryRun)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            timings.append(
                Timing(
                    format: dryRun ? "import (dry run)" : "import-review", seconds: seconds, bytes: 0,
                    units: report.changes.count))
        }
        return timings
    }

    /// A document of `units` units from the pairs: numbered, every status present, every
    /// seventh unit of two segments (the workbench benchmark's document too).
    static func document(pairs: [(source: String, target: String)], units count: Int) -> NewDocument {
        var segments: [NewDocument.Segment] = []
        var units: [NewDocument.Unit] = []
        var offset = 0
        let statuses = UnitStatus.allCases
        for number in 0..<count {
            let pair = pairs[number % pairs.count]
            let first = segments.count
            let count = number % 7 == 6 ? 2 : 1
            for part in 0..<count {
                let text = "\(pair.source) (\(number).\(part))"
                segments.append(
                    NewDocument.Segment(
                        text: text, range: offset..<(offset + text.unicodeScalars.count), isTranslatable: true))
                offset += text.unicodeScalars.count + 1
            }
            let status = statuses[number % statuses.count]
            units.append(
                NewDocument.Unit(
                    segments: first..<segments.count, target: status == .new ? nil : "\(pair.target) (\(number))",
                    status: status, origin: status == .new ? nil : .aligned, targetSegmentCount: 1, alignmentScore: 0.9)
            )
        }
        return NewDocument(
            name: "bench.txt", path: "bench.txt", format: .text, sourceLanguage: "de", targetLanguage: "en",
            originalText: "", segments: segments, units: units)
    }
}

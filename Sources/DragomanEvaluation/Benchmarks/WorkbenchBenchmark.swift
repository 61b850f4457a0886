import DragomanGlossary
import DragomanStore
import DragomanWorkbench
import DragomanWorkflow
import Foundation

/// Times what the workbench's server does when a translator confirms a unit: the QA check of the
/// target and the save (history, memory, the live update), on a project of `units` units, against
/// the store's plain update of the same kind of change as the baseline, in the same process.
public struct WorkbenchBenchmark: Sendable {
    public struct Timing: Sendable {
        public var label: String
        /// Milliseconds per operation, in the order measured.
        public var milliseconds: [Double]

        public func percentile(_ share: Double) -> Double {
            let sorted = milliseconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * share).rounded(.up)) - 1)]
        }
    }

    public var pairs: [(source: String, target: String)]
    public var units: Int
    public var saves: Int
    public var glossaries: [Glossary]

    public init(pairs: [(source: String, target: String)], units: Int, saves: Int, glossaries: [Glossary]) {
        self.pairs = pairs
        self.units = units
        self.saves = saves
        self.glossaries = glossaries
    }

    /// Builds the project at `path` (kept, for the load test and the browser), then times.
    public func run(path: String, progress: (String) -> Void = { _ in }) async throws -> [Timing] {
        progress("building a project of \(units) units")
        let store = try SQLiteProjectStore(path: path, create: true)
        try store.attach(glossaries.map { ProjectGlossaries.attachment(of: $0, path: $0.title) })
        let document = try store.add(ExportBenchmark.document(pairs: pairs, units: units))
        let all = try store.units(document: document.id)
        let project = try WorkbenchProject(opening: { try SQLiteProjectStore(path: path) })
        // The first request builds the document's recognisers and memory; it is timed apart.
        progress("loading the glossaries and memory of the document")
        let warm = DispatchTime.now()
        _ = try await project.check(unit: all[0].id, target: all[0].target ?? "")
        let warmup = Self.milliseconds(since: warm)

        progress("timing \(saves) saves each way")
        var baseline: [Double] = []
        var check: [Double] = []
        var save: [Double] = []
        let step = max(1, all.count / max(saves, 1))
        for number in 0..<saves {
            // Alternate units so that no save meets a unit the other way just changed.
            let plain = all[(number * step) % all.count]
            let edited = all[(number * step + step / 2 + 1) % all.count]
            let target = "\(pairs[number % pairs.count].target) (edited \(number))"
            var started = DispatchTime.now()
            let current = try store.unit(id: plain.id)
            try store.update(
                UnitUpdate(of: current, target: target, status: .translated, origin: .typed, author: "bench"))
            baseline.append(Self.milliseconds(since: started))

            started = DispatchTime.now()
            _ = try await project.check(unit: edited.id, target: target)
            check.append(Self.milliseconds(since: started))
            started = DispatchTime.now()
            let version = try await project.unit(id: edited.id).version
            _ = try await project.save(
                unit: edited.id, target: target, status: .translated, origin: nil, version: version, author: "bench")
            save.append(Self.milliseconds(since: started))
        }
        let combined = zip(check, save).map { $0 + $1 }
        return [
            Timing(label: "store update (baseline)", milliseconds: baseline),
            Timing(label: "workbench QA check", milliseconds: check),
            Timing(label: "workbench save", milliseconds: save),
            Timing(label: "workbench save with QA", milliseconds: combined),
            Timing(label: "first request (warm-up)", milliseconds: [warmup]),
        ]
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }
}

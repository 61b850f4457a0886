import DragomanNames
import DragomanText
import Foundation

/// Speed of the name matcher and of index lookups, and agreement of the index with a full scan.
///
/// The index holds synthetic names (``SyntheticNames``). Queries are index names rewritten as a
/// German newspaper would spell them (Wladimir, Selenskyj), names unchanged, and names that are
/// not in the index, in equal parts.
public struct NameIndexBenchmark {
    public struct Result: Sendable {
        public var entries: Int
        public var buildSeconds: Double
        public var keysPerSecond: Double
        public var pairsPerSecond: Double
        public var lookups: Int
        /// Lookup of a name given as text (key construction included), in microseconds.
        public var meanLookupMicroseconds: Double
        public var p99LookupMicroseconds: Double
        /// Lookup of a prepared key, in microseconds.
        public var meanKeyLookupMicroseconds: Double
        public var meanCandidates: Double
        /// The baseline: finding the best match by comparing with every entry, in microseconds.
        public var meanScanMicroseconds: Double
        public var scanChecks: Int
        public var scanAgreements: Int
        public var agreement: Double { scanChecks == 0 ? 1 : Double(scanAgreements) / Double(scanChecks) }
    }

    public var entries: Int
    public var lookups: Int
    public var scanChecks: Int
    public var repetitions: Int

    public init(entries: Int = 100_000, lookups: Int = 5_000, scanChecks: Int = 200, repetitions: Int = 3) {
        self.entries = entries
        self.lookups = lookups
        self.scanChecks = scanChecks
        self.repetitions = repetitions
    }

    /// German press renderings of English-style Slavic spellings, for making queries.
    static let germanRendering = """
        shch > schtsch ; zh > sch ; sh > sch ; ch > tsch ; kh > ch ; v > w ; ts > z ;
        y } [aeiou] > j ; iy } ' ' > ij ; y } ' ' > yj ; z > s ;
        """

    public func run(progress: (String) -> Void = { _ in }) throws -> Result {
        var generator = SyntheticNames(seed: 2024)
        let names = generator.names(count: entries)
        progress("building an index of \(entries) names")
        let buildStart = Date()
        let index = try NameIndex(names: names)
        let buildSeconds = Date().timeIntervalSince(buildStart)

        let queries = try makeQueries(names: names, generator: &generator)
        let keyStart = Date()
        let queryKeys = try queries.map(NameKey.init)
        let keysPerSecond = Double(queries.count) / Date().timeIntervalSince(keyStart)

        progress("timing \(queries.count) lookups, best of \(repetitions) rounds")
        // As for the segmentation benchmark, the best of several rounds: the least disturbed
        // by other work on the machine.
        var durations: [Double] = []
        for _ in 0..<max(1, repetitions) {
            var round: [Double] = []
            round.reserveCapacity(queries.count)
            for query in queries {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try index.bestMatch(for: query)
                round.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
            }
            if durations.isEmpty || round.reduce(0, +) < durations.reduce(0, +) { durations = round }
        }
        var candidates = 0
        let keyLookupStart = DispatchTime.now().uptimeNanoseconds
        for key in queryKeys { _ = index.bestMatch(for: key) }
        let keyLookupMicroseconds = Double(DispatchTime.now().uptimeNanoseconds - keyLookupStart) / 1000
        for key in queryKeys.prefix(200) { candidates += index.candidateCount(for: key) }

        progress("comparing \(scanChecks) lookups with full scans")
        var agreements = 0
        var scanNanoseconds: UInt64 = 0
        for key in queryKeys.prefix(scanChecks) {
            let indexed = index.bestMatch(for: key)?.entry
            let scanStart = DispatchTime.now().uptimeNanoseconds
            let scanned = index.bestMatchByScan(for: key)?.entry
            scanNanoseconds += DispatchTime.now().uptimeNanoseconds - scanStart
            if indexed == scanned { agreements += 1 }
        }
        let scanSeconds = Double(scanNanoseconds) / 1e9
        let pairs = Double(min(scanChecks, queryKeys.count) * index.count)

        durations.sort()
        return Result(
            entries: index.count, buildSeconds: buildSeconds, keysPerSecond: keysPerSecond,
            pairsPerSecond: pairs / scanSeconds, lookups: queries.count,
            meanLookupMicroseconds: durations.reduce(0, +) / Double(durations.count),
            p99LookupMicroseconds: durations[min(durations.count - 1, durations.count * 99 / 100)],
            meanKeyLookupMicroseconds: keyLookupMicroseconds / Double(queryKeys.count),
            meanCandidates: Double(candidates) / Double(min(200, queryKeys.count)),
            meanScanMicroseconds: scanSeconds * 1e6 / Double(max(1, min(scanChecks, queryKeys.count))),
            scanChecks: min(scanChecks, queryKeys.count), scanAgreements: agreements)
    }

    private func makeQueries(names: [String], generator: inout SyntheticNames) throws -> [String] {
        let german = try Transliterator.compiled(id: "Dragoman-BenchGerman", rules: Self.germanRendering)
        var random = SplitMix64(seed: 7)
        var queries: [String] = []
        queries.reserveCapacity(lookups)
        while queries.count < lookups {
            let name = names[Int(random.next() % UInt64(names.count))]
            switch queries.count % 3 {
            case 0: queries.append(try german.transform(name.lowercased() + " ").trimmingCharacters(in: .whitespaces))
            case 1: queries.append(name)
            default: queries.append(generator.next() + " " + generator.next())
            }
        }
        return queries
    }
}

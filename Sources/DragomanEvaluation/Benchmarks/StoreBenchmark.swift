import DragomanPostgres
import DragomanStore
import DragomanText
import Foundation
import Synchronization

/// The team store under load: concurrent writers on one project (each with a connection of its
/// own, as separate processes would have), and the team memory at a million units.
public enum StoreBenchmark {
    public struct Writers: Sendable {
        public var backend: String
        public var writers: Int
        public var saves: Int
        public var refused: Int
        public var seconds: Double
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        /// Acknowledged saves missing from their unit's history afterwards, or from its version count.
        public var lost: Int
        public var savesPerSecond: Double { Double(saves) / max(seconds, 1e-9) }
    }

    /// `writers` threads, each with its own store from `open`, save randomly chosen units of
    /// `unitIDs` for `seconds`, each save based on the version just read (a refusal is counted
    /// and the writer goes on); afterwards every acknowledged save is looked for in its unit's history.
    public static func writers(
        backend: String, open: @escaping @Sendable () throws -> any ProjectStore, unitIDs: [Int64], writers: Int,
        seconds: Double
    ) throws -> Writers {
        try measure(backend: backend, writers: writers, seconds: seconds, unitIDs: unitIDs, check: open()) { writer in
            let store = try open()
            return { random, number in
                let unitID = unitIDs[Int(random.next() % UInt64(unitIDs.count))]
                let unit = try store.unit(id: unitID)
                let text = "writer \(writer) save \(number)"
                let began = DispatchTime.now()
                do {
                    try store.update(
                        UnitUpdate(of: unit, target: text, status: .draft, origin: .typed, author: "w\(writer)"))
                    return .saved(unit: unitID, text: text, milliseconds: milliseconds(since: began))
                } catch ProjectError.unitChanged {
                    return .refused
                }
            }
        }
    }

    /// One save a writer tried: acknowledged (with what it saved and how long the save took) or
    /// refused because the unit had changed since it was read.
    enum Attempt {
        case saved(unit: Int64, text: String, milliseconds: Double)
        case refused
    }

    /// Runs `writers` threads at once, however few cores there are, each trying saves with the
    /// function `writer` makes for it (given a random source and the attempt's number) until
    /// `seconds` have passed; then looks for every acknowledged save in the history through `check`,
    /// and for as many version steps of each unit of `unitIDs` as it had acknowledged saves.
    static func measure(
        backend: String, writers: Int, seconds: Double, unitIDs: [Int64],
        check: @autoclosure () throws -> any ProjectStore,
        writer: @escaping @Sendable (Int) throws -> (inout SplitMix64, Int) throws -> Attempt
    ) throws -> Writers {
        let checker = try check()
        var startVersions: [Int64: Int] = [:]
        for id in Set(unitIDs) { startVersions[id] = try checker.unit(id: id).version }
        let acknowledged = Mutex<[(unit: Int64, text: String)]>([])
        let latencies = Mutex<[Double]>([])
        let refused = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let started = DispatchTime.now()
        let group = DispatchGroup()
        for index in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let save = try writer(index)
                    var random = SplitMix64(seed: UInt64(index + 1))
                    var number = 0
                    while DispatchTime.now().uptimeNanoseconds < deadline {
                        number += 1
                        switch try save(&random, number) {
                        case .saved(let unit, let text, let elapsed):
                            acknowledged.withLock { $0.append((unit, text)) }
                            latencies.withLock { $0.append(elapsed) }
                        case .refused:
                            refused.add(1, ordering: .relaxed)
                        }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        group.wait()
        if let failure = failures.withLock({ $0.first }) { throw StoreBenchmarkError.writerFailed(failure) }
        return try summary(
            backend: backend, writers: writers, acknowledged: acknowledged.withLock { $0 },
            latencies: latencies.withLock { $0 }, refused: refused.load(ordering: .relaxed),
            seconds: milliseconds(since: started) / 1000, startVersions: startVersions, check: checker)
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    /// The figures of a writers' run, after looking for every acknowledged save in its unit's history.
    static func summary(
        backend: String, writers: Int, acknowledged saved: [(unit: Int64, text: String)], latencies: [Double],
        refused: Int, seconds: Double, startVersions: [Int64: Int], check: any ProjectStore
    ) throws -> Writers {
        var lost = 0
        let savedByUnit = Dictionary(grouping: saved, by: \.unit)
        for (unit, texts) in savedByUnit {
            let history = Set(try check.history(unit: unit).compactMap(\.target))
            lost += texts.filter { !history.contains($0.text) }.count
        }
        // The history is written with the save, so two saves acknowledged on one version would
        // both be in it: each acknowledged save must also have moved its unit one version on.
        for (unit, start) in startVersions {
            let steps = try check.unit(id: unit).version - start
            lost += abs(steps - (savedByUnit[unit]?.count ?? 0))
        }
        let sorted = latencies.sorted()
        func percentile(_ share: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }
        return Writers(
            backend: backend, writers: writers, saves: saved.count, refused: refused, seconds: seconds,
            p50Milliseconds: percentile(0.5), p99Milliseconds: percentile(0.99), lost: lost)
    }

    /// A project of `units` one-sentence units (sentences of `sentences`, cycled) for the writers.
    public static func document(units: Int, sentences: [String]) -> NewDocument {
        var segments: [NewDocument.Segment] = []
        var offset = 0
        for index in 0..<units {
            let text = sentences.isEmpty ? "Satz \(index)." : sentences[index % sentences.count]
            segments.append(
                .init(text: text, range: offset..<(offset + text.unicodeScalars.count), isTranslatable: true))
            offset += text.unicodeScalars.count + 1
        }
        return NewDocument(
            name: "bench.txt", path: "bench.txt", format: .text, sourceLanguage: .german, targetLanguage: .english,
            originalText: segments.map(\.text).joined(separator: "\n"), segments: segments,
            units: (0..<units).map { .init(segments: $0..<($0 + 1)) })
    }

    public struct TeamLookup: Sendable {
        public var entries: Int
        public var queries: Int
        public var fillSeconds: Double
        public var meanMilliseconds: Double
        public var p99Milliseconds: Double
        public var meanMatches: Double
        /// The queries also looked up by trigram similarity alone (every source of similar
        /// trigrams a candidate), their time, and the matches of theirs the word stems missed.
        public var checkedQueries: Int
        public var exhaustiveMeanMilliseconds: Double
        public var exhaustiveMatches: Int
        public var missedMatches: Int
    }

    /// Fills the team memory of `store`'s database up to `entries` units (sentences of
    /// `sentences`, numbered variants past their count), then times `queries` lookups of revised
    /// memory sentences, as `bench tm` makes them.
    public static func teamLookup(
        store: PostgresProjectStore, sentences: [String], entries: Int, queries: Int, checked: Int = 20,
        progress: (String) -> Void = { _ in }
    ) throws -> TeamLookup {
        var seen = Set<String>()
        let distinct = sentences.filter { seen.insert($0).inserted }
        guard !distinct.isEmpty else { throw StoreBenchmarkError.noSentences }
        func sentence(_ number: Int) -> String {
            let base = distinct[number % distinct.count]
            let round = number / distinct.count
            return round == 0 ? base : base + " (\(round + 2000))"
        }
        let started = DispatchTime.now()
        let have = try store.memoryCount()
        var next = have
        while next < entries {
            let batch = min(10_000, entries - next)
            try store.bulkAddMemory(
                sources: (next..<(next + batch)).map(sentence), targets: (next..<(next + batch)).map { "target \($0)" },
                sourceLanguage: .german, targetLanguage: .english)
            next += batch
            progress("team memory: \(next) of \(entries) units")
        }
        if next > have { try store.refreshMemoryStatistics() }
        let fill = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        var random = SplitMix64(seed: 19)
        var times: [Double] = []
        var matches = 0
        var exhaustiveTimes: [Double] = []
        var exhaustiveMatches = 0
        var missed = 0
        for number in 0..<queries {
            let query = TranslationMemoryBenchmark.revise(
                sentence(Int(random.next() % UInt64(entries))), random: &random)
            let began = DispatchTime.now()
            let found = try store.teamMatches(for: query, sourceLanguage: .german, targetLanguage: .english)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e6)
            matches += found.count
            guard number < checked else { continue }
            let slowStart = DispatchTime.now()
            let all = try store.teamMatches(
                for: query, sourceLanguage: .german, targetLanguage: .english, exhaustive: true)
            exhaustiveTimes.append(Double(DispatchTime.now().uptimeNanoseconds - slowStart.uptimeNanoseconds) / 1e6)
            // The best five of either are compared by score: a miss is a better match left out.
            let scores = found.map(\.score).sorted(by: >)
            exhaustiveMatches += all.count
            missed +=
                all.enumerated().filter { index, match in
                    index >= scores.count || scores[index] < match.score - 1e-9
                }.count
            progress("team memory: \(number + 1) of \(checked) queries checked against trigram similarity alone")
        }
        times.sort()
        return TeamLookup(
            entries: entries, queries: queries, fillSeconds: fill,
            meanMilliseconds: times.reduce(0, +) / Double(max(times.count, 1)),
            p99Milliseconds: times.isEmpty ? 0 : times[min(times.count - 1, times.count * 99 / 100)],
            meanMatches: Double(matches) / Double(max(queries, 1)), checkedQueries: exhaustiveTimes.count,
            exhaustiveMeanMilliseconds: exhaustiveTimes.reduce(0, +) / Double(max(exhaustiveTimes.count, 1)),
            exhaustiveMatches: exhaustiveMatches, missedMatches: missed)
    }
}

public enum StoreBenchmarkError: Error, CustomStringConvertible {
    case writerFailed(String)
    case noSentences

    public var description: String {
        switch self {
        case .writerFailed(let error): "a writer failed: \(error)"
        case .noSentences: "the corpus has no sentences"
        }
    }
}

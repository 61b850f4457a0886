import DragomanStore
import DragomanText
import Foundation

/// Times fuzzy lookups in a translation memory of real sentences and checks the index against
/// a full scan.
///
/// The memory holds the first `entries` distinct sentences of the corpus. Queries are what a
/// translator meets: half are sentences of the memory revised (a word replaced, dropped or
/// added, a number changed), half are new sentences from the rest of the corpus.
public struct TranslationMemoryBenchmark {
    public struct Result: Sendable {
        public var entries: Int
        public var queries: Int
        public var buildSeconds: Double
        public var meanLookupMilliseconds: Double
        public var p99LookupMilliseconds: Double
        public var meanMatches: Double
        public var scanChecks: Int
        public var meanScanMilliseconds: Double
        /// Queries whose best match (its score, or its absence) equals the full scan's.
        public var scanAgreements: Int
        public var agreement: Double { scanChecks == 0 ? 1 : Double(scanAgreements) / Double(scanChecks) }
    }

    public var sentences: [String]
    public var entries: Int
    public var queries: Int
    public var scanChecks: Int
    public var candidates = TranslationMemoryIndex.verifiedCandidates

    public init(sentences: [String], entries: Int = 100_000, queries: Int = 1_000, scanChecks: Int = 200) {
        self.sentences = sentences
        self.entries = entries
        self.queries = queries
        self.scanChecks = scanChecks
    }

    public func run(progress: (String) -> Void = { _ in }) -> Result {
        var seen = Set<String>()
        let distinct = sentences.filter { seen.insert($0).inserted }
        let memory = Array(distinct.prefix(entries))
        let unseen = Array(distinct.dropFirst(memory.count))
        progress("indexing \(memory.count) sentences")
        let start = DispatchTime.now()
        let index = TranslationMemoryIndex(sources: memory)
        let buildSeconds = Self.seconds(since: start)

        var random = SplitMix64(seed: 11)
        var queryTexts: [String] = []
        for number in 0..<queries {
            if number % 2 == 1 && !unseen.isEmpty {
                queryTexts.append(unseen[Int(random.next() % UInt64(unseen.count))])
            } else {
                queryTexts.append(Self.revise(memory[Int(random.next() % UInt64(memory.count))], random: &random))
            }
        }
        progress("looking up \(queryTexts.count) sentences")
        var times: [Double] = []
        var found = 0
        var results: [[TranslationMemoryIndex.Match]] = []
        for query in queryTexts {
            let started = DispatchTime.now()
            let matches = index.matches(for: query, verifying: candidates)
            times.append(Self.seconds(since: started) * 1000)
            found += matches.count
            results.append(matches)
        }
        times.sort()
        progress("comparing \(min(scanChecks, queryTexts.count)) lookups with a full scan")
        var agreements = 0
        var scanTime = 0.0
        let checks = min(scanChecks, queryTexts.count)
        for number in 0..<checks {
            let started = DispatchTime.now()
            let scanned = index.scanMatches(for: queryTexts[number], limit: 1)
            scanTime += Self.seconds(since: started) * 1000
            if scanned.first?.score == results[number].first?.score { agreements += 1 }
        }
        return Result(
            entries: memory.count, queries: queryTexts.count, buildSeconds: buildSeconds,
            meanLookupMilliseconds: times.reduce(0, +) / Double(max(times.count, 1)),
            p99LookupMilliseconds: times.isEmpty ? 0 : times[min(times.count - 1, times.count * 99 / 100)],
            meanMatches: Double(found) / Double(max(queryTexts.count, 1)), scanChecks: checks,
            meanScanMilliseconds: scanTime / Double(max(checks, 1)), scanAgreements: agreements)
    }

    /// A sentence as a translator might meet it again: one word replaced, dropped or doubled,
    /// or a number changed.
    static func revise(_ sentence: String, random: inout SplitMix64) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count > 2 else { return sentence + " 2" }
        let position = Int(random.next() % UInt64(words.count))
        switch random.next() % 4 {
        case 0: words[position] = String(words[position].reversed())
        case 1: words.remove(at: position)
        case 2: words.insert(words[position], at: position)
        default: words.insert(String(random.next() % 1000), at: position)
        }
        return words.joined(separator: " ")
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

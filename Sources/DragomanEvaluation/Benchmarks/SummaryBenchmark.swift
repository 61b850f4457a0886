import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

/// Times summaries of a large document: `units` aligned units made from sentence pairs
/// (cycled and numbered), summarised as `summarize` does it (names found, units ranked,
/// English chosen and checked). The baseline is term recognition alone over the same units.
public struct SummaryBenchmark {
    public struct Result: Sendable {
        public var units: Int
        /// Best of the rounds.
        public var seconds: Double
        public var recognitionSeconds: Double
        public var sentences: Int
    }

    public var pairs: [(source: String, target: String)]
    public var units: Int
    public var glossaries: [Glossary]
    public var sourceLanguage: LanguageCode
    public var rounds = 3

    public init(
        pairs: [(source: String, target: String)], units: Int, glossaries: [Glossary], sourceLanguage: LanguageCode
    ) {
        self.pairs = pairs
        self.units = units
        self.glossaries = glossaries
        self.sourceLanguage = sourceLanguage
    }

    public func run() throws -> Result {
        let document = (0..<units).map { number in
            let pair = pairs[number % pairs.count]
            let round = number / pairs.count
            return TranslationUnit(
                id: Int64(number + 1), documentID: 1, position: number, segmentIDs: [Int64(number + 1)],
                source: round == 0 ? pair.source : "\(pair.source) (\(round))", target: pair.target,
                status: .translated, origin: .aligned, alignmentScore: 0.9, updatedAt: Date())
        }
        var best = Double.infinity
        var recognition = Double.infinity
        var sentences = 0
        for _ in 0..<rounds {
            // Built inside the timing, as `summarize` builds it for each run.
            var started = DispatchTime.now()
            let summarizer = try Summarizer(
                glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: .english)
            let summary = summarizer.summarize(document: "bench", units: document, budget: .sentences(10))
            best = min(best, Self.seconds(since: started))
            sentences = summary.sentences.count

            started = DispatchTime.now()
            let usage = try TermUsage(glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: .english)
            let found = document.concurrentMap { usage.sourceMatches(in: $0.source).count }
            recognition = min(recognition, Self.seconds(since: started))
            precondition(found.count == units)
        }
        return Result(units: units, seconds: best, recognitionSeconds: recognition, sentences: sentences)
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

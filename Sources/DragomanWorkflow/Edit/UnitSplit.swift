import DragomanStore
import DragomanText
import Foundation

/// How a unit of several source segments is split (an alignment fix in the editor): one unit per
/// segment. The target's sentences are shared out in order: when there are as many as segments,
/// one each, and the parts keep the unit's status; when there are more, each part takes the run
/// of sentences whose length best fits its segment's (the usual length model of sentence
/// alignment), and the parts become drafts to check; when there are fewer, the whole target stays
/// with the first part as a draft and the others start empty.
public enum UnitSplit {
    /// - Parameter segments: the texts of the unit's source segments, in order.
    public static func parts(of unit: TranslationUnit, segments: [String], targetLanguage: LanguageCode) throws
        -> [UnitPart]
    {
        let count = segments.count
        guard let target = unit.target, !target.trimmingWhitespace.isEmpty else {
            return Array(repeating: UnitPart(target: nil, status: .new), count: count)
        }
        let sentences = try Segmenter(language: targetLanguage).segments(in: target).filter(\.isTranslatable).map(
            \.text)
        if sentences.count == count {
            return sentences.map { UnitPart(target: $0, status: unit.status) }
        }
        if sentences.count < count {
            return [UnitPart(target: target, status: .draft)]
                + Array(repeating: UnitPart(target: nil, status: .new), count: count - 1)
        }
        return runs(of: sentences, over: segments).map { run in
            UnitPart(target: run.joined(separator: " "), status: .draft)
        }
    }

    /// The sentences cut into `segments.count` non-empty runs, in order, minimising the squared
    /// log-ratio of each run's length to its segment's (scaled by the whole text's ratio).
    static func runs(of sentences: [String], over segments: [String]) -> [[String]] {
        let (n, m) = (segments.count, sentences.count)
        let sourceLengths = segments.map { Double($0.count) + 1 }
        var prefix = [0.0]
        for sentence in sentences { prefix.append(prefix.last! + Double(sentence.count) + 1) }
        let ratio = prefix[m] / sourceLengths.reduce(0, +)
        func cost(_ part: Int, _ from: Int, _ to: Int) -> Double {
            let value = log((prefix[to] - prefix[from]) / (sourceLengths[part] * ratio))
            return value * value
        }
        // best[i][j]: the cost of giving the first j sentences to the first i parts.
        var best = Array(repeating: Array(repeating: Double.infinity, count: m + 1), count: n + 1)
        var cut = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        best[0][0] = 0
        for part in 1...n {
            for end in part...(m - (n - part)) {
                for start in (part - 1)..<end where best[part - 1][start] < .infinity {
                    let total = best[part - 1][start] + cost(part - 1, start, end)
                    if total < best[part][end] { (best[part][end], cut[part][end]) = (total, start) }
                }
            }
        }
        var runs: [[String]] = []
        var end = m
        for part in stride(from: n, to: 0, by: -1) {
            let start = cut[part][end]
            runs.append(Array(sentences[start..<end]))
            end = start
        }
        return runs.reversed()
    }
}

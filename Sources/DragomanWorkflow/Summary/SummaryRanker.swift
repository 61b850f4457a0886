import DragomanAlign
import DragomanGlossary
import DragomanText
import Foundation

/// Ranks the units of a news document for an extractive summary, by three signals:
///
/// - **centrality**: LexRank — PageRank over the graph of units whose edges are the cosine
///   similarities of their TF-IDF word vectors (ICU word tokens, stop words dropped, light
///   stemming), so that a unit many others echo ranks high;
/// - **salience of the names it mentions**: a unit naming the people, places and organisations
///   the article names most;
/// - **position**: news put the lede first.
public struct SummaryRanker: Sendable {
    public struct Weights: Sendable {
        public var centrality = 0.40
        public var entities = 0.25
        public var position = 0.35
        public init() {}
    }

    public struct Ranking: Sendable {
        /// Combined score per unit, in [0, 1].
        public var scores: [Double]
        public var centrality: [Double]
        public var salience: [Double]
        /// Unit-length TF-IDF vectors (term id, weight), sorted by term id.
        var vectors: [[(term: Int, weight: Double)]]

        /// Cosine similarity of two units' word vectors.
        /// - Complexity: O(a + b) in their numbers of distinct words.
        public func similarity(_ first: Int, _ second: Int) -> Double {
            let a = vectors[first]
            let b = vectors[second]
            var i = 0
            var j = 0
            var dot = 0.0
            while i < a.count && j < b.count {
                if a[i].term == b[j].term {
                    dot += a[i].weight * b[j].weight
                    i += 1
                    j += 1
                } else if a[i].term < b[j].term {
                    i += 1
                } else {
                    j += 1
                }
            }
            return dot
        }
    }

    public var language: LanguageCode
    public var weights = Weights()
    /// Edges weaker than this are left out of the graph (LexRank's usual 0.1).
    public var edgeThreshold = 0.1
    public var damping = 0.85

    public init(language: LanguageCode) { self.language = language }

    /// - Parameters:
    ///   - texts: the units' source texts, in document order.
    ///   - entities: per unit, the glossary entries it mentions (ids, repeated per mention) and
    ///     how much each kind of entry weighs (people, who act in the news, most).
    /// - Complexity: O(n · k) for the vectors plus O(Σ df²) for the similarity graph, where
    ///   df is how many units share a word; stop words keep df small.
    public func rank(texts: [String], entities: [[(id: String, weight: Double)]]) -> Ranking {
        let vectors = Self.vectors(texts.map(words))
        let centrality = lexRank(vectors)
        let salience = Self.salience(entities)
        let count = Double(max(texts.count, 1))
        let scores = texts.indices.map { index in
            // The lede decays slowly enough that the second paragraph still counts.
            let position = 1 / (1 + Double(index) / max(2, count / 20)).squareRoot()
            return weights.centrality * centrality[index] + weights.entities * salience[index]
                + weights.position * position
        }
        return Ranking(scores: scores, centrality: centrality, salience: salience, vectors: vectors)
    }

    /// The stemmed content words of a text.
    func words(_ text: String) -> [String] {
        let stopWords = StopWords.words(for: language)
        let normalizer = WordNormalizer(language: language)
        let tokens = (try? BreakIterator.words(in: text, locale: language.icuLocale)) ?? []
        return tokens.compactMap { token in
            let folded = MatchingKey.fold(token)
            guard folded.unicodeScalars.count > 1, !stopWords.contains(folded),
                !folded.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
            else { return nil }
            return normalizer.stem(folded)
        }
    }

    static func vectors(_ documents: [[String]]) -> [[(term: Int, weight: Double)]] {
        var ids: [String: Int] = [:]
        let counted = documents.map { words -> [Int: Int] in
            var counts: [Int: Int] = [:]
            for word in words {
                let id = ids[word] ?? ids.count
                ids[word] = id
                counts[id, default: 0] += 1
            }
            return counts
        }
        var documentFrequency = [Int](repeating: 0, count: ids.count)
        for counts in counted { for term in counts.keys { documentFrequency[term] += 1 } }
        let total = Double(documents.count)
        return counted.map { counts in
            var vector = counts.map { term, count in
                (term: term, weight: Double(count) * log(1 + total / Double(documentFrequency[term])))
            }
            let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { vector = vector.map { ($0.term, $0.weight / norm) } }
            return vector.sorted { $0.term < $1.term }
        }
    }

    /// Continuous LexRank, scaled so that the most central unit has 1.
    func lexRank(_ vectors: [[(term: Int, weight: Double)]]) -> [Double] {
        let count = vectors.count
        guard count > 1 else { return [Double](repeating: 1, count: count) }
        // Similarities through an inverted index: only pairs that share a word are visited.
        var postings: [Int: [(unit: Int, weight: Double)]] = [:]
        for (unit, vector) in vectors.enumerated() {
            for (term, weight) in vector { postings[term, default: []].append((unit, weight)) }
        }
        var edges = [[(unit: Int, weight: Double)]](repeating: [], count: count)
        var dots = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for unit in 0..<count {
            for (term, weight) in vectors[unit] {
                for other in postings[term] ?? [] where other.unit != unit {
                    if dots[other.unit] == 0 { touched.append(other.unit) }
                    dots[other.unit] += weight * other.weight
                }
            }
            for other in touched {
                if dots[other] >= edgeThreshold { edges[unit].append((other, dots[other])) }
                dots[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        let outWeights = edges.map { $0.reduce(0) { $0 + $1.weight } }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        for _ in 0..<60 {
            var next = [Double](repeating: (1 - damping) / Double(count), count: count)
            var dangling = 0.0
            for unit in 0..<count {
                if outWeights[unit] == 0 {
                    dangling += rank[unit]
                    continue
                }
                let share = damping * rank[unit] / outWeights[unit]
                for edge in edges[unit] { next[edge.unit] += share * edge.weight }
            }
            for unit in 0..<count { next[unit] += damping * dangling / Double(count) }
            let change = zip(rank, next).reduce(0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < 1e-9 { break }
        }
        let top = rank.max() ?? 1
        return rank.map { top > 0 ? $0 / top : 0 }
    }

    /// Per unit: how much the article talks about the entries it names (log of each distinct
    /// entry's mentions in the whole article, times the entry's weight, summed), scaled so that
    /// the top unit has 1.
    static func salience(_ entities: [[(id: String, weight: Double)]]) -> [Double] {
        var mentions: [String: Int] = [:]
        for unit in entities { for entity in unit { mentions[entity.id, default: 0] += 1 } }
        let raw = entities.map { unit in
            var seen = Set<String>()
            return unit.reduce(0.0) { sum, entity in
                guard seen.insert(entity.id).inserted else { return sum }
                return sum + entity.weight * log(1 + Double(mentions[entity.id] ?? 0))
            }
        }
        let top = raw.max() ?? 0
        return raw.map { top > 0 ? $0 / top : 0 }
    }
}

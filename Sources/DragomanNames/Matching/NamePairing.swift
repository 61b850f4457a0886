/// Pairs each name of one list with its best counterpart in another.
public struct NamePairing: Sendable {
    public struct Pair: Hashable, Sendable {
        public var source: String
        public var target: String
        public var score: Double

        public init(source: String, target: String, score: Double) {
            self.source = source
            self.target = target
            self.score = score
        }
    }

    public let matcher: NameMatcher

    public init(matcher: NameMatcher = NameMatcher()) {
        self.matcher = matcher
    }

    /// For each source name, the target name with the highest score at or above the
    /// matcher's threshold (the first one on ties), if any.
    ///
    /// - Complexity: O(s·t) name comparisons; keys are built once per name.
    public func pairs(sources: [String], targets: [String]) throws -> [Pair] {
        let targetKeys = try targets.map(NameKey.init)
        var pairs: [Pair] = []
        for source in sources {
            let key = try NameKey(source)
            var best: (index: Int, score: Double)?
            for (index, target) in targetKeys.enumerated() {
                let score = matcher.score(key, target)
                if score >= matcher.threshold && score > (best?.score ?? -1) { best = (index, score) }
            }
            if let best { pairs.append(Pair(source: source, target: targets[best.index], score: best.score)) }
        }
        return pairs
    }
}

import DragomanText

/// The translation memory of one language pair, ready for fuzzy lookups: the stored entries
/// behind an index, plus entries confirmed since it was built (compared one by one: a session
/// adds few).
public struct TranslationMemory: Sendable {
    public struct Suggestion: Hashable, Sendable {
        public var entry: MemoryUnit
        public var score: Double
        public var percentage: Int { Int((score * 100).rounded(.down)) }
    }

    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    private var entries: [MemoryUnit]
    private var index: TranslationMemoryIndex
    private var recent: [MemoryUnit] = []

    public init(entries all: [MemoryUnit], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        entries = all.filter {
            Self.sameLanguage($0.sourceLanguage, sourceLanguage) && Self.sameLanguage($0.targetLanguage, targetLanguage)
        }
        index = TranslationMemoryIndex(sources: entries.map(\.source))
    }

    /// "de" matches "de-DE" and "de-AT": a memory is kept per language, not per region.
    static func sameLanguage(_ a: LanguageCode, _ b: LanguageCode) -> Bool { a.language == b.language }

    public var count: Int { entries.count + recent.count }

    public mutating func add(_ entry: MemoryUnit) {
        if let unitID = entry.unitID { recent.removeAll { $0.unitID == unitID } }
        recent.append(entry)
    }

    /// The best `limit` suggestions scoring at least `minimumScore`, best first.
    public func suggestions(for source: String, limit: Int = 5, minimumScore: Double = 0.5) -> [Suggestion] {
        var found = index.matches(for: source, limit: limit, minimumScore: minimumScore).map {
            Suggestion(entry: entries[$0.entry], score: $0.score)
        }
        if !recent.isEmpty {
            let query = FuzzyText.normalized(source)
            for entry in recent {
                let candidate = FuzzyText.normalized(entry.source)
                let longer = max(candidate.count, query.count)
                guard
                    let distance = FuzzyText.distance(query, candidate, limit: Int((1 - minimumScore) * Double(longer)))
                else { continue }
                let score = FuzzyText.similarity(distance: distance, candidate.count, query.count)
                found.removeAll { $0.entry.source == entry.source && $0.entry.target == entry.target }
                found.append(Suggestion(entry: entry, score: score))
            }
            found.sort { $0.score > $1.score }
        }
        return Array(found.prefix(limit))
    }
}

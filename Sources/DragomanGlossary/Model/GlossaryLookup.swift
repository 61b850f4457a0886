import DragomanNames
import DragomanText

/// Finds glossary entries by any of their terms or forms, across several glossaries.
public struct GlossaryLookup: Sendable {
    public struct Hit: Sendable {
        public var entry: GlossaryEntry
        public var term: Term
        /// The glossary the entry comes from.
        public var glossary: String
    }

    public let glossaries: [Glossary]
    private let byKey: [String: [(glossary: Int, entry: Int, term: Int)]]

    /// - Complexity: O(t) matching keys for t terms and forms.
    public init(glossaries: [Glossary]) throws {
        self.glossaries = glossaries
        var byKey: [String: [(Int, Int, Int)]] = [:]
        for (g, glossary) in glossaries.enumerated() {
            for (e, entry) in glossary.entries.enumerated() {
                for (t, term) in entry.terms.enumerated() {
                    for text in [term.text] + term.forms {
                        byKey[try MatchingKey.make(text), default: []].append((g, e, t))
                    }
                }
            }
        }
        self.byKey = byKey
    }

    /// The entries that have `text` as a term or form (case, accents and spacing folded).
    public func entries(for text: String) throws -> [Hit] {
        try (byKey[MatchingKey.make(text)] ?? []).map { g, e, t in
            let entry = glossaries[g].entries[e]
            return Hit(entry: entry, term: entry.terms[t], glossary: glossaries[g].title)
        }
    }
}

/// Pairs names with their counterparts, first through glossaries (a name and a counterpart
/// that are terms or forms of one entry pair with score 1), then through the name matcher.
public struct GlossaryNamePairing: Sendable {
    public let lookup: GlossaryLookup
    public let pairing: NamePairing

    public init(lookup: GlossaryLookup, matcher: NameMatcher = NameMatcher()) {
        self.lookup = lookup
        pairing = NamePairing(matcher: matcher)
    }

    public func pairs(sources: [String], targets: [String]) throws -> [NamePairing.Pair] {
        // Each target's entries, to find a source's counterpart by entry identity.
        var targetsByEntry: [String: String] = [:]
        for target in targets {
            for hit in try lookup.entries(for: target)
            where targetsByEntry[hit.glossary + "\u{0}" + hit.entry.id] == nil {
                targetsByEntry[hit.glossary + "\u{0}" + hit.entry.id] = target
            }
        }
        var byGlossary: [String: NamePairing.Pair] = [:]
        var unresolved: [String] = []
        for source in sources {
            let hits = try lookup.entries(for: source)
            if let target = hits.lazy.compactMap({ targetsByEntry[$0.glossary + "\u{0}" + $0.entry.id] }).first {
                byGlossary[source] = NamePairing.Pair(source: source, target: target, score: 1)
            } else {
                unresolved.append(source)
            }
        }
        var matched: [String: NamePairing.Pair] = [:]
        for pair in try pairing.pairs(sources: unresolved, targets: targets) { matched[pair.source] = pair }
        return sources.compactMap { byGlossary[$0] ?? matched[$0] }
    }
}

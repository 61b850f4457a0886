import DragomanGlossary
import DragomanStore
import DragomanText

/// Makes a ``Summary`` of a document's units: ranks them (``SummaryRanker``), picks the best
/// within a budget, leaving out near-duplicates, and renders each in English with every name
/// of its source in the glossary's preferred form.
public struct Summarizer: Sendable {
    public enum Budget: Sendable, Hashable {
        case sentences(Int)
        case words(Int)
    }

    let usage: TermUsage
    public var ranker: SummaryRanker
    /// Two units more similar than this (cosine of their word vectors) say the same thing.
    public var duplicateSimilarity = 0.5
    /// How much a unit's similarity to those already chosen counts against it (maximal
    /// marginal relevance with the usual λ = 0.7: (1 − λ) / λ).
    public var redundancyWeight = 0.43

    public init(glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) throws {
        usage = try TermUsage(glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        ranker = SummaryRanker(language: sourceLanguage)
    }

    /// - Parameters:
    ///   - citing: the number to cite for each segment id (by default the id itself).
    /// - Complexity: term recognition of every unit (on every core) and the ranker's graph.
    ///   - asOf: the date the article speaks as of, for people's roles; by default the latest
    ///     date it names (``ArticleDate``).
    public func summarize(
        document name: String, units: [TranslationUnit], budget: Budget, citing: [Int64: Int64] = [:],
        asOf: PartialDate? = nil
    ) -> Summary {
        let date = asOf ?? Self.articleDate(units)
        let matches = units.concurrentMap { usage.sourceMatches(in: $0.source) }
        let entities = matches.map { found in
            found.compactMap { match -> (id: String, weight: Double)? in
                guard let id = match.entryID, let kind = match.entryKind, match.kind != .unknownName,
                    let weight = Self.entityWeights[kind]
                else { return nil }
                return (id, weight)
            }
        }
        let ranking = ranker.rank(texts: units.map(\.source), entities: entities)
        let (covering, addition) = coverLaterDevelopments(
            choose(units: units, ranking: ranking, budget: budget), units: units, matches: matches, ranking: ranking,
            budget: budget)
        // A sentence brought in for a pronoun's referent must fit the budget too.
        let (chosen, insertions) = resolveReferences(chosen: covering, units: units, matches: matches) {
            chosen, extra in
            Self.fits(chosen.map { units[$0] } + [units[extra]], budget)
        }
        let sentences = chosen.map { index in
            var sentence = sentence(units[index], matches: matches[index], score: ranking.scores[index], citing: citing)
            if let inserted = insertions[index] {
                if let english = sentence.english {
                    sentence.english = Self.insert(inserted, into: english)
                } else {
                    sentence.source = Self.insert(inserted, into: sentence.source)
                }
                sentence.replacements += inserted.map(\.replacement)
            }
            return sentence
        }
        return Summary(
            document: name, sourceLanguage: usage.sourceLanguage.tag, targetLanguage: usage.targetLanguage.tag,
            sentences: sentences, entities: digest(matches, targets: units.map(\.target), asOf: date),
            method: method(units: units.count, chosen: chosen.count, addition: addition, rolesAsOf: date),
            rolesAsOf: date?.description)
    }

    /// Articles of this many units or more must be covered beyond their first half.
    static let longArticle = 25

    /// For a long article whose chosen sentences all come from its first half while the second
    /// half names people, places or organisations (or numbers) the first half does not: the
    /// best-ranked unit of the second half that brings one of them replaces the last-ranked
    /// choice (never the first). Position is one signal, not the whole choice.
    ///
    /// - Returns: the chosen indices, and the unit added with what it brings, if any.
    func coverLaterDevelopments(
        _ chosen: [Int], units: [TranslationUnit], matches: [[TermMatch]], ranking: SummaryRanker.Ranking,
        budget: Budget
    ) -> ([Int], (index: Int, brings: [String])?) {
        let half = units.count / 2
        // One sentence is the lede's; the swap needs a second.
        guard units.count >= Self.longArticle, chosen.count >= 2, !chosen.contains(where: { $0 >= half }) else {
            return (chosen, nil)
        }
        func named(_ index: Int) -> Set<String> {
            Set(matches[index].compactMap { $0.kind == .unknownName || $0.entryKind == .term ? nil : $0.entryID })
                .union(NumberScanner.numbers(in: units[index].source).map { "#" + $0.value })
        }
        let early = (0..<half).reduce(into: Set<String>()) { $0.formUnion(named($1)) }
        guard let weakest = chosen.dropFirst().min(by: { ranking.scores[$0] < ranking.scores[$1] }) else {
            return (chosen, nil)
        }
        let kept = chosen.filter { $0 != weakest }
        // New names or numbers, not a near-duplicate of what is kept, and within the budget.
        let candidates = (half..<units.count).filter { index in
            units[index].source.contains(where: \.isLetter)
                && !kept.contains { ranking.similarity(index, $0) > duplicateSimilarity }
                && Self.fits((kept + [index]).map { units[$0] }, budget)
        }.map { (index: $0, new: named($0).subtracting(early)) }.filter { !$0.new.isEmpty }
        guard let best = candidates.max(by: { ranking.scores[$0.index] < ranking.scores[$1.index] }) else {
            return (chosen, nil)
        }
        let result = kept + [best.index]
        let brings = best.new.sorted().map { key in
            key.hasPrefix("#")
                ? String(key.dropFirst())
                : usage.entry(id: key)?.preferredTerm(in: usage.targetLanguage)?.text ?? key
        }
        return (result.sorted(), (best.index, brings))
    }

    /// How the sentences were chosen, for the reader.
    func method(units: Int, chosen: Int, addition: (index: Int, brings: [String])?, rolesAsOf: PartialDate?) -> String {
        let weights = ranker.weights
        var text =
            "\(chosen) of \(units) units, ranked by centrality (LexRank, \(Int(weights.centrality * 100))%), the "
            + "names they mention (\(Int(weights.entities * 100))%) and position (\(Int(weights.position * 100))%), "
            + "near-duplicates left out"
        if let addition {
            text +=
                "; the second half of the article is covered by unit \(addition.index + 1), which brings "
                + addition.brings.prefix(4).joined(separator: ", ")
        }
        if let rolesAsOf { text += "; roles as of \(rolesAsOf)" }
        return text + "."
    }

    /// Indices of the chosen units, in document order: by maximal marginal relevance, each
    /// pick the unit whose score, less what the units already chosen say (its highest
    /// similarity to one of them, weighted), is highest; a near-duplicate is never chosen.
    ///
    /// - Complexity: O(n·k) similarities for k chosen of n units.
    func choose(units: [TranslationUnit], ranking: SummaryRanker.Ranking, budget: Budget) -> [Int] {
        var candidates = units.indices.filter { units[$0].source.contains(where: \.isLetter) }
        var redundancy = [Double](repeating: 0, count: units.count)
        var chosen: [Int] = []
        var words = 0
        while !candidates.isEmpty {
            var pick = 0
            var pickValue = -Double.infinity
            for (position, index) in candidates.enumerated() {
                let value = ranking.scores[index] - redundancyWeight * redundancy[index]
                if value > pickValue {
                    pick = position
                    pickValue = value
                }
            }
            let index = candidates.remove(at: pick)
            if redundancy[index] > duplicateSimilarity { continue }
            switch budget {
            case .sentences(let limit):
                guard chosen.count < limit else { return chosen.sorted() }
            case .words(let limit):
                let count = Self.wordCount(units[index].target ?? units[index].source)
                // The first sentence always goes in; later ones only if they fit.
                if !chosen.isEmpty && words + count > limit { continue }
                words += count
            }
            chosen.append(index)
            for other in candidates {
                redundancy[other] = max(redundancy[other], ranking.similarity(other, index))
            }
        }
        return chosen.sorted()
    }

    func sentence(_ unit: TranslationUnit, matches: [TermMatch], score: Double, citing: [Int64: Int64])
        -> Summary.Sentence
    {
        let segments = unit.segmentIDs.map { citing[$0] ?? $0 }
        guard let source = Summary.EnglishSource(unit: unit), let target = unit.target else {
            return Summary.Sentence(
                unit: unit.id, segments: segments, source: unit.source, english: nil, englishSource: nil,
                replacements: [], score: score)
        }
        let corrections = usage.uses(of: matches, in: target).flatMap(\.corrections)
        let applied = corrections.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return Summary.Sentence(
            unit: unit.id, segments: segments, source: unit.source, english: TermUsage.apply(applied, to: target),
            englishSource: source,
            replacements: applied.map {
                Summary.Replacement(
                    found: $0.found, replacement: $0.replacement, reason: $0.reason.rawValue, entry: $0.entryID)
            }, score: score)
    }

    /// The people, places and organisations of `units`, most mentioned first, with their glossary
    /// forms and roles (the summary's digest, without ranking anything).
    public func entities(of units: [TranslationUnit], asOf: PartialDate? = nil) -> [Summary.Entity] {
        digest(
            units.concurrentMap { usage.sourceMatches(in: $0.source) }, targets: units.map(\.target),
            asOf: asOf ?? Self.articleDate(units))
    }

    /// The latest date a document's source or translation names.
    static func articleDate(_ units: [TranslationUnit]) -> PartialDate? {
        ArticleDate.latest(in: units.map(\.source) + units.compactMap(\.target))
    }

    /// People, places and organisations, most mentioned first.
    func digest(_ matches: [[TermMatch]], targets: [String?] = [], asOf date: PartialDate? = nil) -> [Summary.Entity] {
        var mentions: [String: (count: Int, forms: [String])] = [:]
        var order: [String] = []
        for match in matches.joined() {
            guard let id = match.entryID, let kind = match.entryKind, kind != .term, match.kind != .unknownName
            else { continue }
            if mentions[id] == nil { order.append(id) }
            var entry = mentions[id] ?? (0, [])
            entry.count += 1
            if !entry.forms.contains(match.text) { entry.forms.append(match.text) }
            mentions[id] = entry
        }
        let target = usage.targetLanguage
        return order.compactMap { id -> Summary.Entity? in
            guard let entry = usage.entry(id: id), let mention = mentions[id] else { return nil }
            let name = entry.preferredTerm(in: target)?.text ?? mention.forms[0]
            // The role the article gives, before the glossary's role of the article's date.
            var role = entry.role(in: target, on: date)
            var roleSource = role == nil ? nil : "glossary"
            if entry.kind == .person,
                let stated = zip(matches, targets).lazy.compactMap({ found, text -> String? in
                    guard found.contains(where: { $0.entryID == id }), let text else { return nil }
                    return Self.role(before: name, in: text)
                }).first
            {
                role = stated
                roleSource = "article"
            }
            return Summary.Entity(
                entry: id, kind: entry.kind.rawValue, name: name, role: role, roleSource: roleSource,
                mentions: mention.count, sourceForms: mention.forms)
        }.enumerated().sorted { ($0.element.mentions, -$0.offset) > ($1.element.mentions, -$1.offset) }.map(\.element)
    }

    /// Words that make a phrase before a name a role ("Kremlin spokesman", "Finnish President").
    static let roleWords: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "chancellor", "secretary",
        "secretary-general", "ambassador", "commissioner", "chief", "head", "envoy", "commander", "premier", "king",
        "queen", "mayor", "governor", "chair", "chairman", "chairwoman", "speaker", "director", "representative",
    ]

    /// The role a text gives the person named `name`: the capitalised or role words right before
    /// the name ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"), at most five, with a
    /// role word among them.
    static func role(before name: String, in text: String) -> String? {
        guard let range = text.range(of: name) else { return nil }
        var words: [String] = []
        for word in text[..<range.lowerBound].split(whereSeparator: \.isWhitespace).reversed() {
            // Punctuation before the name ends the phrase ("…, said Dmitry Peskov").
            if let last = word.last, !last.isLetter && !last.isNumber && last != "-" { break }
            let clean = word.trimmingCharacters(in: .punctuationCharacters)
            guard let first = clean.first, first.isUppercase || roleWords.contains(clean.lowercased()) else { break }
            words.append(clean)
            if words.count == 5 { break }
        }
        guard words.contains(where: { roleWords.contains($0.lowercased()) }) else { return nil }
        // A sentence-initial word that is no part of the role ("Yesterday Kremlin spokesman…") is rare; a
        // leading "The" is not the role's.
        while let first = words.last, ["The", "A", "An"].contains(first) { words.removeLast() }
        return words.reversed().joined(separator: " ")
    }

    /// People act in the news, organisations speak, places set the scene; general terms do not count.
    static let entityWeights: [GlossaryEntry.Kind: Double] = [.person: 1.5, .organization: 1.2, .place: 1]

    /// Whether these units make a summary within `budget`.
    static func fits(_ units: [TranslationUnit], _ budget: Budget) -> Bool {
        switch budget {
        case .sentences(let limit): units.count <= limit
        case .words(let limit): units.count <= 1 || units.reduce(0) { $0 + wordCount($1.target ?? $1.source) } <= limit
        }
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}

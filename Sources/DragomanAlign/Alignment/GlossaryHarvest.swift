import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

/// Name pairs learned from an aligned document pair that no glossary has yet, with evidence.
public struct HarvestedPair: Sendable {
    public var source: String
    public var target: String
    /// In [0, 1]: the name matcher's score, or for names that only co-occur in one-name beads
    /// a share that grows with the number of beads.
    public var confidence: Double
    /// How many aligned beads hold the pair.
    public var occurrences: Int
    /// An example bead: source text and target text.
    public var example: (source: String, target: String)
    /// What the context says the name is: a place ("in", "nach", "aus" before it), a person (a
    /// given name, a title before it), an organisation (its words or an acronym).
    public var kind: GlossaryEntry.Kind = .person
}

/// Collects name pairs from aligned beads: names in no glossary that the name matcher pairs
/// (Schoigu ↔ Shoigu), and single unknown names that face each other in a bead (a
/// translation the matcher cannot see).
public struct GlossaryHarvest: Sendable {
    /// The recognisers and matcher that name alignment uses, shared.
    let names: NameAligner
    var sourceRecognizer: TermRecognizer { names.sourceRecognizer }
    var targetRecognizer: TermRecognizer { names.targetRecognizer }
    var matcher: NameMatcher { names.matcher }

    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        matcher: NameMatcher = NameMatcher(), commonWords: (source: CommonWords?, target: CommonWords?) = (nil, nil)
    ) throws {
        names = try NameAligner(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, matcher: matcher,
            commonWords: commonWords)
    }

    /// What a one-word person or organisation candidate's confidence is worth.
    static let singleWordShare = 0.7

    public func harvest(beads: [Bead], source: [String], target: [String]) -> [HarvestedPair] {
        var found: [String: HarvestedPair] = [:]
        var order: [String] = []
        var votes: [String: [GlossaryEntry.Kind: Int]] = [:]
        func record(_ s: String, _ t: String, _ score: Double, example: (String, String)) {
            let key = s + "\u{0}" + t
            if let kind = NameContext.kind(of: s, in: example.0, target: t, in: example.1) {
                votes[key, default: [:]][kind, default: 0] += 1
            }
            if var pair = found[key] {
                pair.occurrences += 1
                pair.confidence = max(pair.confidence, score)
                found[key] = pair
            } else {
                order.append(key)
                found[key] = HarvestedPair(source: s, target: t, confidence: score, occurrences: 1, example: example)
            }
        }
        for bead in beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let sourceText = bead.source.map { source[$0] }.joined(separator: " ")
            let targetText = bead.target.map { target[$0] }.joined(separator: " ")
            let sourceNames = sourceRecognizer.matches(in: sourceText).filter { $0.kind == .unknownName }
            var targetNames = targetRecognizer.matches(in: targetText).filter { $0.kind == .unknownName }
            var unpaired: [TermMatch] = []
            for name in sourceNames {
                guard let key = try? NameKey(name.text) else { continue }
                // Each target name scored against the source name as found and as widened by the
                // words beside it that the recogniser left out ("Kim Ju" + "Ae").
                let scored = targetNames.enumerated().compactMap { index, other -> (Int, Double)? in
                    guard let otherKey = try? NameKey(other.text) else { return nil }
                    let direct = names.score(name.text, key: key, against: otherKey)
                    return (index, max(direct, widened(name, in: sourceText, toMatch: other.text, score: direct).score))
                }.filter { $0.1 >= matcher.threshold }.max { $0.1 < $1.1 }
                if let (index, _) = scored {
                    let direct =
                        (try? NameKey(targetNames[index].text)).map { names.score(name.text, key: key, against: $0) }
                        ?? 0
                    let trimmed = trimmedToMatch(targetNames[index].text, against: key, score: direct)
                    let whole = widened(name, in: sourceText, toMatch: trimmed, score: direct)
                    record(whole.text, trimmed, whole.score, example: (sourceText, targetText))
                    targetNames.remove(at: index)
                } else {
                    unpaired.append(name)
                }
            }
            if unpaired.count == 1 && targetNames.count == 1 {
                // Widened, the source name may turn out to be the target's after all ("Kim Ju" + "Ae").
                let whole = widened(unpaired[0], in: sourceText, toMatch: targetNames[0].text, score: 0)
                record(
                    whole.text, targetNames[0].text, whole.score >= matcher.threshold ? whole.score : 0,
                    example: (sourceText, targetText))
            }
        }
        var pairs = order.compactMap { key -> HarvestedPair? in
            guard var pair = found[key] else { return nil }
            if pair.confidence == 0 {
                // Co-occurrence alone: sure only when it repeats.
                pair.confidence = min(0.8, 0.3 * Double(pair.occurrences))
            }
            pair.kind = NameContext.decide(votes[key] ?? [:], name: pair.source)
            // A single word is often a family name whose given name the text gave elsewhere, or
            // a word of a longer name: of such candidates in held-out articles about one in
            // three was no entry to keep as it stands.
            if !pair.source.contains(" ") && pair.kind != .place { pair.confidence *= Self.singleWordShare }
            return pair
        }
        // A later mention by family name alone ("Terechow" after "Ihor Terechow") is the same
        // person: counted with the whole name, not a candidate of its own.
        for (index, pair) in pairs.enumerated().reversed() {
            if let whole = pairs.firstIndex(where: { other in
                other.source != pair.source && other.source.hasSuffix(" " + pair.source)
                    && other.target.hasSuffix(" " + pair.target)
            }) {
                pairs[whole].occurrences += pair.occurrences
                pairs.remove(at: index)
            }
        }
        return pairs
    }

    /// `name` with the words next to it in `text` that the target name `target` also has, as
    /// long as the matcher agrees no less.
    func widened(_ name: TermMatch, in text: String, toMatch target: String, score: Double) -> (
        text: String, score: Double
    ) {
        guard let targetKey = try? NameKey(target) else { return (name.text, score) }
        let scalars = Array(text.unicodeScalars)
        guard name.range.upperBound <= scalars.count else { return (name.text, score) }
        func word(from start: Int, forward: Bool) -> (text: String, range: Range<Int>)? {
            var index = start
            if forward {
                guard index < scalars.count, scalars[index] == " " else { return nil }
                index += 1
                let begin = index
                while index < scalars.count, CharacterSet.letters.contains(scalars[index]) || scalars[index] == "-" {
                    index += 1
                }
                guard index > begin else { return nil }
                return (String(String.UnicodeScalarView(scalars[begin..<index])), begin..<index)
            } else {
                guard index > 0, scalars[index - 1] == " " else { return nil }
                index -= 1
                let end = index
                while index > 0, CharacterSet.letters.contains(scalars[index - 1]) || scalars[index - 1] == "-" {
                    index -= 1
                }
                guard index < end else { return nil }
                return (String(String.UnicodeScalarView(scalars[index..<end])), index..<end)
            }
        }
        var best = (text: name.text, score: score)
        var range = name.range
        let targetWords = target.split(separator: " ").count
        while best.text.split(separator: " ").count < targetWords {
            var improved = false
            for forward in [true, false] {
                guard let next = word(from: forward ? range.upperBound : range.lowerBound, forward: forward),
                    next.text.first?.isUppercase == true
                else { continue }
                let candidate = forward ? best.text + " " + next.text : next.text + " " + best.text
                if let key = try? NameKey(candidate), names.score(candidate, key: key, against: targetKey) >= best.score
                {
                    best = (candidate, names.score(candidate, key: key, against: targetKey))
                    range =
                        forward ? range.lowerBound..<next.range.upperBound : next.range.lowerBound..<range.upperBound
                    improved = true
                    break
                }
            }
            if !improved { break }
        }
        return best
    }

    /// The ending of `name` that matches best ("Minister Sergei Shoigu" → "Sergei Shoigu"):
    /// leading titles are capitalised in English and join the name.
    func trimmedToMatch(_ name: String, against key: NameKey, score: Double) -> String {
        let words = name.split(separator: " ")
        var best = (name: name, score: score)
        for drop in 1..<max(1, words.count) {
            let ending = words[drop...].joined(separator: " ")
            if let other = try? NameKey(ending), matcher.score(key, other) > best.score + 0.001 {
                best = (ending, matcher.score(key, other))
            }
        }
        return best.name
    }

    /// The pairs as a candidate glossary for review.
    public static func glossary(_ pairs: [HarvestedPair], sourceLanguage: LanguageCode, targetLanguage: LanguageCode)
        -> Glossary
    {
        Glossary(
            title: "Harvested name pairs (candidates for review)",
            entries: pairs.map { pair in
                GlossaryEntry(
                    id: "harvest-" + HarvestEntryID.make(pair.source + "-" + pair.target), kind: pair.kind,
                    terms: [
                        Term(language: sourceLanguage, text: pair.source, status: .admitted),
                        Term(language: targetLanguage, text: pair.target, status: .preferred),
                    ],
                    note: String(
                        format: "confidence %.2f; %d aligned pairs; e.g. %@ ‖ %@", pair.confidence, pair.occurrences,
                        String(pair.example.source.prefix(120)), String(pair.example.target.prefix(120))),
                    source: "dragoman glossary harvest")
            })
    }
}

/// Entry ids for harvested pairs, made from the names: lower-case ASCII letters, digits and hyphens.
enum HarvestEntryID {
    static func make(_ text: String) -> String {
        let folded = MatchingKey.fold(text)
        return String(folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}

/// What the words around a name say it is.
enum NameContext {
    /// Words right before a place: German and English prepositions of place and direction.
    static let placeWords: Set<String> = [
        "in", "nach", "aus", "im", "ins", "bei", "nahe", "von", "to", "from", "near", "at", "into", "across",
    ]
    /// Words right before a person: titles and roles.
    static let personWords: Set<String> = [
        "präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "bürgermeister",
        "bürgermeisterin", "gouverneur", "chef", "chefin", "general", "kommandeur", "botschafter", "herr", "frau",
        "president", "spokesman", "spokeswoman", "mayor", "governor", "commander", "ambassador", "mr", "mrs", "ms",
        "dr", "leader", "envoy", "chief", "head",
    ]
    /// Words of organisations' names.
    static let organizationWords: Set<String> = [
        "partei", "agentur", "bank", "ministerium", "armee", "brigade", "gruppe", "rat", "behörde", "institut",
        "mission", "organisation", "bund", "union", "party", "agency", "ministry", "army", "group", "council",
        "institute", "organization", "company", "corporation", "front", "movement", "bewegung", "firma",
        "konzern", "unternehmen", "miliz", "militia",
    ]

    /// The kind one mention's context gives, if any.
    static func kind(of source: String, in sourceText: String, target: String, in targetText: String)
        -> GlossaryEntry.Kind?
    {
        // A given name first is a person, whatever else is near ("Sprecher des Ministeriums Igor …").
        if let first = source.split(separator: " ").first, source.contains(" "),
            NameKey.givenNameGroup(ofWord: String(first)) != nil
        {
            return .person
        }
        let words = (source + " " + target).lowercased().split(separator: " ").map(String.init)
        if words.contains(where: organizationWords.contains)
            || (source.count >= 2 && source.allSatisfy { $0.isUppercase || $0.isNumber })
        {
            return .organization
        }
        for (name, text) in [(source, sourceText), (target, targetText)] {
            guard let range = text.range(of: name) else { continue }
            let after = text[range.upperBound...].split(whereSeparator: { $0.isWhitespace }).first.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            if let after, organizationWords.contains(after) { return .organization }
            let before = text[..<range.lowerBound].split(whereSeparator: { $0.isWhitespace }).last.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            if let before, organizationWords.contains(before) { return .organization }
            if let before, placeWords.contains(before) { return .place }
            if let before, personWords.contains(before) || before.hasSuffix("minister") || before.hasSuffix("sprecher")
            {
                return .person
            }
        }
        return nil
    }

    /// Endings of family names as the German press writes them (Perzowskyj, Hryntschuk,
    /// Demtschenko, Kowalska): a single such word is a person, not a place.
    static let familyNameEndings = [
        "skyj", "skij", "ski", "ska", "zkyj", "enko", "tschuk", "schuk", "juk", "owitsch", "ewitsch", "itsch", "owa",
        "ewa", "jewa", "schwili", "jan",
    ]

    /// The kind most mentions say; without any, a name of several words or with a family-name
    /// ending is a person's, another single word a place's.
    static func decide(_ votes: [GlossaryEntry.Kind: Int], name: String) -> GlossaryEntry.Kind {
        if let best = votes.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }) {
            return best.key
        }
        let folded = name.lowercased()
        return name.contains(" ") || familyNameEndings.contains(where: folded.hasSuffix) ? .person : .place
    }
}

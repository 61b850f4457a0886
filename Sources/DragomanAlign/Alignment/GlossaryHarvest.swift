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
        matcher: NameMatcher = NameMatcher()
    ) throws {
        names = try NameAligner(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, matcher: matcher)
    }

    public func harvest(beads: [Bead], source: [String], target: [String]) -> [HarvestedPair] {
        var found: [String: HarvestedPair] = [:]
        var order: [String] = []
        func record(_ s: String, _ t: String, _ score: Double, example: (String, String)) {
            let key = s + "\u{0}" + t
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
                let scored = targetNames.enumerated().compactMap { index, other -> (Int, Double)? in
                    guard let otherKey = try? NameKey(other.text) else { return nil }
                    return (index, matcher.score(key, otherKey))
                }.filter { $0.1 >= matcher.threshold }.max { $0.1 < $1.1 }
                if let (index, score) = scored {
                    let trimmed = trimmedToMatch(targetNames[index].text, against: key, score: score)
                    record(name.text, trimmed, score, example: (sourceText, targetText))
                    targetNames.remove(at: index)
                } else {
                    unpaired.append(name)
                }
            }
            if unpaired.count == 1 && targetNames.count == 1 {
                record(unpaired[0].text, targetNames[0].text, 0, example: (sourceText, targetText))
            }
        }
        return order.compactMap { key in
            guard var pair = found[key] else { return nil }
            if pair.confidence == 0 {
                // Co-occurrence alone: sure only when it repeats.
                pair.confidence = min(0.8, 0.3 * Double(pair.occurrences))
            }
            return pair
        }
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
                    id: "harvest-" + HarvestEntryID.make(pair.source + "-" + pair.target), kind: .person,
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

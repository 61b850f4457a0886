import DragomanText
import Foundation

/// Proposes how another language's press writes a name: the English forms (BGN/PCGN and press
/// usage) of a name as the German press renders it (Duden conventions: Winnyzja → Vinnytsia,
/// Chmelnyzkyj → Khmelnytskyi), or the German forms of an English rendering, without a
/// glossary entry or a list of candidates.
///
/// The name is rewritten letter sequence by letter sequence with the target press's
/// correspondences (``RewriteRules``, each alternative with a cost), and a beam search keeps the
/// spellings whose rewrite cost plus their unlikeness as a target-language name
/// (``LetterModel``, trained on that language's names) is lowest.
public struct NameRenderer: Sendable {
    public struct Rendering: Sendable, Hashable, Codable {
        public var text: String
        /// The share of the proposals' weight this one has (0…1; the proposals add up to 1).
        public var score: Double

        public init(text: String, score: Double) {
            self.text = text
            self.score = score
        }
    }

    public let source: LanguageCode
    public let target: LanguageCode
    var rules: RewriteRules
    let model: LetterModel
    /// The source language's names: a spelling that looks like them (Irak, Usbekistan in an
    /// English text) is the source's, not the target's.
    let sourceModel: LetterModel?
    /// Hypotheses kept per position of the name.
    public var beamWidth = 64
    /// How much the target-language look counts against the rewrite costs (chosen on the
    /// glossaries' German–English name pairs, each left out of the model it is scored by).
    public var modelWeight = 0.15
    /// Names the target language's dictionaries write (``NameLexicon``): a proposal found there
    /// costs `lexiconBonus` less (chosen on the glossaries' German–English name pairs, each left out:
    /// the share first rose from 0.40 with no bonus to 0.50 at 5 and stays there up to 12).
    public var lexicon: NameLexicon?
    public var lexiconBonus = 5.0

    /// The language pairs there are correspondences for.
    public static let pairs: [(source: LanguageCode, target: LanguageCode)] = [
        (.german, .english), (.english, .german),
    ]

    public init(
        from source: LanguageCode, to target: LanguageCode, model: LetterModel, sourceModel: LetterModel? = nil
    ) throws {
        guard Self.pairs.contains(where: { $0.source == source && $0.target == target }) else {
            throw NameRenderingError.unsupportedPair(source: source, target: target)
        }
        self.source = source
        self.target = target
        rules = try RewriteRules.load(from: source.language, to: target.language)
        self.model = model
        self.sourceModel = sourceModel
    }

    /// The target language's names the model learns from by default: its names of every
    /// territory and of the time zones' exemplar cities in ICU's CLDR data, and `names` (a
    /// glossary's terms in that language), less `excluding` (names under evaluation).
    public static func model(
        for language: LanguageCode, names: [String] = [], excluding: Set<String> = []
    ) throws -> LetterModel {
        var corpus = names
        for code in LocaleData.regionCodes {
            let name = try LocaleData.regionName(code, in: language)
            if name != code { corpus.append(name) }
        }
        for zone in try LocaleData.locationZones() { corpus.append(try LocaleData.exemplarCity(zone, in: language)) }
        let left = Set(excluding.map(LetterModel.normalized))
        return LetterModel(names: corpus.filter { !left.contains(LetterModel.normalized($0)) })
    }

    struct Hypothesis {
        var text: String
        var cost: Double
        var surprise: Double
        /// How much more the spelling looks like the target language's names than like the source's.
        var contrast: Double
        func total(_ weight: Double) -> Double { cost + weight * (surprise - contrast) }
    }

    /// The `top` most plausible target-language forms of `name`, best first.
    public func render(_ name: String, top: Int = 5) -> [Rendering] {
        let cleaned = Self.cleaned(name)
        let letters = Array(cleaned.lowercased())
        guard !letters.isEmpty else { return [] }
        var beams = [[Hypothesis]](repeating: [], count: letters.count + 1)
        beams[0] = [Hypothesis(text: "", cost: 0, surprise: 0, contrast: 0)]
        for index in letters.indices {
            let current = beams[index].sorted { $0.total(modelWeight) < $1.total(modelWeight) }.prefix(beamWidth)
            guard !current.isEmpty else { continue }
            var steps = rules.matches(in: letters, at: index).map { ($0.pattern.count, $0.outputs) }
            if steps.isEmpty {
                steps.append((1, [(Self.plain(letters[index]), 0)]))
            }
            for hypothesis in current {
                for (length, outputs) in steps {
                    for output in outputs {
                        let history = "^" + hypothesis.text
                        beams[index + length].append(
                            Hypothesis(
                                text: hypothesis.text + output.text, cost: hypothesis.cost + output.cost,
                                surprise: hypothesis.surprise + model.cost(of: output.text, after: history),
                                contrast: hypothesis.contrast
                                    + (sourceModel?.cost(of: output.text, after: history) ?? 0)))
                    }
                }
            }
        }
        var best: [String: Double] = [:]
        for hypothesis in beams[letters.count] {
            let text = hypothesis.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !text.isEmpty else { continue }
            let end = model.cost(of: "$", after: "^" + text) - (sourceModel?.cost(of: "$", after: "^" + text) ?? 0)
            var total = hypothesis.cost + modelWeight * (hypothesis.surprise - hypothesis.contrast + end)
            if lexicon?.attests(text) == true { total -= lexiconBonus }
            if total < best[text] ?? .infinity { best[text] = total }
        }
        var ranked = best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        // A name with accents is mostly one written in Latin letters at home, which the other
        // language keeps (Zürich, Reykjavík, Gdańsk are English Zurich, Reykjavik, Gdansk): the
        // name as written, without its accents, is always among the first three.
        let asWritten = Self.folded(cleaned.lowercased())
        if asWritten != cleaned.lowercased(), ranked.prefix(3).allSatisfy({ $0.key != asWritten }) {
            ranked.removeAll { $0.key == asWritten }
            let place = min(2, ranked.count)
            let total = place < ranked.count ? ranked[place].value : (ranked.last?.value ?? 0) + 1
            ranked.insert((key: asWritten, value: total), at: place)
        }
        guard let lowest = ranked.first?.value else { return [] }
        let weights = ranked.map { exp(lowest - $0.value) }
        let sum = weights.reduce(0, +)
        return zip(ranked, weights).prefix(top).map { entry, weight in
            Rendering(text: Self.cased(entry.key, like: cleaned), score: weight / sum)
        }
    }

    /// The name without invisible characters (soft hyphens, zero-width marks), spaces collapsed.
    static func cleaned(_ name: String) -> String {
        let visible = name.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }
        return String(String.UnicodeScalarView(visible)).precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` without accents (Zürich → Zurich).
    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// A letter no rule covers, without its accents (é → e).
    static func plain(_ letter: Character) -> String {
        String(letter).folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// `text` with the capitals of `original`: each word (and each part after a hyphen) starts
    /// with a capital where the original's does, or where the original has no such word.
    static func cased(_ text: String, like original: String) -> String {
        let words = original.split(separator: " ")
        return text.split(separator: " ").enumerated().map { index, word in
            let originalParts = index < words.count ? words[index].split(separator: "-") : []
            // An acronym stays in capitals (SDF, NNA).
            if index < words.count, words[index].count >= 2, words[index].allSatisfy({ $0.isUppercase || !$0.isLetter })
            {
                return word.uppercased()
            }
            return word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { part, piece in
                let upper =
                    part < originalParts.count ? originalParts[part].first?.isUppercase ?? true : true
                return upper ? piece.prefix(1).uppercased() + piece.dropFirst() : String(piece)
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}

public enum NameRenderingError: DragomanError {
    case unsupportedPair(source: LanguageCode, target: LanguageCode)

    public var location: ErrorLocation? { nil }

    public var problem: String {
        switch self {
        case .unsupportedPair(let source, let target):
            "no correspondences from \(source.tag) to \(target.tag) (there are: "
                + NameRenderer.pairs.map { "\($0.source.tag)→\($0.target.tag)" }.joined(separator: ", ") + ")"
        }
    }
}

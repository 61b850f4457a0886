import Foundation

/// The word lists that steer sentence segmentation for one language, read from the
/// `segmentation-LANG.txt` resource files (see their headers for what each section means).
public struct SegmentationRules: Sendable {
    /// Abbreviations never ending a sentence, keyed without spaces, lower-cased, without the final dot.
    public var prefixAbbreviations: Set<String> = []
    public var ambiguousAbbreviations: Set<String> = []
    public var numericAbbreviations: Set<String> = []
    public var finalAbbreviations: Set<String> = []
    /// Words that surely begin a sentence: pronouns, articles, auxiliaries, question words.
    public var sentenceStarters: Set<String> = []
    /// Words that often begin a sentence but also a clause: conjunctions, adverbs, prepositions.
    public var clauseStarters: Set<String> = []
    public var months: Set<String> = []
    public var ordinalContext: Set<String> = []
    /// Endings of inflected adjectives, after which "NUMBER." is an ordinal.
    public var adjectiveEndings: [String] = []
    /// Lower-case words with an adjective ending that are not adjectives (gegen, über, …).
    public var notOrdinalContext: Set<String> = []

    /// Rules with no word lists: plain ICU behaviour plus the language-independent rules.
    public static let empty = SegmentationRules()

    /// The shipped rules for a language, or `nil` when Dragoman has none for it.
    public static func shipped(for language: LanguageCode) -> SegmentationRules? {
        SectionedWordList.resource("segmentation-\(language.language)").map(SegmentationRules.init(list:))
    }

    private init() {}

    /// Parses the resource format: `[section]` headers, white-space separated entries, `#` comments.
    public init(parsing text: String) {
        self.init(list: SectionedWordList(parsing: text))
    }

    init(list: SectionedWordList) {
        for (section, entries) in list.sections {
            for entry in entries {
                let key = Self.key(entry)
                guard !key.isEmpty else { continue }
                switch section {
                case "prefix": prefixAbbreviations.insert(key)
                case "ambiguous": ambiguousAbbreviations.insert(key)
                case "numeric": numericAbbreviations.insert(key)
                case "final": finalAbbreviations.insert(key)
                case "starters": sentenceStarters.insert(key)
                case "clause-starters": clauseStarters.insert(key)
                case "months": months.insert(key)
                case "ordinal-context": ordinalContext.insert(key)
                case "adjective-endings": adjectiveEndings.append(key)
                case "not-ordinal-context": notOrdinalContext.insert(key)
                default: continue
                }
            }
        }
    }

    /// The lookup key of an abbreviation or word: lower-cased, without spaces and final dot.
    static func key(_ entry: some StringProtocol) -> String {
        var key = entry.lowercased().replacingOccurrences(of: " ", with: "")
        while key.hasSuffix(".") { key.removeLast() }
        return key
    }
}

import DragomanStore

/// An English summary of a document: a few of its units in article order, each rendered in
/// the best English the project has for it, with the source segments it comes from, where its
/// English came from and which glossary replacements were made; and a digest of the people,
/// places and organisations the article names.
public struct Summary: Codable, Sendable {
    /// Where a sentence's English came from, best first.
    public enum EnglishSource: String, Codable, Sendable {
        case approved
        case reviewed
        /// Translated by a person (typed, or a translation-memory match accepted).
        case translated
        /// Taken from an aligned translation of the article.
        case aligned
        case machineTranslation = "machine-translation"

        /// The source of a unit's current target, if it has one.
        public init?(unit: TranslationUnit) {
            guard let target = unit.target, !target.trimmingWhitespace.isEmpty else { return nil }
            switch (unit.status, unit.origin) {
            case (.approved, _): self = .approved
            case (.reviewed, _): self = .reviewed
            case (_, .aligned): self = .aligned
            case (_, .machineTranslation): self = .machineTranslation
            default: self = .translated
            }
        }

        public var label: String {
            switch self {
            case .approved: "approved translation"
            case .reviewed: "reviewed translation"
            case .translated: "translator’s translation"
            case .aligned: "aligned translation"
            case .machineTranslation: "machine-translation draft"
            }
        }
    }

    public struct Replacement: Codable, Sendable, Hashable {
        public var found: String
        public var replacement: String
        /// deprecated, source-language or variant (``TermUsage/Correction/Reason``).
        public var reason: String
        public var entry: String
    }

    public struct Sentence: Codable, Sendable {
        public var unit: Int64
        /// The source segments the sentence comes from (project segment ids, or indices of the
        /// source file's segments when summarising a file).
        public var segments: [Int64]
        public var source: String
        /// The English, verbatim but for `replacements`; nil when the unit has none.
        public var english: String?
        public var englishSource: EnglishSource?
        public var replacements: [Replacement]
        public var score: Double
    }

    public struct Entity: Codable, Sendable {
        public var entry: String
        public var kind: String
        /// The preferred English name.
        public var name: String
        public var role: String?
        /// "article" when the article gives the role (the words before the name in its English:
        /// "Kremlin spokesman"), "glossary" when it comes from the glossary.
        public var roleSource: String?
        public var mentions: Int
        /// How the source writes it, as found.
        public var sourceForms: [String]
    }

    public var document: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var sentences: [Sentence]
    public var entities: [Entity]
    /// How the sentences were chosen, in a sentence a reader can check.
    public var method: String
    /// The date the roles in `entities` are as of (`YYYY-MM-DD`, or coarser): given, or the
    /// latest the article names; nil for roles of today.
    public var rolesAsOf: String?

    /// Sentences chosen for which the project has no English.
    public var untranslated: Int { sentences.filter { $0.english == nil }.count }

    /// What to do when English is missing.
    public static let howToGetEnglish =
        "add a translation (`--translation FILE`, or `dragoman add … --translation`), translate the units "
        + "(`dragoman translate`), or draft them by machine (`dragoman mt --engine apertium|command`)"
}

import DragomanText

/// A name glossary (termbase): concept entries, each with terms in several languages.
///
/// Concept-oriented as in TBX: one entry per person, place, organisation or general term;
/// per language, terms that are preferred, admitted or deprecated (must not appear in a
/// translation), with their inflected and derived forms.
public struct Glossary: Hashable, Sendable {
    public var title: String
    public var entries: [GlossaryEntry]

    public init(title: String = "", entries: [GlossaryEntry] = []) {
        self.title = title
        self.entries = entries
    }

    /// The entry with this identifier.
    public func entry(id: String) -> GlossaryEntry? { entries.first { $0.id == id } }

    /// Every language that has a term in the glossary, sorted.
    public var languages: [LanguageCode] {
        Array(Set(entries.flatMap { $0.terms.map(\.language) })).sorted { $0.tag < $1.tag }
    }
}

/// One concept: a person, place, organisation or general term.
public struct GlossaryEntry: Hashable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable {
        case person, place, organization, term
    }

    public var id: String
    public var kind: Kind
    public var terms: [Term]
    /// A role or description per language ("Kremlin spokesman", "Kremlsprecher").
    public var roles: [LanguageCode: String]
    /// Roles held for a time, in the order given ("Foreign Minister of Germany" from 2021-12-08
    /// until 2025-05-06): a text of that time gets them (`role(in:on:)`), not today's "former …".
    public var datedRoles: [DatedRole]
    public var note: String?
    public var source: String?

    public init(
        id: String, kind: Kind, terms: [Term] = [], roles: [LanguageCode: String] = [:],
        datedRoles: [DatedRole] = [], note: String? = nil, source: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.terms = terms
        self.roles = roles
        self.datedRoles = datedRoles
        self.note = note
        self.source = source
    }

    /// The terms in one language (matching the primary language subtag).
    public func terms(in language: LanguageCode) -> [Term] {
        terms.filter { $0.language.language == language.language }
    }

    /// The preferred term in a language: the first preferred one, else the first admitted.
    public func preferredTerm(in language: LanguageCode) -> Term? {
        let candidates = terms(in: language)
        return candidates.first { $0.status == .preferred } ?? candidates.first { $0.status == .admitted }
    }
}

/// A term of an entry in one language.
public struct Term: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case preferred, admitted, deprecated
    }

    /// How the term relates to the concept's name (TBX termType).
    public enum TermType: String, CaseIterable, Sendable {
        case fullForm, acronym, abbreviation, shortForm, variant
    }

    public enum PartOfSpeech: String, CaseIterable, Sendable {
        case noun, adjective, verb, adverb, other
    }

    public var language: LanguageCode
    public var text: String
    public var status: Status
    public var type: TermType
    public var partOfSpeech: PartOfSpeech
    /// Inflected and derived forms that stand for the term in running text ("Pjöngjangs",
    /// "nordkoreanische", "Kremlsprecher").
    public var forms: [String]

    public init(
        language: LanguageCode, text: String, status: Status = .preferred, type: TermType = .fullForm,
        partOfSpeech: PartOfSpeech = .noun, forms: [String] = []
    ) {
        self.language = language
        self.text = text
        self.status = status
        self.type = type
        self.partOfSpeech = partOfSpeech
        self.forms = forms
    }
}

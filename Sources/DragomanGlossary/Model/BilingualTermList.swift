import DragomanText

/// A glossary seen from one language pair, as the bilingual files other tools read (OmegaT's
/// glossary, a term-base CSV): rows of a source term, its preferred target, the admitted target
/// variants and a description. Such a file carries part of an entry only, so importing it updates
/// the parts it carries and keeps the rest (`Glossary.update(from:)`).
public struct BilingualTermList: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// 1-based line in the file, for messages.
        public var line: Int
        /// The entry's id when the file carries it.
        public var entry: String?
        public var source: String
        public var target: String
        /// Admitted target variants; nil when the format does not carry them (OmegaT).
        public var variants: [String]?
        /// The role or note shown to translators; nil when the file has no such column.
        public var description: String?

        public init(
            line: Int, entry: String? = nil, source: String, target: String, variants: [String]? = nil,
            description: String? = nil
        ) {
            self.line = line
            self.entry = entry
            self.source = source
            self.target = target
            self.variants = variants
            self.description = description
        }
    }

    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    /// The glossary's title, where the format has a place for it.
    public var title = ""
    public var rows: [Row]
    /// Whether every source term an entry has (but deprecated ones) is a row, so that a missing
    /// row means a removed term (true for the term-base CSV, false for OmegaT's glossary, whose
    /// rows also hold inflected forms and where a row may have been dropped for any reason).
    public var rowsAreAllSourceTerms: Bool

    public init(
        sourceLanguage: LanguageCode, targetLanguage: LanguageCode, rows: [Row] = [],
        rowsAreAllSourceTerms: Bool
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.rows = rows
        self.rowsAreAllSourceTerms = rowsAreAllSourceTerms
    }
}

extension BilingualTermList {
    /// The list written from a glossary: one row per source term that is not deprecated
    /// (preferred first) and, with `forms`, one per inflected form after it; entries without a
    /// term in both languages have no rows.
    public init(_ glossary: Glossary, from source: LanguageCode, to target: LanguageCode, forms: Bool) {
        self.init(sourceLanguage: source, targetLanguage: target, rowsAreAllSourceTerms: !forms)
        title = glossary.title
        for entry in glossary.entries {
            guard let preferred = entry.preferredTerm(in: target) else { continue }
            let variants = Self.variants(of: entry, in: target, besides: preferred.text)
            let description = Self.description(of: entry, in: target)
            for term in Self.sourceTerms(of: entry, in: source) {
                for text in [term.text] + (forms ? term.forms : []) {
                    rows.append(
                        Row(
                            line: rows.count + 1, entry: entry.id, source: text, target: preferred.text,
                            variants: variants, description: description))
                }
            }
        }
    }

    /// What a bilingual file shows as an entry's description: its role in the target language,
    /// else its note.
    static func description(of entry: GlossaryEntry, in target: LanguageCode) -> String {
        entry.roles[target] ?? entry.note ?? ""
    }

    /// An entry's admitted target terms that a bilingual file lists as variants of `preferred`.
    static func variants(of entry: GlossaryEntry, in target: LanguageCode, besides preferred: String?) -> [String] {
        entry.terms(in: target).filter { $0.status == .admitted && $0.text != preferred }.map(\.text)
    }

    /// An entry's source terms that a bilingual file lists: preferred first, then admitted.
    static func sourceTerms(of entry: GlossaryEntry, in source: LanguageCode) -> [Term] {
        let terms = entry.terms(in: source)
        return terms.filter { $0.status == .preferred } + terms.filter { $0.status == .admitted }
    }

    /// The rows as a glossary of their own: rows of one entry id (or, without ids, consecutive
    /// rows with the same target) make one entry, the first row's source its preferred term.
    public var glossary: Glossary {
        var glossary = Glossary(title: title)
        for group in groups() {
            glossary.entries.append(Self.entry(from: group, id: group[0].entry ?? "", in: self))
        }
        var used = Set(glossary.entries.map(\.id).filter { !$0.isEmpty })
        for index in glossary.entries.indices where glossary.entries[index].id.isEmpty {
            glossary.entries[index].id = Self.newID(for: glossary.entries[index].terms[0].text, avoiding: &used)
        }
        return glossary
    }

    /// Rows grouped by entry id; rows without one by runs of the same target.
    func groups() -> [[Row]] {
        var groups: [[Row]] = []
        var positions: [String: Int] = [:]
        for row in rows {
            if let id = row.entry, !id.isEmpty {
                if let position = positions[id] {
                    groups[position].append(row)
                } else {
                    positions[id] = groups.count
                    groups.append([row])
                }
            } else if let last = groups.last?.last, (last.entry ?? "").isEmpty, last.target == row.target {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        return groups
    }

    static func entry(from rows: [Row], id: String, in list: BilingualTermList) -> GlossaryEntry {
        var entry = GlossaryEntry(id: id, kind: .term)
        var seen = Set<String>()
        for row in rows where seen.insert(row.source).inserted {
            entry.terms.append(
                Term(language: list.sourceLanguage, text: row.source, status: seen.count == 1 ? .preferred : .admitted))
        }
        let first = rows[0]
        entry.terms.append(Term(language: list.targetLanguage, text: first.target))
        for variant in first.variants ?? [] where variant != first.target {
            entry.terms.append(Term(language: list.targetLanguage, text: variant, status: .admitted))
        }
        if let description = first.description, !description.isEmpty {
            entry.roles[list.targetLanguage] = description
        }
        return entry
    }

    /// An id made from a term ("Wladimir Putin" → "wladimir-putin"), unique among `used`.
    static func newID(for text: String, avoiding used: inout Set<String>) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        if slug.isEmpty { slug = "term" }
        var candidate = slug
        var number = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}

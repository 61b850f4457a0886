import DragomanText

extension Glossary {
    /// Adds the entries of `other`: an entry whose id is already present gains the terms,
    /// roles, note and source it lacks; other entries are appended.
    ///
    /// - Returns: how many entries were added and how many were extended.
    @discardableResult
    public mutating func merge(_ other: Glossary) -> (added: Int, extended: Int) {
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { positions[entry.id] = index }
        var added = 0
        var extended = 0
        for entry in other.entries {
            guard let position = positions[entry.id] else {
                positions[entry.id] = entries.count
                entries.append(entry)
                added += 1
                continue
            }
            var existing = entries[position]
            let before = existing
            for term in entry.terms
            where !existing.terms.contains(where: { $0.language == term.language && $0.text == term.text }) {
                existing.terms.append(term)
            }
            for (language, role) in entry.roles where existing.roles[language] == nil {
                existing.roles[language] = role
            }
            for role in entry.datedRoles where !existing.datedRoles.contains(role) {
                existing.datedRoles.append(role)
            }
            existing.note = existing.note ?? entry.note
            existing.source = existing.source ?? entry.source
            if existing != before {
                entries[position] = existing
                extended += 1
            }
        }
        return (added, extended)
    }

    /// Removes the entry with this id; returns whether there was one.
    @discardableResult
    public mutating func remove(id: String) -> Bool {
        guard let index = entries.firstIndex(where: { $0.id == id }) else { return false }
        entries.remove(at: index)
        return true
    }
}

extension GlossaryEntry {
    /// An entry as a translator names it: the first term given in each language is its preferred
    /// term there and later ones are admitted; deprecated terms (forms that must not appear in a
    /// translation) are marked so.
    public init(
        id: String, kind: Kind, terms: [(LanguageCode, String)], deprecated: [(LanguageCode, String)] = [],
        roles: [LanguageCode: String] = [:]
    ) {
        self.init(id: id, kind: kind, roles: roles)
        var seenLanguages = Set<LanguageCode>()
        for (language, text) in terms {
            let status: Term.Status = seenLanguages.insert(language).inserted ? .preferred : .admitted
            self.terms.append(Term(language: language, text: text, status: status))
        }
        for (language, text) in deprecated {
            self.terms.append(Term(language: language, text: text, status: .deprecated))
        }
    }
}

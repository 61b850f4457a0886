import DragomanText

/// One change an import made to an entry, as the import reports it.
public struct GlossaryChange: Hashable, Sendable, CustomStringConvertible {
    public var entry: String
    /// The language the change is in; nil for the entry as a whole.
    public var language: LanguageCode?
    public var change: String
    /// Whether the change adds the entry (rather than changing one the glossary had).
    public var addsEntry: Bool

    public init(entry: String, language: LanguageCode? = nil, change: String, addsEntry: Bool = false) {
        self.entry = entry
        self.language = language
        self.change = change
        self.addsEntry = addsEntry
    }

    static func added(_ entry: GlossaryEntry) -> GlossaryChange {
        GlossaryChange(entry: entry.id, change: "added (\(entry.kind.rawValue): \(entry.headline))", addsEntry: true)
    }

    public var description: String { "\(entry)\(language.map { " [\($0.tag)]" } ?? ""): \(change)" }
}

extension Glossary {
    /// Imports a complete glossary (TBX, the glossary CSV) edited elsewhere: an entry whose id is
    /// present takes the incoming terms of every language the incoming entry has (so a renamed,
    /// re-ranked or removed term comes back as such), its roles in those languages, and its kind,
    /// note and source where the file states them; languages the file leaves out are kept. Other
    /// entries are added.
    ///
    /// Unlike `merge(_:)`, which only adds what an entry lacks, this is how a terminologist's
    /// edits come back.
    ///
    /// - Returns: every change, in file order.
    ///
    /// - Parameter idsAreXMLIDs: the file is TBX, whose writers made ids XML names
    ///   (`GlossaryTBX.xmlID`, `a b` → `a_b`, a second `a_b` → `a_b_2`); its ids are matched to
    ///   the entries they were written for.
    public mutating func update(from incoming: Glossary, idsAreXMLIDs: Bool = false) -> [GlossaryChange] {
        var positions = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var written: [String: Int] = [:]
        if idsAreXMLIDs {
            var used = Set<String>()
            for (position, entry) in entries.enumerated() {
                written[GlossaryTBX.uniqueID(GlossaryTBX.xmlID(entry.id), used: &used)] = position
            }
        }
        var changes: [GlossaryChange] = []
        for var new in incoming.entries {
            if let position = written[new.id] { new.id = entries[position].id }
            guard let position = positions[new.id] else {
                positions[new.id] = entries.count
                entries.append(new)
                changes.append(.added(new))
                continue
            }
            var entry = entries[position]
            // A file without a kind reads as `term`: that is no statement about the kind.
            if new.kind != .term && new.kind != entry.kind {
                changes.append(
                    GlossaryChange(entry: entry.id, change: "kind \(entry.kind.rawValue) → \(new.kind.rawValue)"))
                entry.kind = new.kind
            }
            if let note = new.note, note != entry.note {
                changes.append(GlossaryChange(entry: entry.id, change: "note \(quoted(entry.note)) → \(quoted(note))"))
                entry.note = note
            }
            if let source = new.source, source != entry.source {
                changes.append(
                    GlossaryChange(entry: entry.id, change: "source \(quoted(entry.source)) → \(quoted(source))"))
                entry.source = source
            }
            for language in new.languagesInOrder {
                changes += entry.replaceTerms(in: language, with: new.terms.filter { $0.language == language })
                if let role = new.roles[language], role != entry.roles[language] {
                    changes.append(
                        GlossaryChange(
                            entry: entry.id, language: language,
                            change: "role \(quoted(entry.roles[language])) → \(quoted(role))"))
                    entry.roles[language] = role
                }
                let dated = new.datedRoles.filter { $0.language == language }
                let before = entry.datedRoles.filter { $0.language == language }
                if !dated.isEmpty && dated != before {
                    changes.append(
                        GlossaryChange(
                            entry: entry.id, language: language,
                            change: "dated roles \(DatedRole.listed(before)) → \(DatedRole.listed(dated))"))
                    entry.datedRoles.removeAll { $0.language == language }
                    entry.datedRoles += dated
                }
            }
            entries[position] = entry
        }
        return changes
    }

    /// Imports a bilingual term list (OmegaT's glossary, the term-base CSV) edited elsewhere.
    ///
    /// Rows find their entry by id where the file has ids, else by their source term (any term
    /// or inflected form of an entry in the source language). For a found entry the rows'
    /// preferred target replaces the current one (an existing term of the entry is promoted, the
    /// old preferred kept as admitted; a new text renames the old preferred term), their variants
    /// (where the format has them) become the admitted target terms, their description the
    /// target-language role, and their source terms the entry's source terms (all of them where
    /// every source term is a row; else new ones are added). Deprecated terms are never touched:
    /// bilingual files do not carry them. Rows that find no entry become new entries.
    ///
    /// - Throws: `FileFormatError` naming the lines when rows of one entry disagree.
    public mutating func update(from list: BilingualTermList, file: String) throws -> [GlossaryChange] {
        var byID: [String: Int] = [:]
        var bySource: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            if byID[entry.id] == nil { byID[entry.id] = position }
            for term in entry.terms(in: list.sourceLanguage) {
                for text in Set([term.text] + term.forms) { bySource[text, default: []].append(position) }
            }
        }
        /// The entry a row without an id belongs to: the one with its source term; of several
        /// (a country and its capital may share a name), the one whose preferred target it gives.
        func match(_ row: BilingualTermList.Row) -> Int? {
            guard let candidates = bySource[row.source] else { return nil }
            return candidates.first { entries[$0].preferredTerm(in: list.targetLanguage)?.text == row.target }
                ?? candidates.first
        }
        var assigned: [Int: [BilingualTermList.Row]] = [:]
        var order: [Int] = []
        var newGroups: [[BilingualTermList.Row]] = []
        func assign(_ rows: [BilingualTermList.Row], to position: Int) {
            if assigned[position] == nil { order.append(position) }
            assigned[position, default: []] += rows
        }
        for group in list.groups() {
            if let id = group[0].entry, !id.isEmpty {
                guard let position = byID[id] else {
                    newGroups.append(group)
                    continue
                }
                // An id pasted onto another entry's row would move that term between entries.
                for row in group {
                    if let owners = bySource[row.source], !owners.contains(position) {
                        throw FileFormatError(
                            file: file, line: row.line,
                            problem:
                                "the row names entry \(id), but \"\(row.source)\" is a term of entry \(entries[owners[0]].id); correct the id or the term"
                        )
                    }
                }
                assign(group, to: position)
                continue
            }
            let matches = Set(group.compactMap(match))
            if matches.count == 1, let position = matches.first {
                assign(group, to: position)
            } else {
                for row in group { if let position = match(row) { assign([row], to: position) } }
                let unmatched = group.filter { match($0) == nil }
                if !unmatched.isEmpty { newGroups.append(unmatched) }
            }
        }
        var changes: [GlossaryChange] = []
        for position in order {
            changes += try entries[position].update(from: assigned[position]!, of: list, file: file)
        }
        var used = Set(entries.map(\.id))
        for group in newGroups {
            try Self.checkAgreement(group, file: file)
            let id = group[0].entry.flatMap { $0.isEmpty ? nil : $0 }
            let entry = BilingualTermList.entry(
                from: group, id: id ?? BilingualTermList.newID(for: group[0].source, avoiding: &used), in: list)
            used.insert(entry.id)
            entries.append(entry)
            changes.append(.added(entry))
        }
        return changes
    }

    /// Rows of a new entry must agree on everything but their source term, and one source term
    /// has one target.
    static func checkAgreement(_ rows: [BilingualTermList.Row], file: String) throws {
        _ = try agreed(rows, of: "target", in: file, current: nil) { $0.target }
        _ = try agreed(rows.filter { $0.variants != nil }, of: "variant list", in: file, current: nil) { $0.variants }
        _ = try agreed(rows.filter { $0.description != nil }, of: "description", in: file, current: nil) {
            $0.description
        }
    }

    /// Two rows with one source term and different targets.
    static func checkSourcesHaveOneTarget(_ rows: [BilingualTermList.Row], file: String) throws {
        var seen: [String: BilingualTermList.Row] = [:]
        for row in rows {
            if let earlier = seen[row.source], earlier.target != row.target {
                throw FileFormatError(
                    file: file, line: row.line,
                    problem:
                        "lines \(earlier.line) and \(row.line) give \"\(row.source)\" two different targets; keep one")
            }
            seen[row.source] = row
        }
    }

    /// The one value the rows give, or the current one when they all repeat it (nil for no rows
    /// and no current value).
    ///
    /// - Throws: when rows give two different new values.
    static func agreed<Value: Equatable>(
        _ rows: [BilingualTermList.Row], of what: String, in file: String, current: Value?,
        _ value: (BilingualTermList.Row) -> Value
    ) throws -> Value? {
        var found: (row: BilingualTermList.Row, value: Value)?
        for row in rows {
            let candidate = value(row)
            if candidate == current { continue }
            if let found, found.value != candidate {
                throw FileFormatError(
                    file: file, line: row.line,
                    problem:
                        "lines \(found.row.line) and \(row.line) give one entry two different \(what)s; keep one")
            }
            found = (row, candidate)
        }
        return found?.value ?? current ?? rows.first.map(value)
    }
}

extension GlossaryEntry {
    /// The entry as a report names it: its first preferred term.
    var headline: String { terms.first { $0.status == .preferred }?.text ?? terms.first?.text ?? id }

    /// The entry's languages in the order of their first term.
    var languagesInOrder: [LanguageCode] {
        var languages: [LanguageCode] = []
        for term in terms where !languages.contains(term.language) { languages.append(term.language) }
        return languages
    }

    fileprivate mutating func update(
        from rows: [BilingualTermList.Row], of list: BilingualTermList, file: String
    ) throws -> [GlossaryChange] {
        var changes: [GlossaryChange] = []
        let source = list.sourceLanguage
        let target = list.targetLanguage
        try Glossary.checkSourcesHaveOneTarget(rows, file: file)
        let currentTarget = preferredTerm(in: target)?.text
        let newTarget = try Glossary.agreed(rows, of: "target", in: file, current: currentTarget) { $0.target } ?? ""
        let withVariants = rows.filter { $0.variants != nil }
        if !withVariants.isEmpty {
            let currentVariants = BilingualTermList.variants(of: self, in: target, besides: currentTarget)
            let variants =
                try Glossary.agreed(withVariants, of: "variant list", in: file, current: currentVariants) {
                    $0.variants ?? []
                } ?? []
            if newTarget != currentTarget || variants != currentVariants {
                changes += replaceTerms(
                    in: target, preferred: [newTarget] + variants.filter { $0 != newTarget }, removingOthers: true)
            }
        } else if newTarget != currentTarget {
            changes += replaceTerms(in: target, preferred: [newTarget], removingOthers: false)
        }
        var sources: [String] = []
        for row in rows where !sources.contains(row.source) { sources.append(row.source) }
        if list.rowsAreAllSourceTerms {
            changes += replaceTerms(in: source, preferred: sources, removingOthers: true)
        } else {
            let known = Set(terms(in: source).flatMap { [$0.text] + $0.forms })
            for text in sources where !known.contains(text) {
                terms.append(Term(language: source, text: text, status: .admitted))
                changes.append(GlossaryChange(entry: id, language: source, change: "admitted \"\(text)\" added"))
            }
        }
        let currentDescription = BilingualTermList.description(of: self, in: target)
        let described = rows.filter { $0.description != nil }
        let description =
            try Glossary.agreed(described, of: "description", in: file, current: currentDescription) {
                $0.description ?? ""
            } ?? ""
        if !described.isEmpty && description != currentDescription {
            changes.append(
                GlossaryChange(
                    entry: id, language: target,
                    change: "role \(quoted(currentDescription)) → \(quoted(description))"))
            if !description.isEmpty {
                roles[target] = description
            } else if roles[target] != nil {
                roles[target] = nil
            } else {
                note = nil
            }
        }
        return changes
    }

    /// Makes `texts` the language's preferred (the first) and admitted terms, keeping what the
    /// matching terms knew (type, part of speech, forms) and every deprecated term. A first text
    /// that is no term yet renames the old preferred term (its forms, which belonged to the old
    /// spelling, are dropped). Other terms are removed with `removingOthers`, else kept as
    /// admitted.
    fileprivate mutating func replaceTerms(
        in language: LanguageCode, preferred texts: [String], removingOthers: Bool
    ) -> [GlossaryChange] {
        let current = terms.filter { $0.language == language }
        let oldPreferred = current.first { $0.status == .preferred }
        var renamed: String?
        var result: [Term] = []
        for (index, text) in texts.enumerated() where !result.contains(where: { $0.text == text }) {
            let status: Term.Status = index == 0 ? .preferred : .admitted
            if var term = current.first(where: { $0.text == text }) {
                term.status = status
                result.append(term)
            } else if index == 0, var term = oldPreferred, !texts.contains(term.text) {
                renamed = term.text
                term.text = text
                term.forms = []
                result.append(term)
            } else {
                result.append(Term(language: language, text: text, status: status))
            }
        }
        for var term in current where !result.contains(where: { $0.text == term.text }) && term.text != renamed {
            if term.status == .deprecated {
                result.append(term)
            } else if !removingOthers {
                term.status = .admitted
                result.append(term)
            }
        }
        return replaceTerms(in: language, with: result)
    }

    /// Replaces the language's terms with `new` where they differ (order aside), reporting how.
    fileprivate mutating func replaceTerms(in language: LanguageCode, with new: [Term]) -> [GlossaryChange] {
        let current = terms.filter { $0.language == language }
        func key(_ term: Term) -> String { "\(term.text)\u{1}\(term.status)\u{1}\(term.type)\u{1}\(term.partOfSpeech)" }
        let sameTerms =
            current.map(key).sorted() == new.map(key).sorted()
            && current.map { [$0.text] + $0.forms }.sorted { $0.joined() < $1.joined() }
                == new.map { [$0.text] + $0.forms }.sorted { $0.joined() < $1.joined() }
        guard !sameTerms else { return [] }
        let changes = Self.differences(from: current, to: new).map {
            GlossaryChange(entry: id, language: language, change: $0)
        }
        if let first = terms.firstIndex(where: { $0.language == language }) {
            terms.removeAll { $0.language == language }
            terms.insert(contentsOf: new, at: min(first, terms.count))
        } else {
            terms += new
        }
        return changes
    }

    /// How one language's terms changed, by their texts: one removed and one added term of the
    /// same status read as a rename.
    static func differences(from old: [Term], to new: [Term]) -> [String] {
        var removed = old.filter { term in !new.contains { $0.text == term.text } }
        var added = new.filter { term in !old.contains { $0.text == term.text } }
        var lines: [String] = []
        for status in Term.Status.allCases {
            let gone = removed.filter { $0.status == status }
            let come = added.filter { $0.status == status }
            guard gone.count == 1, come.count == 1 else { continue }
            lines.append("\(status.rawValue) \(quoted(gone[0].text)) → \(quoted(come[0].text))")
            removed.removeAll { $0 == gone[0] }
            added.removeAll { $0 == come[0] }
        }
        lines += removed.map { "\($0.status.rawValue) \(quoted($0.text)) removed" }
        lines += added.map { "\($0.status.rawValue) \(quoted($0.text)) added" }
        for term in new {
            guard let before = old.first(where: { $0.text == term.text }) else { continue }
            if before.status != term.status {
                lines.append("\(quoted(term.text)) \(before.status.rawValue) → \(term.status.rawValue)")
            }
            if before.type != term.type {
                lines.append("\(quoted(term.text)) type \(before.type.rawValue) → \(term.type.rawValue)")
            }
            if before.partOfSpeech != term.partOfSpeech {
                lines.append(
                    "\(quoted(term.text)) part of speech \(before.partOfSpeech.rawValue) → \(term.partOfSpeech.rawValue)"
                )
            }
            if before.forms != term.forms {
                lines.append(
                    "\(quoted(term.text)) forms \(quoted(before.forms.joined(separator: " | "))) → \(quoted(term.forms.joined(separator: " | ")))"
                )
            }
        }
        return lines
    }
}

/// A value in quotes for a report; "none" when absent or empty.
private func quoted(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "none" }
    return "\"\(text)\""
}

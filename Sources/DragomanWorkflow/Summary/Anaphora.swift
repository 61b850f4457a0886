import DragomanGlossary
import DragomanStore
import DragomanText

/// Pronouns that point back to something an earlier sentence named. A summary sentence that
/// starts with one ("He also noted …") or gives its quotation to one (", he said") reads as
/// an orphan when the sentence before it in the article is not in the summary.
enum Anaphora {
    enum Referent {
        /// he, she, er: a person.
        case person
        /// they, it, sie, es: a person, an organisation or a place.
        case named
        /// this, these, dies: an event or a statement, which no name stands for.
        case statement
    }

    static let leading: [String: [String: Referent]] = [
        "en": [
            "he": .person, "she": .person, "his": .person, "her": .person, "they": .named, "their": .named,
            "it": .named, "its": .named, "this": .statement, "these": .statement, "those": .statement,
        ],
        "de": [
            "er": .person, "sein": .person, "seine": .person, "ihr": .named, "ihre": .named, "sie": .named,
            "es": .named, "dies": .statement, "diese": .statement, "dieser": .statement, "dieses": .statement,
            "das": .statement,
        ],
    ]

    /// The pronoun a text starts with, and what it needs; nil for an expletive "it" ("It is
    /// unclear whether …") and for "this"/"das" followed by a noun it qualifies ("This treaty …"
    /// still needs the sentence before; "Das Treffen" does not, being an article).
    static func leadingPronoun(_ text: String, language: LanguageCode) -> (word: String, referent: Referent)? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).prefix(3).map {
            $0.trimmingCharacters(in: .punctuationCharacters)
        }
        guard let first = words.first, let referent = leading[language.language]?[first.lowercased()] else {
            return nil
        }
        let next = words.count > 1 ? words[1].lowercased() : ""
        if language.language == "en", first.lowercased() == "it",
            ["is", "was", "has", "had", "seems", "remains"]
                .contains(next),
            words.count > 2, words[2].first?.isLowercase == true, !["not"].contains(words[2])
        {
            return nil
        }
        // German "das"/"die" are articles before a capitalised noun.
        if language.language == "de", ["das", "diese", "dieser", "dieses"].contains(first.lowercased()),
            words.count > 1, words[1].first?.isUppercase == true, first.lowercased() == "das"
        {
            return nil
        }
        return (String(first), referent)
    }

    /// A quotation given to a pronoun: ", he said", "“…,” she added", ", sagte er".
    static var attribution: Regex<(Substring, Substring, Substring)> {
        /[,”“"]\s*(he|she)\s+(said|added|told|stressed|warned|wrote|explained)\b/
    }
}

extension Summarizer {
    /// Makes the chosen sentences stand on their own: a sentence that starts with a pronoun
    /// (or gives its quotation to one) whose referent the summary lacks either names it in
    /// brackets ("[Dmitry Peskov] also noted …"), marked as an editorial insertion, when the
    /// glossary names the person or organisation the sentences before it were about, or brings
    /// the sentence before it into the summary.
    ///
    /// - Returns: the chosen indices (possibly more) and, per index, the bracketed insertions.
    func resolveReferences(
        chosen: [Int], units: [TranslationUnit], matches: [[TermMatch]]
    ) -> (chosen: [Int], insertions: [Int: [Summary.Replacement]]) {
        var result = Set(chosen)
        var insertions: [Int: [Summary.Replacement]] = [:]
        for index in chosen.sorted() where index > 0 && !result.contains(index - 1) {
            let unit = units[index]
            let english = unit.target.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
            let text = english ?? unit.source
            let language = english == nil ? usage.sourceLanguage : usage.targetLanguage
            if let (word, referent) = Anaphora.leadingPronoun(text, language: language) {
                if referent != .statement,
                    let (id, name) = self.referent(before: index, person: referent == .person, matches: matches)
                {
                    insertions[index, default: []].append(
                        Summary.Replacement(found: word, replacement: "[\(name)]", reason: "referent", entry: id))
                } else {
                    result.insert(index - 1)
                }
                continue
            }
            if language.language == "en", let said = text.firstMatch(of: Anaphora.attribution) {
                if let (id, name) = self.referent(before: index, person: true, matches: matches) {
                    insertions[index, default: []].append(
                        Summary.Replacement(
                            found: String(said.output.1), replacement: "[\(name)]", reason: "referent", entry: id))
                } else {
                    result.insert(index - 1)
                }
            }
        }
        return (result.sorted(), insertions)
    }

    /// The glossary person (or, when `person` is false, person or organisation) the nearest of
    /// the three units before `index` names last, with its preferred target-language name.
    func referent(before index: Int, person: Bool, matches: [[TermMatch]]) -> (id: String, name: String)? {
        for previous in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            for match in matches[previous].reversed() {
                guard let id = match.entryID, match.kind != .unknownName, let kind = match.entryKind,
                    kind == .person || (!person && kind == .organization),
                    let name = usage.entry(id: id)?.preferredTerm(in: usage.targetLanguage)?.text
                else { continue }
                return (id, name)
            }
        }
        return nil
    }

    /// `text` with the first whole-word occurrence of each insertion's word replaced.
    static func insert(_ insertions: [Summary.Replacement], into text: String) -> String {
        var text = text
        for insertion in insertions {
            var search = text.startIndex..<text.endIndex
            while let found = text.range(of: insertion.found, range: search) {
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) {
                    text.replaceSubrange(found, with: insertion.replacement)
                    break
                }
                search = found.upperBound..<text.endIndex
            }
        }
        return text
    }
}

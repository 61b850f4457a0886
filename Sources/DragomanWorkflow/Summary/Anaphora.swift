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
        /// his, her, sein: a person's.
        case personPossessive
        /// it, they, es: an organisation or a place.
        case thing
        /// its, their: an organisation's or a place's.
        case thingPossessive
        /// this, these, dies: an event or a statement, which no name stands for.
        case statement

        var isPossessive: Bool { self == .personPossessive || self == .thingPossessive }
        var isPerson: Bool { self == .person || self == .personPossessive }
    }

    static let leading: [String: [String: Referent]] = [
        "en": [
            "he": .person, "she": .person, "his": .personPossessive, "her": .personPossessive, "they": .thing,
            "their": .thingPossessive, "it": .thing, "its": .thingPossessive, "this": .statement,
            "these": .statement, "those": .statement,
        ],
        "de": [
            "er": .person, "sein": .personPossessive, "seine": .personPossessive, "sie": .thing, "es": .thing,
            "dies": .statement, "diese": .statement, "dieser": .statement, "dieses": .statement, "das": .statement,
        ],
    ]

    /// The pronoun a text starts with, and what it needs; nil for an expletive "it" ("It is
    /// unclear whether …") and for German "das" as an article before a noun ("Das Treffen …").
    static func leadingPronoun(_ text: String, language: LanguageCode) -> (word: String, referent: Referent)? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).prefix(3).map {
            $0.trimmingCharacters(in: .punctuationCharacters)
        }
        guard let first = words.first, let referent = leading[language.language]?[first.lowercased()] else {
            return nil
        }
        let next = words.count > 1 ? words[1].lowercased() : ""
        if language.language == "en", first.lowercased() == "it",
            ["is", "was", "has", "had", "seems", "remains"].contains(next),
            words.count > 2, words[2].first?.isLowercase == true, words[2] != "not"
        {
            return nil
        }
        if language.language == "de", first.lowercased() == "das", words.count > 1, words[1].first?.isUppercase == true
        {
            return nil
        }
        return (String(first), referent)
    }

    /// A quotation given to a pronoun: ", he said", "…,” she added" (English).
    static var attribution: Regex<(Substring, Substring, Substring)> {
        /[,”“"]\s*(he|she)\s+(said|added|told|stressed|warned|wrote|explained)\b/
    }
}

/// A name put in brackets where a pronoun stood, at the pronoun's place in the sentence.
struct ReferentInsertion {
    var replacement: Summary.Replacement
    /// Character offset of the pronoun in the text it was found in.
    var offset: Int
}

extension Summarizer {
    /// Makes the chosen sentences stand on their own: a sentence that starts with a pronoun
    /// (or gives its quotation to one) whose referent the summary lacks either names it in
    /// brackets ("[Dmitry Peskov] also noted …", "[Kim Jong Un]’s visit"), marked as an
    /// editorial insertion, when the glossary names the person (for he, she, his, her) or the
    /// organisation or place (for it, they, its, their) the sentences before it were about; or
    /// brings the sentence before it into the summary when `room` allows another sentence; or,
    /// when it does not, leaves the sentence out.
    ///
    /// - Returns: the chosen indices and, per index, the bracketed insertions.
    func resolveReferences(
        chosen: [Int], units: [TranslationUnit], matches: [[TermMatch]],
        room: (Set<Int>, Int) -> Bool = { _, _ in true }
    ) -> (chosen: [Int], insertions: [Int: [ReferentInsertion]]) {
        var result = Set(chosen)
        var insertions: [Int: [ReferentInsertion]] = [:]
        func bringOrDrop(_ index: Int) {
            if room(result, index - 1) { result.insert(index - 1) } else { result.remove(index) }
        }
        for index in chosen.sorted() where index > 0 && !result.contains(index - 1) && result.contains(index) {
            let unit = units[index]
            let english = unit.target.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
            let text = english ?? unit.source
            let language = english == nil ? usage.sourceLanguage : usage.targetLanguage
            if let (word, referent) = Anaphora.leadingPronoun(text, language: language) {
                if referent != .statement,
                    let (id, name) = self.referent(before: index, person: referent.isPerson, matches: matches)
                {
                    let offset = text.distance(
                        from: text.startIndex, to: text.range(of: word)?.lowerBound ?? text.startIndex)
                    let named = referent.isPossessive ? "[\(name)]’s" : "[\(name)]"
                    insertions[index, default: []].append(
                        ReferentInsertion(
                            replacement: Summary.Replacement(
                                found: word, replacement: named, reason: "referent", entry: id),
                            offset: offset))
                } else {
                    bringOrDrop(index)
                }
                continue
            }
            if language.language == "en", let said = text.firstMatch(of: Anaphora.attribution) {
                if let (id, name) = self.referent(before: index, person: true, matches: matches) {
                    let offset = text.distance(from: text.startIndex, to: said.output.1.startIndex)
                    insertions[index, default: []].append(
                        ReferentInsertion(
                            replacement: Summary.Replacement(
                                found: String(said.output.1), replacement: "[\(name)]", reason: "referent", entry: id),
                            offset: offset))
                } else {
                    bringOrDrop(index)
                }
            }
        }
        return (result.sorted(), insertions)
    }

    /// The glossary person (or organisation or place, when `person` is false) the nearest of
    /// the three units before `index` names last, with its preferred target-language name.
    func referent(before index: Int, person: Bool, matches: [[TermMatch]]) -> (id: String, name: String)? {
        for previous in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            for match in matches[previous].reversed() {
                guard let id = match.entryID, match.kind != .unknownName, let kind = match.entryKind,
                    person ? kind == .person : (kind == .organization || kind == .place),
                    let name = usage.entry(id: id)?.preferredTerm(in: usage.targetLanguage)?.text
                else { continue }
                return (id, name)
            }
        }
        return nil
    }

    /// `text` with each insertion made at its pronoun's place (later ones first, so that the
    /// offsets of earlier ones hold).
    static func insert(_ insertions: [ReferentInsertion], into text: String) -> String {
        var text = text
        for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
            guard insertion.offset <= text.count else { continue }
            let start = text.index(text.startIndex, offsetBy: insertion.offset)
            guard text[start...].hasPrefix(insertion.replacement.found),
                let end = text.index(start, offsetBy: insertion.replacement.found.count, limitedBy: text.endIndex)
            else { continue }
            text.replaceSubrange(start..<end, with: insertion.replacement.replacement)
        }
        return text
    }
}

import DragomanGlossary
import DragomanStore
import DragomanText

extension QualityChecker {
    func terminology(
        unit: TranslationUnit, target: String, inSource found: [TermMatch], namedBefore: Set<String> = []
    ) -> (findings: [Finding], renderings: [(entry: String, term: String)]) {
        var findings: [Finding] = []
        var renderings: [(entry: String, term: String)] = []
        var foldedTarget: String?
        let (uses, strays) = usage.usesAndStrays(of: found, in: target)
        for correction in strays {
            let preferred =
                usage.entry(id: correction.entryID)?.preferredTerm(in: targetLanguage)?.text ?? correction.replacement
            let what =
                correction.reason == .deprecated
                ? "a deprecated form of \(preferred) in \(targetLanguage.tag)"
                : "the \(sourceLanguage.tag) form of \(preferred)"
            findings.append(
                Finding(
                    unitID: unit.id, severity: .error, rule: "terminology-deprecated",
                    message: "“\(correction.found)” is \(what): write “\(correction.replacement)” (preferred)"))
        }
        for use in uses {
            let preferred = use.preferred.text
            // Admitted spellings are the glossary's too: QA accepts them (summaries prefer the preferred one).
            if let wrong = use.corrections.first(where: { $0.reason != .variant }) {
                let what =
                    wrong.reason == .deprecated
                    ? "a deprecated form of \(preferred) in \(targetLanguage.tag)"
                    : "the \(sourceLanguage.tag) form of \(preferred)"
                findings.append(
                    Finding(
                        unitID: unit.id, severity: .error, rule: "terminology-deprecated",
                        message: "“\(wrong.found)” is \(what): write “\(wrong.replacement)” (preferred)"))
                continue
            }
            if let term = use.used.first?.term {
                renderings.append((use.entry.id, term))
                continue
            }
            // A derived word that starts with the name ("North Korean", "Russian") counts as present,
            // and so do the glossary's own forms of it ("Chinese"); a place without forms may be
            // named by a capitalised adjective made regularly ("Finnish" for Finland).
            if foldedTarget == nil { foldedTarget = MatchingKey.fold(target) }
            let terms = use.entry.terms(in: targetLanguage).filter { $0.status != .deprecated }
            let hasForms = terms.contains { !$0.forms.isEmpty }
            let present = terms.contains { term in
                ([term.text] + term.forms).contains { Self.containsWordPrefix(foldedTarget!, MatchingKey.fold($0)) }
                    || (use.entry.kind == .place && !hasForms
                        && Self.containsDemonym(target, of: MatchingKey.fold(term.text)))
            }
            // A person the sentence before names may be "he" or "she" in a translation that
            // merges or recasts sentences.
            let pronoun =
                use.entry.kind == .person && namedBefore.contains(use.entry.id)
                && Self.hasPersonalPronoun(target, language: targetLanguage)
            if !present && !pronoun {
                findings.append(
                    Finding(
                        unitID: unit.id, severity: .warning, rule: "terminology-missing",
                        message: "the source has “\(use.sourceText)”; the target has no form of “\(preferred)”"))
            }
        }
        return (findings, renderings)
    }

    func inconsistencies(_ renderings: [String: [(unit: Int64, term: String)]]) -> [Finding] {
        var findings: [Finding] = []
        for (id, uses) in renderings.sorted(by: { $0.key < $1.key }) {
            // An acronym or short form and the full name are one entry's forms ("UN", "United
            // Nations"; "the Baltic", "the Baltic Sea"): each kind is compared only with its own kind.
            let entry = usage.entry(id: id)
            let isAcronym = { (term: String) in
                Self.looksLikeAcronym(term)
                    || (entry?.terms.first { $0.text == term }.map {
                        [.acronym, .abbreviation, .shortForm].contains($0.type)
                    } ?? false)
            }
            for kind in [true, false] {
                let ofKind = uses.filter { isAcronym($0.term) == kind }
                findings += inconsistencies(id: id, ofKind)
            }
        }
        return findings
    }

    private func inconsistencies(id: String, _ uses: [(unit: Int64, term: String)]) -> [Finding] {
        var findings: [Finding] = []
        var counts: [String: Int] = [:]
        for use in uses { counts[use.term, default: 0] += 1 }
        guard counts.count > 1, let usual = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
        else { return [] }
        for use in uses where use.term != usual {
            findings.append(
                Finding(
                    unitID: use.unit, severity: .warning, rule: "terminology-inconsistent",
                    message:
                        "\(usage.entry(id: id)?.preferredTerm(in: targetLanguage)?.text ?? id) is “\(use.term)” here "
                        + "but “\(usual)” elsewhere in the document"))
        }
        return findings
    }

    /// Personal pronouns that can stand for a person in a target language.
    static let personalPronouns: [String: Set<String>] = [
        "en": ["he", "she", "him", "her", "his", "hers"], "de": ["er", "sie", "ihm", "ihn", "ihr", "sein", "seine"],
        "fr": ["il", "elle", "lui"], "es": ["él", "ella", "su"],
    ]

    static func hasPersonalPronoun(_ text: String, language: LanguageCode) -> Bool {
        guard let pronouns = personalPronouns[language.language] else { return false }
        return text.split { !$0.isLetter }.contains { pronouns.contains($0.lowercased()) }
    }

    /// Capitals only, two to six of them, dots and hyphens allowed ("UN", "U.N.", "DPRK"): an
    /// acronym even where the glossary does not type it so.
    static func looksLikeAcronym(_ term: String) -> Bool {
        let letters = term.filter(\.isLetter)
        return (2...6).contains(letters.count) && letters.allSatisfy(\.isUppercase)
            && term.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Endings that make an adjective or demonym of a place's name in English ("Finnish",
    /// "Ukrainian", "Chinese", "Israeli").
    static let demonymEndings = ["ish", "ian", "ean", "an", "ese", "i", "ic"]

    /// Whether `text` has a capitalised word that reads as the adjective of a one-word place
    /// name: its first three letters and a demonym ending ("Finnish" for "finland"; "critic" is
    /// not Crimea's). Irregular ones ("French") are not found; the glossary's own forms are.
    static func containsDemonym(_ text: String, of name: String) -> Bool {
        guard name.count >= 4, !name.contains(" ") else { return false }
        let stem = name.prefix(3)
        return text.split { !$0.isLetter }.contains { word in
            guard word.first?.isUppercase == true, word.count >= 5 else { return false }
            let folded = MatchingKey.fold(String(word))
            return folded.hasPrefix(stem) && !folded.hasPrefix(name) && demonymEndings.contains { folded.hasSuffix($0) }
        }
    }

    static func containsWordPrefix(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        var search = text[...]
        while let found = search.range(of: word) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            if before == nil || !(before!.isLetter || before!.isNumber) { return true }
            search = text[found.upperBound...]
        }
        return false
    }
}

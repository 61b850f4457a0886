import DragomanGlossary
import DragomanText

/// Carries the glossary's names and terms through an engine that does not know them: each is
/// replaced by a placeholder the engine passes through as an unknown word, and the placeholder
/// afterwards by the name's preferred target form ("Volodímir Zelenski" → ZZN1ZZ →
/// "Volodymyr Zelensky", where Apertium alone writes "*Volodímir *Zelenski").
public struct NameShield: Sendable {
    public struct Shielded: Sendable {
        /// The text with placeholders, for the engine.
        public var text: String
        /// Placeholder → preferred target form.
        public var names: [(placeholder: String, target: String)]
    }

    public init() {}

    /// - Parameters:
    ///   - matches: the glossary terms (and names no glossary knows) found in `text`
    ///     (``TermRecognizer``); those with a target form are shielded.
    ///   - target: the target form of a match; by default its preferred target. Returning nil
    ///     leaves the match to the engine.
    public func shield(
        _ text: String, matches: [TermMatch], target: (TermMatch) -> String? = { $0.preferredTarget }
    ) -> Shielded {
        var names: [(placeholder: String, target: String)] = []
        var replacements: [(range: Range<Int>, text: String)] = []
        var end = 0
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where match.range.lowerBound >= end && (match.entryID != nil || match.kind == .unknownName) {
            guard let target = target(match) else { continue }
            let placeholder = "ZZN\(names.count + 1)ZZ"
            names.append((placeholder, target))
            replacements.append((match.range, placeholder))
            end = match.range.upperBound
        }
        return Shielded(text: text.replacingScalarRanges(replacements), names: names)
    }

    /// The engine's output with the names restored; `missing` lists the names whose placeholder
    /// the engine dropped.
    public func restore(_ translated: String, _ shielded: Shielded) -> (text: String, missing: [String]) {
        var text = translated
        var missing: [String] = []
        // Highest numbers first, so that ZZN1ZZ does not touch ZZN12ZZ.
        for (placeholder, target) in shielded.names.reversed() {
            var found = false
            // An engine may mark it as unknown ("*ZZN1ZZ") even when told not to.
            for marked in ["*\(placeholder)", "#\(placeholder)", "@\(placeholder)", placeholder]
            where text.contains(marked) {
                text = text.replacingOccurrences(of: marked, with: target)
                found = true
            }
            if !found { missing.append(target) }
        }
        return (text, missing)
    }
}

/// The target form a name keeps in a draft: a name written as an adjective or demonym
/// ("russischen", "Ukrainische") becomes the entry's adjective ("Russian", "Ukrainian"), never
/// its noun ("Russia Drohnen"), and is left to the engine when the glossary has none; an
/// acronym that is also a target term ("UN" in "UN-Generalsekretär") stays the acronym.
public struct DraftForms: Sendable {
    let entries: [String: GlossaryEntry]
    let sourceLanguage: LanguageCode
    let targetLanguage: LanguageCode
    /// Names no glossary knows, in the German press's spelling, get the English form
    /// `names render` proposes ("Slowjansk" → "Sloviansk"); others are the engine's.
    let conventions: ConventionCheck

    public init(glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) {
        var entries: [String: GlossaryEntry] = [:]
        for glossary in glossaries {
            for entry in glossary.entries where entries[entry.id] == nil { entries[entry.id] = entry }
        }
        self.entries = entries
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        conventions = ConventionCheck(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    public func target(for match: TermMatch) -> String? {
        if match.entryID == nil {
            guard match.kind == .unknownName, conventions.applies,
                match.text.split(separator: " ").contains(where: { ConventionCheck.looksGerman(String($0)) })
            else { return nil }
            return conventions.rendered(match.text)
        }
        guard let id = match.entryID, let entry = entries[id] else { return match.preferredTarget }
        // German has no adjective for a few states and says "von" (die Regierung von St. Kitts und
        // Nevis): English says "of".
        if sourceLanguage.language == "de", targetLanguage.language == "en", match.text.hasPrefix("von "),
            let name = match.preferredTarget
        {
            return "of " + name
        }
        if isAdjective(match, entry: entry) { return adjective(of: entry) }
        // An acronym the target language writes alike keeps its form.
        let targetTerms = entry.terms(in: targetLanguage).filter { $0.status != .deprecated }
        if QualityChecker.looksLikeAcronym(match.text), targetTerms.contains(where: { $0.text == match.text }) {
            return match.text
        }
        return match.preferredTarget
    }

    /// The match is one of the source term's forms that the glossary writes in lower case
    /// (German adjectives: "russische", "US-amerikanische" after its hyphen), whatever its case
    /// in the text (at a sentence start).
    func isAdjective(_ match: TermMatch, entry: GlossaryEntry) -> Bool {
        let found = match.text.lowercased()
        // "russische"; "US-amerikanische" (an acronym, then a lower-case adjective), not "Kim Jong-un".
        func lowerCase(_ form: String) -> Bool {
            if form.first?.isLowercase == true { return !form.contains(" ") }
            let parts = form.split(separator: "-")
            return parts.count == 2 && parts[0].allSatisfy(\.isUppercase) && parts[1].first?.isLowercase == true
        }
        return entry.terms(in: sourceLanguage).contains { term in
            term.forms.contains { form in lowerCase(form) && form.lowercased() == found }
                || (lowerCase(term.text) && term.text.lowercased() == found)
        }
    }

    /// The entry's adjective in the target language: a form of a target term read as one.
    func adjective(of entry: GlossaryEntry) -> String? {
        let terms = entry.terms(in: targetLanguage).filter { $0.status != .deprecated }
        let ordered = terms.filter { $0.status == .preferred } + terms.filter { $0.status != .preferred }
        for term in ordered {
            if let form = term.forms.first(where: { form in
                form != term.text && !form.hasSuffix("’s") && !form.hasSuffix("'s")
                    && QualityChecker.demonymEndings.contains { form.hasSuffix($0) }
            }) {
                return form
            }
        }
        return nil
    }
}

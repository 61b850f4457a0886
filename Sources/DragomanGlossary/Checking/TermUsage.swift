import DragomanText

/// How a translation renders the glossary names and terms of its source: for each entry found
/// in the source, the target-language terms the translation uses and the wrong forms it has —
/// a deprecated target term, the source-language form left in ("Selenskyj"), or an admitted
/// spelling of a person or place where the glossary prefers another ("Dmitri Peskov").
///
/// Quality checks report the wrong forms; summaries replace them.
public struct TermUsage: Sendable {
    public struct Correction: Hashable, Sendable {
        public enum Reason: String, Sendable {
            /// A target-language term the glossary deprecates.
            case deprecated
            /// The term as the source language writes it.
            case sourceLanguage = "source-language"
            /// An admitted spelling of a person's or place's name; the preferred one is another.
            case variant
        }

        /// Scalar offsets in the translation.
        public var range: Range<Int>
        public var found: String
        public var replacement: String
        public var reason: Reason
        public var entryID: String
    }

    public struct Use: Sendable {
        public var entry: GlossaryEntry
        /// The name as the source writes it (the first mention).
        public var sourceText: String
        public var preferred: Term
        /// Target-language terms of the entry in the translation that are not deprecated.
        public var used: [TermMatch]
        public var corrections: [Correction]
    }

    private let sourceTerms: TermRecognizer
    private let entries: [String: GlossaryEntry]
    private let targetTerms: TermRecognizer
    /// Each entry's target-language terms and forms, folded and padded with spaces.
    private let foldedTargetTexts: [String: [String]]
    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode

    public init(glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        sourceTerms = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            suggestingNames: false, findingUnknownNames: false)
        targetTerms = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: targetLanguage, suggestingNames: false, findingUnknownNames: false)
        var folded: [String: [String]] = [:]
        var entries: [String: GlossaryEntry] = [:]
        for glossary in glossaries {
            for entry in glossary.entries where folded[entry.id] == nil {
                entries[entry.id] = entry
                folded[entry.id] = entry.terms(in: targetLanguage).flatMap { [$0.text] + $0.forms }.map {
                    " \(MatchingKey.fold($0)) "
                }
            }
        }
        foldedTargetTexts = folded
        self.entries = entries
    }

    /// The entry of a glossary in use.
    public func entry(id: String) -> GlossaryEntry? { entries[id] }

    /// The glossary names and terms of `source`, in text order, with their preferred target forms.
    public func sourceMatches(in source: String) -> [TermMatch] {
        sourceTerms.matches(in: source)
    }

    /// How `target` renders the entries of `sourceMatches` (as ``sourceMatches(in:)`` finds them).
    ///
    /// - Complexity: one recognition pass over the target, and a second (for source-language
    ///   forms) only when an entry has no target term in it.
    public func uses(of sourceMatches: [TermMatch], in target: String) -> [Use] {
        var sourceFormsInTarget: [TermMatch]?
        return uses(
            of: sourceMatches, in: target, inTarget: targetMatches(in: target), sourceForms: &sourceFormsInTarget)
    }

    /// ``uses(of:in:)`` and ``strayCorrections(in:excluding:)`` from one recognition pass over
    /// the target (and at most one more for source-language forms), as QA needs both.
    public func usesAndStrays(of sourceMatches: [TermMatch], in target: String) -> (uses: [Use], strays: [Correction]) {
        let inTarget = targetMatches(in: target)
        var sourceForms: [TermMatch]?
        let uses = uses(of: sourceMatches, in: target, inTarget: inTarget, sourceForms: &sourceForms)
        let strays = strayCorrections(
            in: target, excluding: Set(uses.map(\.entry.id)), inTarget: inTarget, sourceForms: &sourceForms)
        return (uses, strays)
    }

    private func targetMatches(in target: String) -> [TermMatch] {
        targetTerms.matches(in: target).filter { $0.entryID != nil && $0.kind != .unknownName }
    }

    private func sourceLanguageMatches(in target: String, _ known: inout [TermMatch]?) -> [TermMatch] {
        if let known { return known }
        let found = sourceTerms.matches(in: target).filter { $0.entryID != nil && $0.kind != .unknownName }
        known = found
        return found
    }

    private func uses(
        of sourceMatches: [TermMatch], in target: String, inTarget: [TermMatch], sourceForms: inout [TermMatch]?
    ) -> [Use] {
        let inSource = sourceMatches.filter { $0.entryID != nil && $0.kind != .unknownName }
        guard !inSource.isEmpty else { return [] }
        var uses: [Use] = []
        var seen = Set<String>()
        for match in inSource {
            guard let id = match.entryID, seen.insert(id).inserted, let entry = entries[id],
                let preferred = entry.preferredTerm(in: targetLanguage)
            else { continue }
            let ofEntry = inTarget.filter { $0.entryID == id }
            var corrections: [Correction] = []
            for found in ofEntry {
                if found.status == .deprecated {
                    corrections.append(correction(found, entry: entry, preferred: preferred, reason: .deprecated))
                } else if found.status == .admitted, entry.kind == .person || entry.kind == .place,
                    found.term != preferred.text, !found.text.isEmpty,
                    entry.terms.first(where: { $0.text == found.term })?.type != .acronym
                {
                    corrections.append(correction(found, entry: entry, preferred: preferred, reason: .variant))
                }
            }
            let used = ofEntry.filter { $0.status != .deprecated }
            if used.isEmpty && corrections.isEmpty {
                // A source-language form is foreign unless a target term contains it ("Putin" in "Vladimir Putin").
                let targetTexts = foldedTargetTexts[id] ?? []
                for found in sourceLanguageMatches(in: target, &sourceForms) where found.entryID == id {
                    let folded = " \(MatchingKey.fold(found.text)) "
                    guard !targetTexts.contains(where: { $0.contains(folded) }) else { continue }
                    corrections.append(correction(found, entry: entry, preferred: preferred, reason: .sourceLanguage))
                }
            }
            uses.append(
                Use(entry: entry, sourceText: match.text, preferred: preferred, used: used, corrections: corrections))
        }
        return uses
    }

    /// Wrong forms of entries that `handled` (the entries of the source) leaves out: deprecated
    /// target-language terms, and source-language forms that no target term of their entry
    /// contains — "Pjöngjang" typed into an English sentence whose source names no place is
    /// still a German spelling of Pyongyang. A source-language form inside a target-language
    /// term found in the text ("Korea" in "North Korea") is not one.
    public func strayCorrections(in target: String, excluding handled: Set<String>) -> [Correction] {
        var sourceForms: [TermMatch]?
        return strayCorrections(
            in: target, excluding: handled, inTarget: targetMatches(in: target), sourceForms: &sourceForms)
    }

    private func strayCorrections(
        in target: String, excluding handled: Set<String>, inTarget: [TermMatch], sourceForms: inout [TermMatch]?
    ) -> [Correction] {
        func known(_ match: TermMatch) -> (GlossaryEntry, Term)? {
            guard let id = match.entryID, match.kind != .unknownName, !handled.contains(id), let entry = entries[id],
                let preferred = entry.preferredTerm(in: targetLanguage)
            else { return nil }
            return (entry, preferred)
        }
        var corrections: [Correction] = []
        for found in inTarget where found.status == .deprecated {
            guard let (entry, preferred) = known(found) else { continue }
            corrections.append(correction(found, entry: entry, preferred: preferred, reason: .deprecated))
        }
        for found in sourceLanguageMatches(in: target, &sourceForms) {
            guard let (entry, preferred) = known(found),
                !inTarget.contains(where: { $0.range.overlaps(found.range) })
            else { continue }
            let folded = " \(MatchingKey.fold(found.text)) "
            guard !(foldedTargetTexts[entry.id] ?? []).contains(where: { $0.contains(folded) }) else { continue }
            corrections.append(correction(found, entry: entry, preferred: preferred, reason: .sourceLanguage))
        }
        return corrections
    }

    private func correction(
        _ found: TermMatch, entry: GlossaryEntry, preferred: Term, reason: Correction.Reason
    ) -> Correction {
        var replacement = entry.correspondingPart(of: preferred.text, for: found.text)
        // Keep an English possessive: "Pjöngjang’s" → "Pyongyang’s".
        for possessive in ["’s", "'s"] where found.text.hasSuffix(possessive) && !replacement.hasSuffix(possessive) {
            replacement += possessive
        }
        return Correction(
            range: found.range, found: found.text, replacement: replacement, reason: reason, entryID: entry.id)
    }

    /// `text` with the corrections applied (overlapping ones after the first are skipped).
    public static func apply(_ corrections: [Correction], to text: String) -> String {
        text.replacingScalarRanges(corrections.map { ($0.range, $0.replacement) })
    }
}

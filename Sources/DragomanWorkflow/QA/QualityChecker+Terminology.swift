import DragomanGlossary
import DragomanStore
import DragomanText

extension QualityChecker {
    func terminology(
        unit: TranslationUnit, target: String, inSource found: [TermMatch]
    ) -> (findings: [Finding], renderings: [(entry: String, term: String)]) {
        let inSource = found.filter { $0.entryID != nil && $0.kind != .unknownName }
        guard !inSource.isEmpty else { return ([], []) }
        let inTarget = targetTerms.matches(in: target).filter { $0.entryID != nil && $0.kind != .unknownName }
        // Needed only for names the target lacks, which are few.
        var sourceFormsInTarget: [TermMatch]?
        var foldedTarget: String?
        var findings: [Finding] = []
        var renderings: [(entry: String, term: String)] = []
        var seen = Set<String>()
        for match in inSource {
            guard let id = match.entryID, seen.insert(id).inserted, let entry = entries[id],
                let preferred = entry.preferredTerm(in: targetLanguage)
            else { continue }
            let deprecated = inTarget.filter { $0.entryID == id && $0.status == .deprecated }
            let used = inTarget.filter { $0.entryID == id && $0.status != .deprecated }
            var wrong = deprecated.first
            if wrong == nil && used.isEmpty {
                if sourceFormsInTarget == nil {
                    sourceFormsInTarget = sourceTerms.matches(in: target).filter {
                        $0.entryID != nil && $0.kind != .unknownName
                    }
                }
                // A source-language form is foreign unless a target term contains it ("Putin" in "Vladimir Putin").
                let targetTexts = foldedTargetTexts[id] ?? []
                wrong = sourceFormsInTarget?.first { match in
                    match.entryID == id && !targetTexts.contains { $0.contains(" \(Self.fold(match.text)) ") }
                }
            }
            if let wrong {
                let suggestion = Self.corresponding(part: wrong.text, of: preferred.text, in: entry)
                let what =
                    deprecated.isEmpty
                    ? "the \(sourceLanguage.tag) form of \(preferred.text)"
                    : "a deprecated form of \(preferred.text) in \(targetLanguage.tag)"
                findings.append(
                    Finding(
                        unitID: unit.id, severity: .error, rule: "terminology-deprecated",
                        message: "“\(wrong.text)” is \(what): write “\(suggestion)” (preferred)"))
                continue
            }
            if let term = used.first?.term {
                renderings.append((id, term))
                continue
            }
            // A derived word that starts with the name ("North Korean", "Russian") counts as present.
            if foldedTarget == nil { foldedTarget = Self.fold(target) }
            let present = entry.terms(in: targetLanguage).contains { term in
                term.status != .deprecated && Self.containsWordPrefix(foldedTarget!, Self.fold(term.text))
            }
            if !present {
                findings.append(
                    Finding(
                        unitID: unit.id, severity: .warning, rule: "terminology-missing",
                        message: "the source has “\(match.text)”; the target has no form of “\(preferred.text)”"))
            }
        }
        return (findings, renderings)
    }

    func inconsistencies(_ renderings: [String: [(unit: Int64, term: String)]]) -> [Finding] {
        var findings: [Finding] = []
        for (id, uses) in renderings.sorted(by: { $0.key < $1.key }) {
            var counts: [String: Int] = [:]
            for use in uses { counts[use.term, default: 0] += 1 }
            guard counts.count > 1, let usual = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
            else { continue }
            for use in uses where use.term != usual {
                findings.append(
                    Finding(
                        unitID: use.unit, severity: .warning, rule: "terminology-inconsistent",
                        message: "\(entries[id]?.preferredTerm(in: targetLanguage)?.text ?? id) is “\(use.term)” here "
                            + "but “\(usual)” elsewhere in the document"))
            }
        }
        return findings
    }

    static func fold(_ text: String) -> String {
        (try? MatchingKey.make(text)) ?? text.lowercased()
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

    /// The part of `preferred` that corresponds to a wrong form that is the end of a longer term
    /// of the entry: "Selenskyj" (as in "Wladimir Selenskyj") → "Zelensky" of "Volodymyr Zelensky".
    /// Otherwise the whole preferred term ("Nordkorea" → "North Korea").
    static func corresponding(part wrong: String, of preferred: String, in entry: GlossaryEntry) -> String {
        let wrongWords = wrong.split(separator: " ")
        let words = preferred.split(separator: " ")
        let foldedWrong = fold(wrong)
        let isShortForm = entry.terms.contains { term in
            let termWords = term.text.split(separator: " ")
            return termWords.count > wrongWords.count
                && fold(termWords.suffix(wrongWords.count).joined(separator: " ")) == foldedWrong
        }
        return isShortForm && wrongWords.count < words.count
            ? words.suffix(wrongWords.count).joined(separator: " ") : preferred
    }
}

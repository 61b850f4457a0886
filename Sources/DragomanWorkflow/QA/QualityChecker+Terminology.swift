import DragomanGlossary
import DragomanStore
import DragomanText

extension QualityChecker {
    func terminology(
        unit: TranslationUnit, target: String, inSource found: [TermMatch]
    ) -> (findings: [Finding], renderings: [(entry: String, term: String)]) {
        var findings: [Finding] = []
        var renderings: [(entry: String, term: String)] = []
        var foldedTarget: String?
        for use in usage.uses(of: found, in: target) {
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
            // A derived word that starts with the name ("North Korean", "Russian") counts as present.
            if foldedTarget == nil { foldedTarget = MatchingKey.fold(target) }
            let present = use.entry.terms(in: targetLanguage).contains { term in
                term.status != .deprecated
                    && Self.containsWordPrefix(foldedTarget!, MatchingKey.fold(term.text))
            }
            if !present {
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
            var counts: [String: Int] = [:]
            for use in uses { counts[use.term, default: 0] += 1 }
            guard counts.count > 1, let usual = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
            else { continue }
            for use in uses where use.term != usual {
                findings.append(
                    Finding(
                        unitID: use.unit, severity: .warning, rule: "terminology-inconsistent",
                        message:
                            "\(usage.entry(id: id)?.preferredTerm(in: targetLanguage)?.text ?? id) is “\(use.term)” here "
                            + "but “\(usual)” elsewhere in the document"))
            }
        }
        return findings
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

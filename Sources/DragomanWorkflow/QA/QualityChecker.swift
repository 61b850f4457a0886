import DragomanGlossary
import DragomanStore
import DragomanText

/// Checks translation units the way a reviewer would: terminology against the glossaries,
/// numbers, quotation marks and brackets, untranslated and empty targets, and lengths far
/// outside the document's norm.
///
/// Rules and severities:
/// - `terminology-deprecated` (error): a deprecated target form, or the source-language
///   form, of a name or term that the source contains.
/// - `terminology-missing` (warning): a glossary term in the source whose target forms are
///   all missing from the target.
/// - `terminology-inconsistent` (warning): one source entry rendered by different target terms
///   in one document.
/// - `numbers` (warning), `brackets` and `quotes` (warning), `same-as-source` (warning),
///   `empty-target` (error when the unit is confirmed, info otherwise), `length-ratio` (warning).
public struct QualityChecker: Sendable {
    let sourceTerms: TermRecognizer
    let targetTerms: TermRecognizer
    let entries: [String: GlossaryEntry]
    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode

    public init(glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        sourceTerms = try TermRecognizer(glossaries: glossaries, sourceLanguage: sourceLanguage)
        targetTerms = try TermRecognizer(glossaries: glossaries, sourceLanguage: targetLanguage)
        var entries: [String: GlossaryEntry] = [:]
        for glossary in glossaries {
            for entry in glossary.entries where entries[entry.id] == nil { entries[entry.id] = entry }
        }
        self.entries = entries
    }

    /// Findings for the units of one document, in unit order.
    public func findings(for units: [TranslationUnit]) -> [Finding] {
        var findings: [Finding] = []
        var renderings: [String: [(unit: Int64, term: String)]] = [:]
        let ratios = LengthNorm(units: units)
        for unit in units {
            guard let target = unit.target, !target.trimmingWhitespace.isEmpty else {
                findings.append(
                    Finding(
                        unitID: unit.id, severity: unit.status.isConfirmed ? .error : .info, rule: "empty-target",
                        message: unit.status.isConfirmed
                            ? "the unit is \(unit.status.rawValue) but its target is empty"
                            : "not translated yet"))
                continue
            }
            findings += terminology(unit: unit, target: target, renderings: &renderings)
            findings += FormChecks.numbers(unit: unit, target: target)
            findings += FormChecks.pairs(unit: unit, target: target)
            findings += FormChecks.sameAsSource(unit: unit, target: target)
            if let finding = ratios.finding(unit: unit, target: target) { findings.append(finding) }
        }
        findings += inconsistencies(renderings)
        return findings.sorted { ($0.unitID, $0.rule) < ($1.unitID, $1.rule) }
    }
}

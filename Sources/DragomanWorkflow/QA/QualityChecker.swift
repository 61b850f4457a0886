import DragomanGlossary
import DragomanStore
import DragomanText

/// Checks translation units the way a reviewer would: terminology against the glossaries,
/// numbers, quotation marks and brackets, untranslated and empty targets, and lengths far
/// outside the document's norm.
///
/// Rules and severities:
/// - `terminology-deprecated` (error): a deprecated target form of any name or term, wherever
///   it appears, or the source-language form of one ("Pjöngjang" in an English target), whether
///   or not the unit's source names it.
/// - `terminology-missing` (warning): a glossary term in the source whose target forms are
///   all missing from the target.
/// - `terminology-inconsistent` (warning): one source entry rendered by different target terms
///   in one document; an entry's acronym and its expansion ("UN", "United Nations") are both
///   its forms, not an inconsistency.
/// - `omission` (warning): a source sentence with no counterpart in a target that is short by
///   about that sentence (``OmissionCheck``), or a unit the aligned translation of the document
///   had no sentence for (not `empty-target`: nobody was asked to translate it yet).
/// - `name-convention` (warning): a name copied from a German source into an English target in
///   the German press's spelling, where no glossary knows it (``ConventionCheck``), with the
///   English form `names render` proposes.
/// - `numbers` (warning), `brackets` and `quotes` (warning), `same-as-source` (warning),
///   `empty-target` (error when the unit is translated or reviewed, info when nobody has
///   translated it yet; an approved empty target is left out on purpose and silent),
///   `length-ratio` (warning).
public struct QualityChecker: Sendable {
    let usage: TermUsage
    let omissions: OmissionCheck
    let conventions: ConventionCheck
    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode

    /// - Parameter dictionary: a bilingual dictionary for the pair (``DictionaryLoader/installed(for:sourceLanguage:targetLanguage:)``),
    ///   whose links tell a sentence left out when it holds no name or number to show it; loaded
    ///   the first time a unit needs it.
    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        dictionary: DictionaryLoader? = nil
    ) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        usage = try TermUsage(glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        omissions = try OmissionCheck(usage: usage, dictionary: dictionary)
        conventions = ConventionCheck(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// The glossary names and terms of a source text, as the checks find them (each with its
    /// preferred target form), to pass back to ``findings(for:sourceTerms:)``.
    public func sourceTerms(in source: String) -> [TermMatch] { usage.sourceMatches(in: source) }

    /// Findings for the units of one document, in unit order. `sourceTerms` may give the
    /// terms already found in each unit's source (by unit id), to save finding them again.
    ///
    /// - Complexity: one pass of term recognition over each source and target, on every core.
    public func findings(for units: [TranslationUnit], sourceTerms known: [Int64: [TermMatch]] = [:]) -> [Finding] {
        let ratios = LengthNorm(units: units)
        let inSources = units.concurrentMap { known[$0.id] ?? usage.sourceMatches(in: $0.source) }
        let perUnit = Array(units.indices).concurrentMap { index in
            // A person the unit before names may be "he" or "she" here.
            let before = index > 0 ? Set(inSources[index - 1].compactMap(\.entryID)) : []
            return self.findings(for: units[index], sourceTerms: inSources[index], namedBefore: before, ratios: ratios)
        }
        var findings = perUnit.flatMap(\.findings)
        var renderings: [String: [(unit: Int64, term: String)]] = [:]
        for (unit, result) in zip(units, perUnit) {
            for (entry, term) in result.renderings { renderings[entry, default: []].append((unit.id, term)) }
        }
        findings += inconsistencies(renderings)
        return findings.sorted { ($0.unitID, $0.rule) < ($1.unitID, $1.rule) }
    }

    private func findings(
        for unit: TranslationUnit, sourceTerms inSource: [TermMatch], namedBefore: Set<String>, ratios: LengthNorm
    ) -> (findings: [Finding], renderings: [(entry: String, term: String)]) {
        guard let target = unit.target, !target.trimmingWhitespace.isEmpty else {
            // Approved empty: left out on purpose (a caption, a repeated line), and said so by its approver.
            if unit.status == .approved { return ([], []) }
            // Aligned with nothing: the translation the document came with left this sentence out.
            if let score = unit.alignmentScore, score > 0, !unit.status.isConfirmed {
                let finding = Finding(
                    unitID: unit.id, severity: .warning, rule: "omission",
                    message: "the aligned translation has no sentence for this one: left out by its translator?")
                return ([finding], [])
            }
            let finding = Finding(
                unitID: unit.id, severity: unit.status.isConfirmed ? .error : .info, rule: "empty-target",
                message: unit.status.isConfirmed
                    ? "the unit is \(unit.status.rawValue) but its target is empty" : "not translated yet")
            return ([finding], [])
        }
        var (findings, renderings) = terminology(
            unit: unit, target: target, inSource: inSource, namedBefore: namedBefore)
        findings += FormChecks.numbers(
            unit: unit, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        findings += FormChecks.pairs(unit: unit, target: target)
        // Names of the glossaries are the terminology checks' (a source form copied is an error there).
        let known = Set(
            inSource.filter { $0.entryID != nil }.flatMap {
                $0.text.split { !$0.isLetter && $0 != "-" }.map(String.init)
            })
        findings += conventions.findings(unit: unit, target: target, known: known)
        findings += FormChecks.sameAsSource(unit: unit, target: target)
        // A sentence left out explains a short target: said once, as the omission.
        if let (omission, absent) = omissions.finding(unit: unit, target: target, median: ratios.median) {
            // The names the left-out sentence holds are its evidence, not findings of their own.
            findings.removeAll { finding in
                finding.rule == "terminology-missing" && absent.contains { finding.message.hasSuffix("“\($0)”") }
            }
            findings.append(omission)
        } else if let finding = ratios.finding(unit: unit, target: target) {
            findings.append(finding)
        }
        return (findings, renderings)
    }
}

import DragomanStore

/// Checks on the form of a target that need no glossary.
enum FormChecks {
    /// Numbers present on one side only, compared as values (``NumberScanner``).
    static func numbers(unit: TranslationUnit, target: String) -> [Finding] {
        let source = Set(numbers(in: unit.source))
        let translated = Set(numbers(in: target))
        var findings: [Finding] = []
        for missing in source.subtracting(translated).sorted() {
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "numbers",
                    message: "the number \(missing) is in the source but not in the target"))
        }
        for extra in translated.subtracting(source).sorted() {
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "numbers",
                    message: "the number \(extra) is in the target but not in the source"))
        }
        return findings
    }

    static func numbers(in text: String) -> [String] { NumberScanner.numbers(in: text).map(\.value) }

    static let bracketPairs: [(open: Character, close: Character, name: String)] = [
        ("(", ")", "round brackets"), ("[", "]", "square brackets"), ("{", "}", "braces"),
    ]
    static let quotePairs: [(open: Set<Character>, close: Set<Character>, name: String)] = [
        (["„", "“"], ["“", "”"], "quotation marks"), (["«"], ["»"], "guillemets"), (["‚"], ["‘"], "single quotes"),
    ]

    /// Brackets and quotation marks balanced in the source but not in the target. A quotation
    /// can span units, so only a change in balance counts.
    static func pairs(unit: TranslationUnit, target: String) -> [Finding] {
        var findings: [Finding] = []
        for pair in bracketPairs {
            let source = balance(unit.source, open: [pair.open], close: [pair.close])
            let translated = balance(target, open: [pair.open], close: [pair.close])
            if source == 0 && translated != 0 {
                findings.append(
                    Finding(
                        unitID: unit.id, severity: .warning, rule: "brackets",
                        message: "unbalanced \(pair.name) in the target"))
            }
        }
        let straightSource = unit.source.filter { $0 == "\"" }.count
        let straightTarget = target.filter { $0 == "\"" }.count
        let curlySource = unit.source.filter { "„“”«»".contains($0) }.count
        let curlyTarget = target.filter { "„“”«»".contains($0) }.count
        // Quotation marks change style between languages („…“ → “…”), so count them together.
        if (straightSource + curlySource) % 2 == 0 && (straightTarget + curlyTarget) % 2 == 1 {
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "quotes",
                    message: "the target has an unpaired quotation mark"))
        }
        return findings
    }

    private static func balance(_ text: String, open: Set<Character>, close: Set<Character>) -> Int {
        var depth = 0
        for character in text {
            if open.contains(character) { depth += 1 } else if close.contains(character) { depth -= 1 }
        }
        return depth
    }

    /// A target that repeats a source sentence of three words or more.
    static func sameAsSource(unit: TranslationUnit, target: String) -> [Finding] {
        let words = unit.source.split(whereSeparator: \.isWhitespace).count
        guard words >= 3, target.trimmingWhitespace == unit.source.trimmingWhitespace else { return [] }
        return [
            Finding(
                unitID: unit.id, severity: .warning, rule: "same-as-source",
                message: "the target is identical to the source (untranslated?)")
        ]
    }
}

/// The usual ratio of target to source length in a document, to spot a target far too short
/// or too long (a sentence left out, two sentences pasted).
struct LengthNorm {
    let median: Double?
    static let tolerance = 2.2

    init(units: [TranslationUnit]) {
        let ratios = units.compactMap { unit -> Double? in
            guard let target = unit.target, unit.source.count >= 20, !target.isEmpty else { return nil }
            return Double(target.count) / Double(unit.source.count)
        }.sorted()
        median = ratios.count >= 3 ? ratios[ratios.count / 2] : nil
    }

    func finding(unit: TranslationUnit, target: String) -> Finding? {
        guard let median, unit.source.count >= 20 else { return nil }
        let ratio = Double(target.count) / Double(unit.source.count)
        guard ratio > median * Self.tolerance || ratio < median / Self.tolerance else { return nil }
        let percent = Int((ratio / median * 100).rounded())
        return Finding(
            unitID: unit.id, severity: .warning, rule: "length-ratio",
            message: "the target is \(percent)% of the usual length for this document's source sentences")
    }
}

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

    /// Counts of the marks whose balance matters, in one pass over the scalars.
    struct Marks {
        var round = 0, square = 0, brace = 0, quotes = 0

        init(_ text: String) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "(": round += 1
                case ")": round -= 1
                case "[": square += 1
                case "]": square -= 1
                case "{": brace += 1
                case "}": brace -= 1
                case "\"", "„", "“", "”", "«", "»": quotes += 1
                default: break
                }
            }
        }
    }

    /// Brackets and quotation marks balanced in the source but not in the target. A quotation
    /// can span units, so only a change in balance counts; quotation marks change style between
    /// languages („…“ → “…”), so they are counted together.
    static func pairs(unit: TranslationUnit, target: String) -> [Finding] {
        let source = Marks(unit.source)
        let translated = Marks(target)
        var findings: [Finding] = []
        for (name, before, after) in [
            ("round brackets", source.round, translated.round), ("square brackets", source.square, translated.square),
            ("braces", source.brace, translated.brace),
        ] where before == 0 && after != 0 {
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "brackets", message: "unbalanced \(name) in the target"))
        }
        if source.quotes % 2 == 0 && translated.quotes % 2 == 1 {
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "quotes",
                    message: "the target has an unpaired quotation mark"))
        }
        return findings
    }

    /// A target that repeats a source sentence of three words or more.
    static func sameAsSource(unit: TranslationUnit, target: String) -> [Finding] {
        guard target.trimmingWhitespace == unit.source.trimmingWhitespace,
            unit.source.split(whereSeparator: \.isWhitespace).count >= 3
        else { return [] }
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
            guard let target = unit.target, unit.source.unicodeScalars.count >= 20, !target.isEmpty else { return nil }
            return Double(target.unicodeScalars.count) / Double(unit.source.unicodeScalars.count)
        }.sorted()
        median = ratios.count >= 3 ? ratios[ratios.count / 2] : nil
    }

    func finding(unit: TranslationUnit, target: String) -> Finding? {
        guard let median, unit.source.unicodeScalars.count >= 20 else { return nil }
        let ratio = Double(target.unicodeScalars.count) / Double(unit.source.unicodeScalars.count)
        guard ratio > median * Self.tolerance || ratio < median / Self.tolerance else { return nil }
        let percent = Int((ratio / median * 100).rounded())
        return Finding(
            unitID: unit.id, severity: .warning, rule: "length-ratio",
            message: "the target is \(percent)% of the usual length for this document's source sentences")
    }
}

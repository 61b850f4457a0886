import DragomanStore
import DragomanText
import Foundation

/// Checks on the form of a target that need no glossary.
enum FormChecks {
    /// Numbers present on one side only, compared as values (``NumberScanner``).
    static func numbers(
        unit: TranslationUnit, target: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) -> [Finding] {
        // A time of day said by another convention ("23.40 Uhr", "11.40 p.m.") is one value,
        // compared as a time: "11.15 Uhr" is not "11.15 p.m.".
        let sourceTimes = TimeOfDay.all(in: unit.source, language: sourceLanguage)
        let targetTimes = TimeOfDay.all(in: target, language: targetLanguage)
        var source = Set(numbers(in: unit.source, outside: sourceTimes))
        var translated = Set(numbers(in: target, outside: targetTimes))
        var findings: [Finding] = []
        let sourceMinutes = Set(sourceTimes.map(\.minutes))
        let targetMinutes = Set(targetTimes.map(\.minutes))
        for (missing, side, other) in sourceMinutes.subtracting(targetMinutes).map({ ($0, "source", "target") })
            + targetMinutes.subtracting(sourceMinutes).map({ ($0, "target", "source") })
        {
            // A time one side writes as a bare number ("um 9" for "9 a.m.") is not a mismatch.
            let bare = TimeOfDay.bareForms(missing)
            if side == "source" && !translated.isDisjoint(with: bare) {
                translated.subtract(bare)
                continue
            }
            if side == "target" && !source.isDisjoint(with: bare) {
                source.subtract(bare)
                continue
            }
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "numbers",
                    message: "the time \(TimeOfDay.clock(missing)) is in the \(side) but not in the \(other)"))
        }
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

    static func numbers(in text: String, outside times: [TimeOfDay]) -> [String] {
        NumberScanner.numbers(in: text).filter { number in
            !times.contains { $0.range.overlaps(number.range) }
        }.map(\.value)
    }

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

/// A time of day as a text writes it: "23.40 Uhr", "23:40", "11.40 p.m.", "9 a.m." are read
/// as minutes after midnight. A bare "23.40" is a decimal number, not a time.
struct TimeOfDay {
    /// Scalar offsets in the text.
    var range: Range<Int>
    var minutes: Int

    /// "23:40".
    static func clock(_ minutes: Int) -> String {
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return String(repeating: "0", count: 2 - hours.count) + hours + ":"
            + String(repeating: "0", count: 2 - rest.count)
            + rest
    }

    /// How a number scanner reads the time written without a mark: the hour on either clock,
    /// with its minutes as decimals ("23.4", "11.4", "9").
    static func bareForms(_ minutes: Int) -> Set<String> {
        let (hours, rest) = (minutes / 60, minutes % 60)
        var forms = Set<String>()
        for hour in Set([hours, hours > 12 ? hours - 12 : hours]) {
            if rest == 0 {
                forms.insert(String(hour))
            } else {
                let decimals = rest < 10 ? "0\(rest)" : String(rest)
                let trimmed = decimals.hasSuffix("0") ? String(decimals.dropLast()) : decimals
                forms.insert("\(hour).\(trimmed)")
                forms.insert("\(hour).\(decimals)")
            }
        }
        return forms
    }

    /// Times of day as `language` marks them: "Uhr" in German ("12 am Montag" is a date),
    /// "a.m."/"pm" in English, "h" in both.
    static func all(in text: String, language: LanguageCode) -> [TimeOfDay] {
        let german = /(\d{1,2})(?:([.:])(\d{2}))?(\s*(?:Uhr|h\b))?/
        let english = /(\d{1,2})(?:([.:])(\d{2}))?(\s*(?:h\b|[ap]\.\s?m\.|[ap]m\b))?/
        let other = /(\d{1,2})(?:([.:])(\d{2}))?(\s*(?:h\b|[ap]\.\s?m\.))?/
        let pattern = language.language == "de" ? german : language.language == "en" ? english : other
        var found: [TimeOfDay] = []
        for match in text.matches(of: pattern.ignoresCase()) {
            guard let hour = Int(match.output.1), hour <= 24 else { continue }
            let minute = match.output.3.flatMap { Int($0) } ?? 0
            let suffix = match.output.4.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            // A colon says time by itself; a dot or no minutes need "Uhr", "h", "a.m." or "p.m.".
            guard minute < 60, suffix != nil || match.output.2 == ":" else { continue }
            // Digits after a digit, a decimal point or comma are a part of another number ("2,5 h").
            if match.range.lowerBound > text.startIndex {
                let before = text[text.index(before: match.range.lowerBound)]
                if before.isNumber || before == "." || before == "," { continue }
            }
            var hours = hour
            if let suffix, suffix.hasPrefix("p"), hour < 12 { hours += 12 }
            if let suffix, suffix.hasPrefix("a"), hour == 12 { hours = 0 }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.range.lowerBound)
            let length = text.unicodeScalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
            found.append(TimeOfDay(range: start..<(start + length), minutes: hours * 60 + minute))
        }
        return found
    }
}

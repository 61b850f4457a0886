import DragomanText

/// Scores language detection on labelled texts (`language<TAB>text` lines).
public struct LanguageDetectionEvaluation: Sendable {
    public struct Row: Sendable {
        public var language: String
        public var total = 0
        public var correct = 0
        public var unknown = 0
        public var wrong: [String: Int] = [:]
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// Per expected language, over the texts of at least `minimumLength` characters.
    public var rows: [Row]
    /// Texts left out because they are shorter than `minimumLength`.
    public var skipped: Int

    public var total: Int { rows.reduce(0) { $0 + $1.total } }
    public var correct: Int { rows.reduce(0) { $0 + $1.correct } }
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    public static func evaluate(
        lines: [String], minimumLength: Int = 100, detector: LanguageDetector = LanguageDetector()
    ) -> LanguageDetectionEvaluation {
        var rows: [String: Row] = [:]
        var skipped = 0
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            let expected = LanguageCode(fields[0])?.language ?? fields[0]
            guard fields[1].count >= minimumLength else {
                skipped += 1
                continue
            }
            var row = rows[expected] ?? Row(language: expected)
            row.total += 1
            if let detected = detector.detect(fields[1])?.language.language {
                if detected == expected { row.correct += 1 } else { row.wrong[detected, default: 0] += 1 }
            } else {
                row.unknown += 1
            }
            rows[expected] = row
        }
        return LanguageDetectionEvaluation(rows: rows.values.sorted { $0.language < $1.language }, skipped: skipped)
    }
}

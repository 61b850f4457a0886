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

    /// - Parameter matches: the glossary terms found in `text` (``TermRecognizer``); those
    ///   with a preferred target form are shielded.
    public func shield(_ text: String, matches: [TermMatch]) -> Shielded {
        var names: [(placeholder: String, target: String)] = []
        var replacements: [(range: Range<Int>, text: String)] = []
        var end = 0
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where match.range.lowerBound >= end && match.entryID != nil {
            guard let target = match.preferredTarget else { continue }
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

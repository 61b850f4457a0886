import DragomanGlossary

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
        var result = ""
        var names: [(placeholder: String, target: String)] = []
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        var offset = 0
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where match.range.lowerBound >= offset && match.entryID != nil {
            guard let target = match.preferredTarget else { continue }
            let start = scalars.index(position, offsetBy: match.range.lowerBound - offset)
            let end = scalars.index(start, offsetBy: match.range.count)
            let placeholder = "ZZN\(names.count + 1)ZZ"
            result += text[position..<start]
            result += placeholder
            names.append((placeholder, target))
            position = end
            offset = match.range.upperBound
        }
        result += text[position...]
        return Shielded(text: result, names: names)
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

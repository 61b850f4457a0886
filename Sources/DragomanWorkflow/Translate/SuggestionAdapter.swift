import DragomanGlossary
import DragomanStore
import DragomanText

/// Adapts a translation-memory suggestion whose source differs from the sentence at hand only
/// in numbers or glossary names: the suggestion's target gets the new numbers (written in its
/// own style) and the new names' preferred target forms.
public struct SuggestionAdapter: Sendable {
    public struct Adapted: Hashable, Sendable {
        public var target: String
        /// What was replaced, as "old → new".
        public var substitutions: [String]
    }

    let sourceTerms: TermRecognizer
    let targetTerms: TermRecognizer

    /// `sourceTerms` may be a recognizer the caller already has for the language pair.
    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        sourceTerms: TermRecognizer? = nil
    ) throws {
        self.sourceTerms =
            try sourceTerms
            ?? TermRecognizer(glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        targetTerms = try TermRecognizer(glossaries: glossaries, sourceLanguage: targetLanguage)
    }

    private enum Token: Equatable {
        case word(String)
        case number(value: String, text: String)
        case term(entry: String, text: String, preferredTarget: String?)

        func sameKind(as other: Token) -> Bool {
            switch (self, other) {
            case (.number, .number), (.term, .term): true
            default: false
            }
        }
    }

    /// The adapted target, or nil when the sources differ in anything but numbers and names
    /// (or do not differ at all), or a replaced item cannot be found in the target.
    public func adapt(source: String, memorySource: String, memoryTarget: String) -> Adapted? {
        let now = tokens(source)
        let then = tokens(memorySource)
        guard now.count == then.count, now != then else { return nil }
        var target = memoryTarget
        var substitutions: [String] = []
        for (new, old) in zip(now, then) where new != old {
            guard new.sameKind(as: old) else { return nil }
            switch (old, new) {
            case (.number(let oldValue, _), .number(let newValue, _)):
                let inTarget = NumberScanner.numbers(in: target).filter { $0.value == oldValue }
                guard inTarget.count == 1, let found = inTarget.first else { return nil }
                let written = String(String.UnicodeScalarView(Array(target.unicodeScalars)[found.range]))
                let replacement = NumberScanner.format(newValue, like: written)
                target = replacing(found.range, in: target, with: replacement)
                substitutions.append("\(written) → \(replacement)")
            case (.term(let oldEntry, _, let oldPreferred), .term(_, _, let preferred)):
                guard let preferred,
                    let found = targetTerms.matches(in: target).first(where: { $0.entryID == oldEntry })
                else { return nil }
                // A derived form keeps its ending: "North Korean" → "South Korean", "Pyongyang’s" → "Seoul’s".
                var replacement = preferred
                if let oldPreferred, found.text.hasPrefix(oldPreferred) {
                    replacement += found.text.dropFirst(oldPreferred.count)
                }
                target = replacing(found.range, in: target, with: replacement)
                substitutions.append("\(found.text) → \(replacement)")
            default:
                return nil
            }
        }
        return Adapted(target: target, substitutions: substitutions)
    }

    private func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var marks: [(range: Range<Int>, token: Token)] = []
        for match in sourceTerms.matches(in: text) {
            guard let entry = match.entryID, match.kind != .unknownName else { continue }
            marks.append((match.range, .term(entry: entry, text: match.text, preferredTarget: match.preferredTarget)))
        }
        for number in NumberScanner.numbers(in: text) where !marks.contains(where: { $0.range.overlaps(number.range) })
        {
            let written = String(String.UnicodeScalarView(scalars[number.range]))
            marks.append((number.range, .number(value: number.value, text: written)))
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var result: [Token] = []
        var position = 0
        func words(upTo end: Int) {
            let piece = String(String.UnicodeScalarView(scalars[position..<end]))
            for word in piece.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                result.append(.word(String(word)))
            }
        }
        for mark in marks where mark.range.lowerBound >= position {
            words(upTo: mark.range.lowerBound)
            result.append(mark.token)
            position = mark.range.upperBound
        }
        words(upTo: scalars.count)
        return result
    }

    private func replacing(_ range: Range<Int>, in text: String, with replacement: String) -> String {
        var scalars = Array(text.unicodeScalars)
        scalars.replaceSubrange(range, with: replacement.unicodeScalars)
        return String(String.UnicodeScalarView(scalars))
    }
}

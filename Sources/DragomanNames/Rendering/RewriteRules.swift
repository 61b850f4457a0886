import Foundation

/// How one language's press writes the letters of another's renderings of a foreign name:
/// each letter sequence with the spellings it may become and what each costs (0 = the usual
/// correspondence, higher = rarer). Read from a resource `render-FROM-TO.tsv`:
///
///     # comment
///     sch     sh 0, zh 0.8, sch 2.5
///     C_ja    ia 0.3, ya 0.4
///     yj$     yi 0.3, y 0.4, iy 0.9
///
/// A pattern may say where it applies: `^` at a word's start, `$` at its end, `C_`/`V_` after
/// a consonant/vowel, `_C`/`_V` before one. `∅` writes nothing. A letter no pattern covers is
/// kept (without its accents). Only the longest patterns that apply at a place are used, and
/// where a pattern with a context applies, the same pattern without one is not.
struct RewriteRules: Sendable {
    struct Rule: Sendable {
        enum Context: Sendable { case any, wordStart, wordEnd, consonant, vowel }
        var pattern: [Character]
        var before: Context
        var after: Context
        var outputs: [(text: String, cost: Double)]
    }

    /// Rules by their pattern's first letter.
    var rules: [Character: [Rule]]
    static let beforeMarks: [(String, Rule.Context)] = [("^", .wordStart), ("C_", .consonant), ("V_", .vowel)]
    static let afterMarks: [(String, Rule.Context)] = [("$", .wordEnd), ("_C", .consonant), ("_V", .vowel)]
    /// Letters read as vowels by `C_`/`V_` contexts.
    static let vowels = Set("aeiouyäöüéèáàíóú")

    init(text: String, file: String) throws {
        var rules: [Character: [Rule]] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            let parts = content.split(separator: "\t", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func fail(_ problem: String) -> NameDataError {
                .malformedResource(file, line: number + 1, problem: problem)
            }
            guard parts.count == 2 else { throw fail("a pattern, a tab and its spellings") }
            var pattern = Substring(parts[0])
            var before = Rule.Context.any
            var after = Rule.Context.any
            if let (mark, context) = Self.beforeMarks.first(where: { pattern.hasPrefix($0.0) }) {
                before = context
                pattern = pattern.dropFirst(mark.count)
            }
            if let (mark, context) = Self.afterMarks.first(where: { pattern.hasSuffix($0.0) }) {
                after = context
                pattern = pattern.dropLast(mark.count)
            }
            let letters = Array(pattern.replacingOccurrences(of: "␣", with: " "))
            guard let first = letters.first else { throw fail("an empty pattern") }
            let outputs = try parts[1].split(separator: ",").map { alternative -> (String, Double) in
                let fields = alternative.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count == 2, let cost = Double(fields[1]), cost >= 0 else {
                    throw fail("\"\(alternative)\" is not a spelling and its cost")
                }
                let text = fields[0] == "∅" ? "" : fields[0].replacingOccurrences(of: "␣", with: " ")
                return (text, cost)
            }
            rules[first, default: []].append(Rule(pattern: letters, before: before, after: after, outputs: outputs))
        }
        self.rules = rules
    }

    static func load(from source: String, to target: String) throws -> RewriteRules {
        let name = "render-\(source)-\(target)"
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv") else {
            throw NameDataError.missingResource(name + ".tsv")
        }
        return try RewriteRules(text: try String(contentsOf: url, encoding: .utf8), file: name + ".tsv")
    }

    /// The rules that apply at `index` of `letters` (the lower-case name), each with its length.
    func matches(in letters: [Character], at index: Int) -> [Rule] {
        guard let candidates = rules[letters[index]] else { return [] }
        func holds(_ context: Rule.Context, at position: Int, start: Bool) -> Bool {
            let outside = position < 0 || position >= letters.count
            switch context {
            case .any: return true
            case .wordStart, .wordEnd: return outside || !letters[position].isLetter
            case .consonant: return !outside && letters[position].isLetter && !Self.vowels.contains(letters[position])
            case .vowel: return !outside && Self.vowels.contains(letters[position])
            }
        }
        let applying = candidates.filter { rule in
            index + rule.pattern.count <= letters.count
                && Array(letters[index..<(index + rule.pattern.count)]) == rule.pattern
                && holds(rule.before, at: index - 1, start: true)
                && holds(rule.after, at: index + rule.pattern.count, start: false)
        }
        // The longest pattern reads the letters (German "sch" is one sound, never s + ch); a
        // pattern with a context that applies stands in for the same pattern without one.
        let longest = applying.map(\.pattern.count).max() ?? 0
        return applying.filter { rule in
            rule.pattern.count == longest
                && (rule.before != .any || rule.after != .any
                    || !applying.contains { $0.pattern == rule.pattern && ($0.before != .any || $0.after != .any) })
        }
    }
}

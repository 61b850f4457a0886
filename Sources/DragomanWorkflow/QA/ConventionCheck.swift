import DragomanGlossary
import DragomanNames
import DragomanStore
import DragomanText
import Foundation

/// A name copied from a German source into an English target in the German press's spelling
/// ("Slowjansk", "Tscheljabinsk", "Serhij Morhunow") where no glossary knows it: the spelling
/// has a mark of the Duden transcription English never writes, and ``NameRenderer`` proposes the
/// English form.
public final class ConventionCheck: Sendable {
    let sourceLanguage: LanguageCode
    let targetLanguage: LanguageCode
    private let renderer: LazyNameRenderer

    init(glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode) {
        renderer = LazyNameRenderer(glossaries: glossaries, source: sourceLanguage, target: targetLanguage)
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// Only German renderings in English targets are read.
    var applies: Bool { sourceLanguage.language == "de" && targetLanguage.language == "en" }

    /// Letter sequences of the Duden transcription that English spellings of foreign names never
    /// have: tsch, dsch, a consonant before j and a vowel (Slowjansk, Tscheljabinsk); and endings
    /// -yj, -ij, -iw, -yw, -zk (Chmelnyzkyj, Charkiw, Donezk).
    static let endings = ["yj", "ij", "iw", "yw", "zk"]
    static let consonantsBeforeJ = Set("bcdfgklmnprstvwz")
    static let vowels = Set("aeiou")

    public static func looksGerman(_ word: String) -> Bool {
        let folded = word.lowercased()
        if folded.contains("tsch") || folded.contains("dsch") { return true }
        let letters = Array(folded)
        for index in letters.indices.dropFirst().dropLast()
        where letters[index] == "j" && consonantsBeforeJ.contains(letters[index - 1])
            && vowels.contains(letters[index + 1])
        {
            return true
        }
        return endings.contains { folded.hasSuffix($0) && folded.count > $0.count + 2 }
    }

    /// Findings for words of `target` that the source writes alike and that look like German
    /// renderings; `known` are the texts the glossaries recognise in the target (left to the
    /// terminology checks).
    func findings(unit: TranslationUnit, target: String, known: Set<String>) -> [Finding] {
        guard applies else { return [] }
        let sourceWords = Set(unit.source.split { !$0.isLetter && $0 != "-" }.map(String.init))
        var findings: [Finding] = []
        var seen = Set<String>()
        for word in target.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        where word.first?.isUppercase == true && sourceWords.contains(word) && Self.looksGerman(word)
            && !known.contains(word) && seen.insert(word).inserted
        {
            guard let english = rendered(word), english != word else { continue }
            findings.append(
                Finding(
                    unitID: unit.id, severity: .warning, rule: "name-convention",
                    message:
                        "“\(word)” is the German press's spelling; English writes “\(english)” "
                        + "(generated: no glossary knows the name)"))
        }
        return findings
    }

    /// The English form `names render` proposes first, from a renderer built once, on first need.
    func rendered(_ name: String) -> String? {
        renderer.render(name, top: 1).first
    }
}

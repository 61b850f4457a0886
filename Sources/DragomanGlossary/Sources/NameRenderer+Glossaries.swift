import DragomanNames
import DragomanText

extension NameRenderer {
    /// A renderer whose sense of the target language's names comes from CLDR (in ICU) and from
    /// the glossaries' terms in that language, less `excluding` (names under evaluation); and
    /// the same of the source language, whose look a proposal should not have. The costs of the
    /// correspondences are learned from the glossaries' names in both languages; the target
    /// language's installed word lists (``NameLexicon``) tell the spellings it actually writes.
    public static func learning(
        from glossaries: [Glossary], source: LanguageCode, target: LanguageCode, excluding: Set<String> = []
    ) throws -> NameRenderer {
        func names(in language: LanguageCode) -> [String] {
            glossaries.flatMap { glossary in
                glossary.entries.flatMap { entry in
                    entry.terms(in: language).filter { $0.status != .deprecated }.map(\.text)
                }
            }
        }
        var renderer = try NameRenderer(
            from: source, to: target,
            model: try model(for: target, names: names(in: target), excluding: excluding),
            sourceModel: try model(for: source, names: names(in: source), excluding: excluding))
        renderer.lexicon = NameLexicon.installed(for: target)
        renderer.learnCosts(from: pairs(in: glossaries, source: source, target: target, excluding: excluding))
        return renderer
    }

    /// Every source-language term of a person, place or organisation with every target-language
    /// term of the same entry (deprecated ones aside), but for `excluding`.
    static func pairs(
        in glossaries: [Glossary], source: LanguageCode, target: LanguageCode, excluding: Set<String>
    ) -> [(source: String, target: String)] {
        var pairs: [(source: String, target: String)] = []
        var seen = Set<String>()
        for glossary in glossaries {
            for entry in glossary.entries where entry.kind != .term {
                let sources = entry.terms(in: source).filter { $0.status != .deprecated }.map(\.text)
                let targets = entry.terms(in: target).filter { $0.status != .deprecated }.map(\.text)
                for from in sources where !excluding.contains(from) {
                    for to in targets where !excluding.contains(to) && from != to {
                        if seen.insert(from + "\u{1F}" + to).inserted { pairs.append((from, to)) }
                    }
                }
            }
        }
        return pairs
    }
}

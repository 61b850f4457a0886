import DragomanNames
import DragomanText
import Synchronization

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

/// A renderer learned from glossaries the first time a name needs a generated form, once, from
/// any thread: most documents' names are all in a glossary, and learning takes a moment.
public final class LazyNameRenderer: Sendable {
    private let glossaries: [Glossary]
    public let source: LanguageCode
    public let target: LanguageCode
    private let state = Mutex<NameRenderer??>(nil)

    public init(glossaries: [Glossary], source: LanguageCode, target: LanguageCode) {
        self.glossaries = glossaries
        self.source = source
        self.target = target
    }

    /// Whether there are correspondences for the pair at all.
    public var applies: Bool { NameRenderer.pairs.contains { $0.source == source && $0.target == target } }

    /// The renderer, or nil for a pair without correspondences (or data that cannot be read).
    public var renderer: NameRenderer? {
        guard applies else { return nil }
        return state.withLock { built in
            if let built { return built }
            let made = try? NameRenderer.learning(from: glossaries, source: source, target: target)
            built = .some(made)
            return made
        }
    }

    /// The `top` proposals' texts for `name`, best first.
    public func render(_ name: String, top: Int = 1) -> [String] {
        renderer?.render(name, top: top).map(\.text) ?? []
    }
}

import DragomanGlossary
import DragomanNames
import DragomanText

/// Which name in a source segment corresponds to which name in its aligned target segment.
public struct AlignedName: Hashable, Sendable {
    public var source: String
    public var target: String
    public var score: Double
    /// The glossary entry both names belong to, if any.
    public var entryID: String?
    /// Whether the target uses the entry's preferred form (nil without an entry).
    public var targetIsPreferred: Bool?
}

/// Finds corresponding names inside aligned beads: names of one glossary entry on both sides
/// first (Pjöngjangs ↔ Pyongyang's, DVRK ↔ DPRK), then the name matcher for the rest
/// (Selenskyj ↔ Zelensky without a glossary).
public struct NameAligner: Sendable {
    let sourceRecognizer: TermRecognizer
    let targetRecognizer: TermRecognizer
    let matcher: NameMatcher
    let targetLanguage: LanguageCode
    /// The target press's forms of a source name no glossary knows (Perzowskyj → Perzovskyi),
    /// for names the matcher cannot pair as written.
    let renderer: LazyNameRenderer

    /// With `commonWords` (each language's ordinary words, ``CommonWords``), every capitalised
    /// word that is none of them counts as a name; without, the recognisers' cues alone.
    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        matcher: NameMatcher = NameMatcher(),
        commonWords: (source: CommonWords?, target: CommonWords?) = (nil, nil)
    ) throws {
        sourceRecognizer = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            commonWords: commonWords.source)
        targetRecognizer = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: targetLanguage, targetLanguage: targetLanguage,
            commonWords: commonWords.target)
        self.matcher = matcher
        self.targetLanguage = targetLanguage
        renderer = LazyNameRenderer(glossaries: glossaries, source: sourceLanguage, target: targetLanguage)
    }

    /// How well `source` (whose key is `key`) and a target name correspond: the matcher's score,
    /// or, when that falls short, its best score for one of the first three generated target
    /// forms of the source name.
    func score(_ source: String, key: NameKey, against other: NameKey) -> Double {
        let direct = matcher.score(key, other)
        guard direct < matcher.threshold, renderer.applies else { return direct }
        return renderer.render(source, top: 3).reduce(direct) { best, form in
            guard let rendered = try? NameKey(form) else { return best }
            return max(best, matcher.score(rendered, other))
        }
    }

    public func names(source: String, target: String) -> [AlignedName] {
        let sourceNames = sourceRecognizer.matches(in: source).filter { $0.entryKind != .term }
        var targetNames = targetRecognizer.matches(in: target).filter { $0.entryKind != .term }
        var aligned: [AlignedName] = []
        var unresolved: [TermMatch] = []
        for name in sourceNames {
            if let entry = name.entryID, let index = targetNames.firstIndex(where: { $0.entryID == entry }) {
                let counterpart = targetNames.remove(at: index)
                aligned.append(
                    AlignedName(
                        source: name.text, target: counterpart.text, score: 1, entryID: entry,
                        targetIsPreferred: counterpart.status == .preferred && counterpart.term == name.preferredTarget)
                )
            } else {
                unresolved.append(name)
            }
        }
        for name in unresolved {
            guard let key = try? NameKey(name.text) else { continue }
            var best: (index: Int, score: Double)?
            for (index, candidate) in targetNames.enumerated() {
                guard let other = try? NameKey(candidate.text) else { continue }
                let score = score(name.text, key: key, against: other)
                if score >= matcher.threshold && score > (best?.score ?? -1) { best = (index, score) }
            }
            if let best {
                let counterpart = targetNames.remove(at: best.index)
                aligned.append(
                    AlignedName(
                        source: name.text, target: counterpart.text, score: best.score,
                        entryID: name.entryID ?? counterpart.entryID,
                        targetIsPreferred: nil))
            }
        }
        return aligned
    }
}

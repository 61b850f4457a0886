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

    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode,
        matcher: NameMatcher = NameMatcher()
    ) throws {
        sourceRecognizer = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        targetRecognizer = try TermRecognizer(
            glossaries: glossaries, sourceLanguage: targetLanguage, targetLanguage: targetLanguage)
        self.matcher = matcher
        self.targetLanguage = targetLanguage
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
                let score = matcher.score(key, other)
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

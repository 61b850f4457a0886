import DragomanGlossary
import DragomanText

extension BilingualDictionary {
    /// The dictionary an alignment uses: the given files merged (the caller chooses them; see
    /// ``installedFile(source:target:)``), plus the glossaries' terms (Moskau → Moscow). Only
    /// the words of `sourceSegments` are loaded from large files.
    public static func forAlignment(
        files: [String], source: LanguageCode, target: LanguageCode, sourceSegments: [String],
        glossaries: [Glossary]
    ) throws -> BilingualDictionary? {
        let vocabulary = vocabulary(of: sourceSegments, language: source)
        var dictionary: BilingualDictionary?
        func add(_ more: BilingualDictionary) {
            if var merged = dictionary {
                merged.merge(more)
                dictionary = merged
            } else {
                dictionary = more
            }
        }
        for path in files {
            add(try load(path: path, source: source, target: target, only: vocabulary))
        }
        let fromGlossaries = from(glossaries: glossaries, source: source, target: target)
        if fromGlossaries.count > 0 { add(fromGlossaries) }
        return dictionary
    }
}

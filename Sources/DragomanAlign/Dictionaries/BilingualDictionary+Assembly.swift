import DragomanGlossary
import DragomanText

extension BilingualDictionary {
    /// The dictionary an alignment uses: the given files merged (or, when none is given, the one
    /// Debian installs for the pair), plus the glossaries' terms (Moskau → Moscow). Only words of
    /// `vocabulary` are loaded from large files. `note` receives what was chosen, for the user.
    public static func forAlignment(
        files: [String], source: LanguageCode, target: LanguageCode, vocabulary: Set<String>,
        glossaries: [Glossary], note: (String) -> Void = { _ in }
    ) throws -> BilingualDictionary? {
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
        if files.isEmpty, let installed = try installed(source: source, target: target, only: vocabulary) {
            note("using the dictionary \(installed.name) (\(installed.count) entries)")
            add(installed)
        }
        let fromGlossaries = from(glossaries: glossaries, source: source, target: target)
        if fromGlossaries.count > 0 { add(fromGlossaries) }
        return dictionary
    }
}

import DragomanAlign
import DragomanGlossary
import DragomanText

/// Sentence pairs for the benchmarks that need a translated document: two files of one
/// sentence per line, or an article and its translation aligned as `align` does it.
enum BenchPairs {
    static func load(
        source: String, translation: String, presegmented: Bool, sourceLang: LanguageCode, glossaries: [Glossary]
    ) throws -> [(source: String, target: String)] {
        let (loaded, dictionary) = try DocumentPairOptions.load(
            source: source, target: translation, sourceLang: sourceLang, targetLang: .english,
            presegmented: presegmented, dictionaries: DictionaryOptions.installed, glossaries: glossaries)
        if presegmented && loaded.sourceSegments.count == loaded.targetSegments.count {
            return Array(zip(loaded.sourceSegments, loaded.targetSegments)).map { (source: $0, target: $1) }
        }
        return loaded.aligned(dictionary: dictionary).filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { bead in
            (
                source: bead.source.map { loaded.sourceSegments[$0] }.joined(separator: " "),
                target: bead.target.map { loaded.targetSegments[$0] }.joined(separator: " ")
            )
        }
    }
}

import ArgumentParser
import DragomanGlossary
import DragomanText

/// A document and its translation, as the commands that align them take them.
struct DocumentPairOptions: ParsableArguments {
    @Argument(help: "The source document.")
    var source: String

    @Argument(help: "The target document (the translation).")
    var target: String

    @Option(name: .long, help: "Language of the source (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "Language of the target (detected when omitted).")
    var targetLang: LanguageCode?

    @Flag(name: .long, help: "Take one segment per line instead of segmenting.")
    var presegmented = false

    @Option(name: .long, help: "A dictionary file: a dictd .index or a Ding text file; repeatable.")
    var dictionary: [String] = []

    /// Both documents segmented, with the dictionary and the glossaries' terms.
    func load(glossaries: [Glossary]) throws -> AlignmentInput.Loaded {
        try AlignmentInput.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang, presegmented: presegmented,
            dictionaries: dictionary, glossaries: glossaries)
    }
}

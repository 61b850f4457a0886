import ArgumentParser
import DragomanAlign
import DragomanGlossary
import DragomanText
import DragomanWorkflow

/// A document and its translation, as the commands that align them take them.
struct DocumentPairOptions: ParsableArguments {
    @Argument(help: "The source document (.txt, .md, .html).")
    var source: String

    @Argument(help: "The target document (the translation).")
    var target: String

    @Option(name: .long, help: "Language of the source (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "Language of the target (detected when omitted).")
    var targetLang: LanguageCode?

    @Flag(name: .long, help: "Take one segment per line instead of segmenting.")
    var presegmented = false

    @OptionGroup var dictionaries: DictionaryOptions

    /// Both documents segmented, their warnings said on stderr, and the dictionary with the
    /// glossaries' terms.
    func load(glossaries: [Glossary]) throws -> (pair: DocumentPair, dictionary: BilingualDictionary?) {
        try Self.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang,
            presegmented: presegmented, dictionaries: dictionaries.files, glossaries: glossaries)
    }

    static func load(
        source: String, target: String, sourceLang: LanguageCode?, targetLang: LanguageCode?, presegmented: Bool,
        dictionaries: (LanguageCode, LanguageCode) -> [String], glossaries: [Glossary] = []
    ) throws -> (pair: DocumentPair, dictionary: BilingualDictionary?) {
        let pair = try DocumentPair.read(
            source: source, target: target, sourceLanguage: sourceLang, targetLanguage: targetLang,
            presegmented: presegmented, note: StandardError.note)
        for warning in pair.warnings { StandardError.write("dragoman: warning: \(warning)\n") }
        let dictionary = try pair.dictionary(
            files: dictionaries(pair.sourceLanguage, pair.targetLanguage), glossaries: glossaries)
        return (pair, dictionary)
    }
}

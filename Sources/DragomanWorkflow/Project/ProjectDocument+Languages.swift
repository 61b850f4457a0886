import DragomanStore
import DragomanText

extension ProjectDocument {
    /// The document's languages as codes; German and English where a stored tag is missing
    /// or does not parse (projects written by older tools).
    public var languages: (source: LanguageCode, target: LanguageCode) {
        (LanguageCode(sourceLanguage) ?? .german, targetLanguage.flatMap { LanguageCode($0) } ?? .english)
    }
}

/// The language of a text: the one the user gave, else the detected one.
public enum LanguageChoice {
    /// A text too short or too mixed to tell, with no language given.
    public struct Unknown: DragomanError {
        public var file: String
        public var location: ErrorLocation? { ErrorLocation(file: file) }
        public var problem: String { "language unknown (text too short or mixed); give it with --lang, e.g. --lang de" }
    }

    /// `given` when there is one; otherwise the language detected in `sample()` (a blank text is
    /// English), reported through `note`.
    public static func resolve(
        _ given: LanguageCode?, file: String, note: (String) -> Void = { _ in }, sample: () throws -> String
    ) throws -> LanguageCode {
        if let given { return given }
        let text = try sample()
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .english }
        guard let detected = LanguageDetector().detect(text) else { throw Unknown(file: file) }
        note("\(file == "-" ? "<stdin>" : file): detected language \(detected.language)")
        return detected.language
    }
}

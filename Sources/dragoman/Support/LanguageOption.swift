import ArgumentParser
import DragomanText

extension LanguageCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Chooses the language for a text: the one given with `--lang`, else the detected one.
enum LanguageChoice {
    static func resolve(_ given: LanguageCode?, file: String, sample: () throws -> String) throws -> LanguageCode {
        if let given { return given }
        let text = try sample()
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { return .english }
        guard let detected = LanguageDetector().detect(text) else {
            throw CommandFailure.usage(
                "\(file == "-" ? "<stdin>" : file): language unknown (text too short or mixed); give it with --lang, e.g. --lang de"
            )
        }
        if StandardError.isTerminal {
            StandardError.write("dragoman: \(file == "-" ? "<stdin>" : file): detected language \(detected.language)\n")
        }
        return detected.language
    }
}

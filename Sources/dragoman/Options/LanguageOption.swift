import ArgumentParser
import DragomanText

extension LanguageCode: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension LanguageChoice {
    /// The language of `file`: the given one, else the detected one (said on stderr when it is a
    /// terminal).
    static func resolve(_ given: LanguageCode?, file: String, sample: () throws -> String) throws -> LanguageCode {
        try resolve(given, file: file, note: StandardError.note, sample: sample)
    }
}

import DragomanText
import Foundation

/// The Apertium rule-based engine (Debian `apertium` plus a language-pair package such as
/// `apertium-eng-spa`), run as `apertium -u -f txt PAIR`: unknown words pass through unmarked.
public struct ApertiumEngine: TranslationEngine {
    public var pair: String
    public var timeout: Double
    public var executable: String
    public var name: String { "apertium \(pair)" }

    /// Apertium names languages by ISO 639-3 codes.
    static let codes = [
        "de": "deu", "en": "eng", "es": "spa", "fr": "fra", "ca": "cat", "pt": "por", "it": "ita", "gl": "glg",
        "ro": "ron", "nl": "nld", "ru": "rus", "uk": "ukr",
    ]

    public init(source: LanguageCode, target: LanguageCode, pair: String? = nil, timeout: Double = 60) throws {
        let candidates = ["/usr/bin/apertium", "/usr/local/bin/apertium"]
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw EngineError.notInstalled(
                engine: "apertium", hint: "apt-get install apertium apertium-eng-spa (or the pair you need)")
        }
        guard
            let pair = pair
                ?? Self.codes[source.language].flatMap({ from in
                    Self.codes[target.language].map { "\(from)-\($0)" }
                })
        else {
            throw EngineError.notInstalled(
                engine: "apertium", hint: "no Apertium pair known for \(source.tag)→\(target.tag); give --pair")
        }
        self.pair = pair
        self.timeout = timeout
        self.executable = executable
    }

    public func translate(_ text: String) throws -> String {
        try EngineProcess.translate(
            text, executable: executable, arguments: ["-u", "-f", "txt", pair], timeout: timeout, engine: name)
    }
}

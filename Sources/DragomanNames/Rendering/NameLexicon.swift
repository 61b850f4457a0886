import DragomanText
import Foundation
import Synchronization

/// The names a language's own dictionaries write: a spelling found there is one the language
/// actually uses (Iraq, Tajikistan, Riyadh are English; Irak, Tadzhikistan, Riad are not), which
/// letter statistics alone cannot tell.
///
/// Read from the word lists Debian installs under `/usr/share/dict` (`wamerican`, `wbritish` and
/// their -large/-huge sizes for English; `wngerman`, `wogerman`, `wswiss` for German). For English
/// only entries with a capital count (proper names; "bar" attests no "Bar"); German capitalises
/// every noun, so there a capitalised entry is a name or a noun.
public struct NameLexicon: Sendable {
    private let names: Set<String>

    /// `names` as written; they are compared without case.
    public init(names: some Sequence<String>) {
        self.names = Set(names.map(LetterModel.normalized))
    }

    public var isEmpty: Bool { names.isEmpty }

    /// Whether `spelling` is a name of the lexicon: as a whole, or each of its words (Hong Kong).
    public func attests(_ spelling: String) -> Bool {
        let text = LetterModel.normalized(spelling)
        if names.contains(text) { return true }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        return words.count > 1 && words.allSatisfy { names.contains(String($0)) }
    }

    /// The word lists of `language` found under `folder`, by file name.
    public static let wordLists: [String: [String]] = [
        "en": [
            "american-english-huge", "american-english-large", "american-english", "british-english-huge",
            "british-english-large", "british-english",
        ],
        "de": ["ngerman", "ogerman", "swiss"],
    ]

    private static let installed = Mutex<[String: NameLexicon]>([:])

    /// The lexicon of `language` from the installed word lists (read once per process), or nil
    /// when none is installed.
    public static func installed(for language: LanguageCode, folder: String = "/usr/share/dict") -> NameLexicon? {
        let key = folder + "/" + language.language
        if let known = installed.withLock({ $0[key] }) { return known.isEmpty ? nil : known }
        var names: [String] = []
        for file in wordLists[language.language] ?? [] {
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(whereSeparator: \.isNewline) {
                // Possessives and abbreviations are no names of their own.
                guard let first = line.first, first.isUppercase, !line.contains("'"), !line.contains(".") else {
                    continue
                }
                names.append(String(line))
            }
        }
        let lexicon = NameLexicon(names: names)
        installed.withLock { $0[key] = lexicon }
        return lexicon.isEmpty ? nil : lexicon
    }
}

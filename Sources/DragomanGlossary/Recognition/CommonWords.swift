import DragomanNames
import DragomanText
import Foundation
import Synchronization

/// The ordinary words of a language, which a capitalised word that is a name is not: German
/// capitalises every noun, so "Truppen" and "Verteidigungsministerium" are words while
/// "Perzowskyj" and "Sudscha" are names; at a sentence's start a capital says nothing either.
///
/// Read from the dictionaries Debian installs: the headwords of FreeDict's dictionaries from
/// the language (`/usr/share/dictd/freedict-deu-*.index`) and, for English, the lower-case
/// entries of the word lists (`wamerican-large`, `wbritish-large`).
public struct CommonWords: Sendable {
    private let words: Set<String>
    private let isGerman: Bool

    /// `words` in any case; they are compared in lower case.
    public init(words: some Sequence<String>, language: LanguageCode) {
        self.words = Set(words.map { $0.lowercased() })
        isGerman = language.language == "de"
    }

    public var count: Int { words.count }

    /// Whether `word` is an ordinary word: listed, listed less a German inflectional ending
    /// ("Soldaten"), or in German a compound whose last part is one ("Konfliktzone").
    public func contains(_ word: String) -> Bool {
        let lower = word.lowercased()
        if isListed(lower) { return true }
        guard isGerman else { return false }
        let letters = Array(lower)
        // The last part of a compound is at least four letters, after at least three.
        guard letters.count >= 7 else { return false }
        for start in 3...(letters.count - 4) where isListed(String(letters[start...])) { return true }
        return false
    }

    private func isListed(_ lower: String) -> Bool {
        if words.contains(lower) { return true }
        guard isGerman else { return false }
        // The inflectional endings term recognition strips as well.
        return TermRecognizer.germanEndings.contains { ending in
            lower.count - ending.count >= 4 && lower.hasSuffix(ending)
                && words.contains(String(lower.dropLast(ending.count)))
        }
    }

    private static let cache = Mutex<[String: CommonWords]>([:])

    /// The installed dictionaries' words of `language` (read once per process), or nil when
    /// none is installed.
    public static func installed(
        for language: LanguageCode, dictionaries: String = "/usr/share/dictd", wordLists: String = "/usr/share/dict"
    ) -> CommonWords? {
        let key = "\(dictionaries)|\(wordLists)|\(language.language)"
        if let known = cache.withLock({ $0[key] }) { return known.count == 0 ? nil : known }
        var words: [String] = []
        let codes = ["de": "deu", "en": "eng", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld"]
        if let code = codes[language.language],
            let files = try? FileManager.default.contentsOfDirectory(atPath: dictionaries)
        {
            for file in files.sorted() where file.hasPrefix("freedict-\(code)-") && file.hasSuffix(".index") {
                guard let data = FileManager.default.contents(atPath: dictionaries + "/" + file) else { continue }
                for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                    guard let tab = line.firstIndex(of: "\t") else { continue }
                    let headword = line[..<tab]
                    // Phrases and the index's own entries ("00-database-…") are no words.
                    if !headword.isEmpty, !headword.contains(" "), !headword.hasPrefix("00") {
                        words.append(String(headword))
                    }
                }
            }
        }
        if language.language == "en" {
            // The same word lists the name renderer reads its English proper names from.
            for file in NameLexicon.wordLists["en"] ?? [] {
                guard let data = FileManager.default.contents(atPath: wordLists + "/" + file) else { continue }
                for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                where line.first?.isLowercase == true && !line.contains("'") {
                    words.append(String(line))
                }
            }
        }
        let common = CommonWords(words: words, language: language)
        cache.withLock { $0[key] = common }
        return common.count == 0 ? nil : common
    }
}

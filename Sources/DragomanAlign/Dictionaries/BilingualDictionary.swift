import DragomanGlossary
import DragomanText
import Foundation

/// A bilingual word list from source-language words to target-language words, both stemmed
/// (see ``WordNormalizer``), read from the dictionaries Debian ships: Ding format
/// (`trans-de-en`) and dictd format (FreeDict).
public struct BilingualDictionary: Sendable {
    public let source: LanguageCode
    public let target: LanguageCode
    public let name: String
    /// Stemmed source word → stemmed target words.
    public private(set) var translations: [String: Set<String>] = [:]

    /// Adds another dictionary's entries for the same pair.
    public mutating func merge(_ other: BilingualDictionary) {
        for (word, targets) in other.translations { translations[word, default: []].formUnion(targets) }
    }

    public var count: Int { translations.count }

    public init(source: LanguageCode, target: LanguageCode, name: String, translations: [String: Set<String>] = [:]) {
        self.source = source
        self.target = target
        self.name = name
        self.translations = translations
    }

    mutating func add(sourcePhrase: String, targetPhrase: String, normalizers: (WordNormalizer, WordNormalizer)) {
        // Single words only: multi-word phrases would blur the counts.
        let sourceWords = WordNormalizer.words(Self.stripAnnotations(sourcePhrase))
        let targetWords = WordNormalizer.words(Self.stripAnnotations(targetPhrase))
        guard sourceWords.count == 1, (1...2).contains(targetWords.count) else { return }
        let key = normalizers.0.stem(String(sourceWords[0]))
        guard key.count >= 2 else { return }
        for word in targetWords where word.count >= 2 {
            translations[key, default: []].insert(normalizers.1.stem(String(word)))
        }
    }

    /// Removes grammar annotations: {m}, [geol.], (zoologisch), <noun>, /pronunciation/.
    static func stripAnnotations(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            switch character {
            case "{", "[", "(", "<": depth += 1
            case "}", "]", ")", ">": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(character) }
            }
        }
        return result
    }
}

extension BilingualDictionary {
    /// Reads a Ding file ("Aal {m} | Aale {pl} :: eel | eels"), German on the left.
    public static func ding(
        path: String, source: LanguageCode, target: LanguageCode, only vocabulary: Set<String>? = nil
    ) throws -> BilingualDictionary {
        let text = try FileAccess.readText(path, expected: "a Ding dictionary")
        var dictionary = BilingualDictionary(source: source, target: target, name: path)
        let normalizers = (WordNormalizer(language: source), WordNormalizer(language: target))
        let reversed = source.language != "de"
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let separator = line.range(of: " :: ") else { continue }
            let left = line[..<separator.lowerBound].split(separator: "|")
            let right = line[separator.upperBound...].split(separator: "|")
            if let vocabulary, !reversed {
                // The German side: any of its words needed?
                let needed = WordNormalizer.words(String(left[0])).contains {
                    vocabulary.contains(normalizers.0.stem(String($0)))
                }
                if !needed { continue }
            }
            for (german, other) in zip(left, right) {
                for g in german.split(separator: ";") {
                    for o in other.split(separator: ";") {
                        if reversed {
                            dictionary.add(sourcePhrase: String(o), targetPhrase: String(g), normalizers: normalizers)
                        } else {
                            dictionary.add(sourcePhrase: String(g), targetPhrase: String(o), normalizers: normalizers)
                        }
                    }
                }
            }
        }
        return dictionary
    }

    /// Reads a dictd dictionary (`NAME.index` and `NAME.dict.dz` or `NAME.dict`), as FreeDict
    /// writes it: each entry is the headword line, then a line of translations.
    public static func dictd(
        indexPath: String, source: LanguageCode, target: LanguageCode, only vocabulary: Set<String>? = nil
    ) throws -> BilingualDictionary {
        let index = try FileAccess.readText(indexPath, expected: "a dictd index")
        let base = indexPath.hasSuffix(".index") ? String(indexPath.dropLast(6)) : indexPath
        let body = try dictdBody(base: base)
        var dictionary = BilingualDictionary(source: source, target: target, name: base)
        let normalizers = (WordNormalizer(language: source), WordNormalizer(language: target))
        let prefixes = Set((vocabulary ?? []).map { prefixKey(Substring($0)) })
        for line in index.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].hasPrefix("00") else { continue }
            // With a vocabulary, only the entries a document needs are decoded; a cheap test on
            // the first letters comes before stemming.
            if let vocabulary {
                guard prefixes.contains(Self.prefixKey(fields[0])),
                    vocabulary.contains(normalizers.0.stem(String(fields[0])))
                else { continue }
            }
            guard let offset = decode(fields[1]), let length = decode(fields[2]), offset + length <= body.count else {
                continue
            }
            let entry = String(decoding: body[offset..<(offset + length)], as: UTF8.self)
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: true)
            guard lines.count >= 2 else { continue }
            let headword = String(fields[0])
            for translation in lines[1].split(whereSeparator: { $0 == "," || $0 == ";" }) {
                // Drop sense numbers ("1. ien").
                let cleaned = translation.drop { $0 == " " || $0.isNumber || $0 == "." }
                dictionary.add(sourcePhrase: headword, targetPhrase: String(cleaned), normalizers: normalizers)
            }
        }
        return dictionary
    }

    /// The uncompressed dictionary body; `.dict.dz` is gzip-compatible and read through `gzip -dc`.
    private static func dictdBody(base: String) throws -> [UInt8] {
        if let plain = FileManager.default.contents(atPath: base + ".dict") { return Array(plain) }
        let compressed = base + ".dict.dz"
        guard FileManager.default.fileExists(atPath: compressed) else {
            throw DictionaryError(file: compressed, problem: "no dictionary body next to the index")
        }
        let finished: ProcessRunner.Finished
        do {
            finished = try ProcessRunner.run("/bin/gzip", arguments: ["-dc", compressed], timeout: 300)
        } catch {
            throw DictionaryError(file: compressed, problem: "gzip could not decompress it (\(error))")
        }
        guard finished.status == 0 else {
            throw DictionaryError(file: compressed, problem: "gzip could not decompress it (\(finished.errors))")
        }
        return Array(finished.output)
    }

    /// The first three letters, lower-cased: a stem and its word share them.
    static func prefixKey(_ word: Substring) -> String {
        let prefix = String(word.prefix(3))
        if prefix.utf8.allSatisfy({ $0 < 0x80 }) { return prefix.lowercased() }
        return String(MatchingKey.fold(prefix).prefix(3))
    }

    /// dictd's base-64 numbers.
    static func decode(_ text: Substring) -> Int? {
        var value = 0
        for scalar in text.unicodeScalars {
            let digit: Int
            switch scalar {
            case "A"..."Z": digit = Int(scalar.value) - 65
            case "a"..."z": digit = Int(scalar.value) - 97 + 26
            case "0"..."9": digit = Int(scalar.value) - 48 + 52
            case "+": digit = 62
            case "/": digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }

    /// The dictionary file Debian installs for a language pair, if any: a FreeDict dictd index in
    /// /usr/share/dictd, or the Ding file /usr/share/trans/de-en for German and English. The
    /// command layer decides whether to use it (and says so); the library never looks on its own.
    public static func installedFile(source: LanguageCode, target: LanguageCode) -> String? {
        let codes = [
            "de": "deu", "en": "eng", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld", "ru": "rus", "pt": "por",
        ]
        if let s = codes[source.language], let t = codes[target.language] {
            let index = "/usr/share/dictd/freedict-\(s)-\(t).index"
            if FileManager.default.fileExists(atPath: index) { return index }
        }
        let pair = Set([source.language, target.language])
        if pair == ["de", "en"], FileManager.default.fileExists(atPath: "/usr/share/trans/de-en") {
            return "/usr/share/trans/de-en"
        }
        return nil
    }

    /// Reads a dictionary file by its form: a dictd `.index`, or a Ding text file.
    public static func load(
        path: String, source: LanguageCode, target: LanguageCode, only vocabulary: Set<String>? = nil
    ) throws -> BilingualDictionary {
        if path.hasSuffix(".index") || path.hasSuffix(".dict.dz") || path.hasSuffix(".dict") {
            let base = path.replacingOccurrences(of: ".dict.dz", with: "").replacingOccurrences(of: ".dict", with: "")
                .replacingOccurrences(of: ".index", with: "")
            return try dictd(indexPath: base + ".index", source: source, target: target, only: vocabulary)
        }
        return try ding(path: path, source: source, target: target, only: vocabulary)
    }
}

extension BilingualDictionary {
    /// Translations taken from glossaries: the words of an entry's source-language terms and
    /// forms to the words of its target-language terms (Moskau → Moscow, Kreml → Kremlin).
    public static func from(glossaries: [Glossary], source: LanguageCode, target: LanguageCode) -> BilingualDictionary {
        var dictionary = BilingualDictionary(source: source, target: target, name: "glossaries")
        let normalizers = (WordNormalizer(language: source), WordNormalizer(language: target))
        for glossary in glossaries {
            for entry in glossary.entries {
                let targets = entry.terms(in: target).map(\.text)
                guard !targets.isEmpty else { continue }
                for term in entry.terms(in: source) {
                    for text in [term.text] + term.forms {
                        for word in WordNormalizer.words(text) where Self.isNameWord(word) {
                            let key = normalizers.0.stem(String(word))
                            for targetText in targets {
                                for targetWord in WordNormalizer.words(targetText) where Self.isNameWord(targetWord) {
                                    dictionary.translations[key, default: []].insert(
                                        normalizers.1.stem(String(targetWord)))
                                }
                            }
                        }
                    }
                }
            }
        }
        return dictionary
    }

    /// A word of a name that may stand for its part of it: not the short lower-case words that
    /// join names ("Rat der EU", "Bank of England", "Ciudad del Vaticano"), which would link
    /// every "der" to every "the".
    static func isNameWord(_ word: Substring) -> Bool {
        word.count >= 3 && !(word.count <= 4 && word.first?.isLowercase == true)
    }

    /// The stemmed words of source segments: what a dictionary needs to load for them.
    public static func vocabulary(of segments: [String], language: LanguageCode) -> Set<String> {
        let normalizer = WordNormalizer(language: language)
        var words = Set<String>()
        for segment in segments {
            for word in WordNormalizer.words(segment) where word.count >= 2 {
                words.insert(normalizer.stem(String(word)))
            }
        }
        // Compound heads are looked up too: add every suffix of long words.
        for word in Array(words) { words.formUnion(WordNormalizer.compoundHeads(of: word)) }
        return words
    }
}

public struct DictionaryError: DragomanError {
    public var file: String
    public var problem: String
    public var location: ErrorLocation? { ErrorLocation(file: file) }
}

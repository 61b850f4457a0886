import Foundation

/// Words that say where a place lies, in the languages the matcher reads (the
/// `name-qualifiers.tsv` resource): "North", "südliches", and "Nord-" written together with
/// the place name in "Nordamerika". A name's qualifiers are kept apart from its parts as a set
/// of meanings, which two names must share to match.
struct NameQualifiers: Sendable {
    /// A set of meanings (north, south, east, west, central) as bits.
    typealias Meanings = UInt16

    private let words: [String: Meanings]
    /// Longest first, so that "nordost" wins over "nord".
    private let prefixes: [(letters: [UInt8], meanings: Meanings)]

    static let shared = NameQualifiers(resource: "name-qualifiers")

    /// Letters that must follow a prefix for a word to be split ("Ostende" is, "Osten" is not).
    static let minimumRest = 4

    /// Reads a table resource of this module; a missing one is an empty table.
    init(resource: String) {
        self.init(table: NameResources.tableText(resource))
    }

    /// Parses `meaning…<TAB>words<TAB>prefixes` lines; "#" starts a comment line.
    init(table text: String) {
        var bits: [Substring: Meanings] = [:]
        var words: [String: Meanings] = [:]
        var prefixes: [(letters: [UInt8], meanings: Meanings)] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { continue }
            var meanings: Meanings = 0
            for meaning in columns[0].split(separator: " ") {
                if bits[meaning] == nil { bits[meaning] = 1 << Meanings(bits.count) }
                meanings |= bits[meaning]!
            }
            for word in columns[1].split(separator: " ") { words[String(word)] = meanings }
            if columns.count > 2 {
                for prefix in columns[2].split(separator: " ") { prefixes.append((Array(prefix.utf8), meanings)) }
            }
        }
        self.words = words
        self.prefixes = prefixes.sorted { $0.letters.count > $1.letters.count }
    }

    /// The meanings a folded word carries, and what is left of the word: nil for a qualifier
    /// written apart, the place name for one written together, the word itself otherwise.
    func reading(of word: String) -> (meanings: Meanings, rest: String?) {
        if let meanings = words[word] { return (meanings, nil) }
        let bytes = Array(word.utf8)
        for prefix in prefixes
        where bytes.count >= prefix.letters.count + Self.minimumRest && bytes.starts(with: prefix.letters) {
            return (prefix.meanings, String(decoding: bytes[prefix.letters.count...], as: UTF8.self))
        }
        return (0, word)
    }
}

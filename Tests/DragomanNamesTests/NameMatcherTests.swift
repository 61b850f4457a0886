import DragomanEvaluation
import DragomanText
import Foundation
import Testing

@testable import DragomanNames

@Suite("Name matcher")
struct NameMatcherTests {
    static let matcher = NameMatcher()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
}

extension NameMatcherTests {
    @Test(
        "Same person or place across conventions and scripts",
        arguments: [
            ("Wladimir Selenskyj", "Volodymyr Zelensky"),
            ("Wladimir Selenskyj", "Zelensky"),
            ("Selenskyj", "Зеленський"),
            ("Зеленский", "Zelenskiy"),
            ("Sergej Lawrow", "Sergey Lavrov"),
            ("Dmitri Peskow", "Dmitry Peskov"),
            ("Pjöngjang", "Pyongyang"),
            ("P'yŏngyang", "Pyeongyang"),
            ("평양", "Pyongyang"),
            ("김정은", "Kim Jong Un"),
            ("Moon Jae In", "Moon Jae-in"),
            ("Baschar al-Assad", "Bashar Assad"),
            ("Ali Chamenei", "Ali Khamenei"),
            ("Erdoğan", "Erdogan"),
            ("Wladiwostok", "Vladivostok"),
            ("Charkiw", "Kharkiv"),
            ("Tschernihiw", "Chernihiv"),
            ("Alexander Lukaschenko", "Aliaksandr Lukashenka"),
            ("Dschibuti", "Djibouti"),
            ("Pjöngjangs", "Pyongyang"),
            ("Pjotr Tschaikowski", "Pyotr Tchaikovsky"),
        ])
    func matches(first: String, second: String) throws {
        let result = try Self.matcher.match(first, second)
        #expect(result.isMatch, "\(first) / \(second): \(result.score)")
        #expect(try Self.matcher.match(second, first).score == result.score)
    }

    @Test(
        "Different people and places",
        arguments: [
            ("Kim Jong Un", "Kim Jong Il"),
            ("Sergej Lawrow", "Sergei Ryabkov"),
            ("Wladimir Putin", "Dmitri Putin"),
            ("Austria", "Australia"),
            ("Omsk", "Tomsk"),
            ("Moskau", "Moscow"),
            ("DVRK", "DPRK"),
            ("Ireland", "Iceland"),
        ])
    func differs(first: String, second: String) throws {
        #expect(try !Self.matcher.match(first, second).isMatch)
    }

    @Test(
        "Places must agree in where they lie, in any language",
        arguments: [
            ("Nordamerika", "Nordafrika", false),
            ("Mittelamerika", "Mittelafrika", false),
            ("Sudan", "Südsudan", false),
            ("Sudan", "South Sudan", false),
            ("Southern Africa", "South Africa", false),
            ("Südkorea", "North Korea", false),
            ("Südsudan", "South Sudan", true),
            ("Nordamerika", "North America", true),
            ("Nördliches Amerika", "Northern America", true),
            ("Südliches Afrika", "Southern Africa", true),
            ("Osttimor", "East Timor", true),
            ("Korea del Sur", "South Korea", true),
            ("Ostrowski", "Ostrovsky", true),
            ("West", "West", true),
        ])
    func qualifiers(first: String, second: String, same: Bool) throws {
        #expect(try Self.matcher.match(first, second).isMatch == same)
        #expect(try Self.matcher.match(second, first).isMatch == same)
    }

    @Test("Scores lie in [0, 1] and identical names score 1")
    func scoreRange() throws {
        #expect(try Self.matcher.match("Lloyd Austin", "Lloyd Austin").score == 1)
        let score = try Self.matcher.match("Peskow", "Schoigu").score
        #expect(score >= 0 && score < Self.matcher.threshold)
        #expect(try Self.matcher.match("", "Peskov").score == 0)
    }

    @Test("Keys fold scripts and conventions into skeletons")
    func keys() throws {
        let german = try NameKey("Wladimir Selenskyj")
        #expect(german.parts.map(\.folded) == ["wladimir", "selenskyj"])
        #expect(german.parts[1].skeletons.contains(Array("selensky".utf8)))
        #expect(german.parts[0].givenNameGroup != nil)
        #expect(german.parts[0].givenNameGroup == (try NameKey("Volodymyr").parts[0].givenNameGroup))
        let arabic = try NameKey("Baschar al-Assad")
        #expect(arabic.coreParts.map(\.folded) == ["baschar", "assad"])
        #expect(try NameKey("평양").parts.count == 2)
    }

    @Test(
        "A word's given-name group is the one its full key carries",
        arguments: ["wladimir", "volodymyr", "sergej", "Sergej", "jürgen", "Владимир", "selenskyj", "kim", ""])
    func givenNameOfWord(word: String) throws {
        let key = try NameKey(word)
        #expect(NameKey.givenNameGroup(ofWord: word) == key.parts.first?.givenNameGroup)
    }

    @Test("Pairing picks at most one counterpart per name")
    func pairing() throws {
        let pairs = try NamePairing().pairs(
            sources: ["Pjöngjang", "Moskau", "Wladiwostok"],
            targets: ["Moscow", "Vladivostok", "Pyongyang", "Vladimir"])
        #expect(pairs.map(\.target) == ["Pyongyang", "Vladivostok"])
    }
}

extension NameMatcherTests {
    /// The CLDR rows whose names differ by transliteration convention, paired among all English
    /// names of the differing rows (the full bar, among all 688 CLDR names, runs in `.ci/run`).
    @Test("Transliteration pairs from CLDR are found with high precision")
    func cldrTransliterations() throws {
        let table = try TSVTable(path: Self.fixtures.appendingPathComponent("cldr-de-en-differences.tsv").path)
        let rows = try table.rows(columns: ["kind", "de", "en"])
        let transliterations = rows.filter { $0[0] == "transliteration" }
        #expect(transliterations.count == 70)
        #expect(rows.count - transliterations.count == 227)
        let report = try NameMatchingEvaluation.pairing(
            expected: transliterations.map { (source: $0[1], target: $0[2]) },
            candidates: Array(Set(rows.map { $0[2] })))
        #expect(report.recall >= 0.95)
        #expect(report.precision >= 0.99)
    }

    @Test("Hard negatives are refused")
    func hardNegatives() throws {
        let table = try TSVTable(path: Self.fixtures.appendingPathComponent("hard-negatives.tsv").path)
        let pairs = try table.rows(columns: ["name_a", "name_b"]).map { ($0[0], $0[1]) }
        #expect(pairs.count >= 200)
        let report = try NameMatchingEvaluation.negatives(pairs)
        #expect(report.acceptedRate <= 0.03)
    }
}

@Suite("String similarity")
struct StringSimilarityTests {
    @Test(
        "Jaro-Winkler reference values",
        arguments: [("martha", "marhta", 0.961), ("dwayne", "duane", 0.84), ("dixon", "dicksonx", 0.813)])
    func jaroWinkler(a: String, b: String, expected: Double) {
        #expect(abs(StringSimilarity.jaroWinkler(Array(a.utf8), Array(b.utf8)) - expected) < 0.001)
    }

    @Test("Edit distances")
    func distances() {
        #expect(StringSimilarity.levenshtein(Array("kitten".utf8), Array("sitting".utf8)) == 3)
        #expect(StringSimilarity.vowelWeightedDistance(Array("maskat".utf8), Array("muskat".utf8)) == 0.5)
        #expect(StringSimilarity.vowelWeightedDistance(Array("ireland".utf8), Array("iceland".utf8)) == 1)
    }

    @Test("Banded distances agree with the full computation within their limit")
    func bandedDistances() {
        /// The vowel-weighted distance by the textbook recurrence, in doubles.
        func reference(_ a: [UInt8], _ b: [UInt8]) -> Double {
            func cost(_ x: UInt8) -> Double { StringSimilarity.isVowel(x) ? 0.5 : 1 }
            var row = [0.0]
            for y in b { row.append(row.last! + cost(y)) }
            for x in a {
                var next = [row[0] + cost(x)]
                for (j, y) in b.enumerated() {
                    let substitution =
                        x == y ? 0 : (StringSimilarity.isVowel(x) && StringSimilarity.isVowel(y) ? 0.5 : 1)
                    next.append(min(row[j + 1] + cost(x), next[j] + cost(y), row[j] + substitution))
                }
                row = next
            }
            return row.last!
        }
        var random = SystemRandomNumberGenerator()
        let letters = Array("aeikmnosu".utf8)
        /// `word` with up to three letters replaced, inserted or removed: pairs that share
        /// ends, as renderings of one name do.
        func edited(_ word: [UInt8]) -> [UInt8] {
            var word = word
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let position = Int.random(in: 0...word.count, using: &random)
                let letter = letters.randomElement(using: &random)!
                switch (Int.random(in: 0..<3, using: &random), position < word.count) {
                case (0, true): word[position] = letter
                case (1, true): word.remove(at: position)
                default: word.insert(letter, at: position)
                }
            }
            return word
        }
        for round in 0..<2_000 {
            let a = (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let b =
                round.isMultiple(of: 2)
                ? edited(a)
                : (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! }
            let exact = reference(a, b)
            #expect(StringSimilarity.vowelWeightedDistance(a, b) == exact)
            let limit = Double(Int.random(in: 0...8, using: &random)) / 2
            let banded = StringSimilarity.vowelWeightedDistance(a, b, limit: limit)
            #expect(exact <= limit ? banded == exact : banded > limit, "\(a) \(b) \(limit)")
            let levenshtein = StringSimilarity.levenshtein(a, b)
            let cutoff = Int.random(in: 0...4, using: &random)
            #expect(StringSimilarity.levenshtein(a, b, limit: cutoff) == (levenshtein <= cutoff ? levenshtein : nil))
        }
    }
}

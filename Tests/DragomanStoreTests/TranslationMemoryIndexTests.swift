import DragomanStore
import Testing

@Suite("Translation-memory index")
struct TranslationMemoryIndexTests {
    static let sentences = [
        "Nordkorea hat nach Angaben Südkoreas rund 3000 Soldaten nach Russland geschickt.",
        "Nordkorea hat nach Angaben Südkoreas rund 1500 Soldaten nach Russland geschickt.",
        "Der Kreml wies die Berichte zurück.",
        "Kremlsprecher Dmitri Peskow sprach von einer Falschmeldung.",
        "Die Truppen sollen in der Region Kursk eingesetzt werden.",
        "Selenskyj forderte mehr Unterstützung aus dem Westen.",
        "Die USA zeigten sich besorgt über die Entwicklung.",
        "Pjöngjang äußerte sich zunächst nicht.",
    ]

    @Test(arguments: [
        ("Nordkorea hat nach Angaben Südkoreas rund 2000 Soldaten nach Russland geschickt.", 0),
        ("Der Kreml wies diese Berichte zurück.", 2),
        ("selenskyj   forderte mehr Unterstützung aus dem Westen", 5),
    ])
    func bestMatchIsTheClosestSentence(query: String, expected: Int) {
        let index = TranslationMemoryIndex(sources: Self.sentences)
        let matches = index.matches(for: query)
        #expect(matches.first?.entry == expected)
        #expect(matches == index.scanMatches(for: query))
    }

    @Test func exactMatchScoresOneHundredIgnoringCaseAndSpacing() {
        let index = TranslationMemoryIndex(sources: Self.sentences)
        let match = index.matches(for: "DER KREML wies die  Berichte zurück.").first
        #expect(match?.entry == 2 && match?.percentage == 100)
    }

    @Test func unrelatedQueryHasNoMatch() {
        let index = TranslationMemoryIndex(sources: Self.sentences)
        #expect(index.matches(for: "Completely unrelated English words here.").isEmpty)
    }

    @Test func distanceAgreesWithTheTextbookDefinition() {
        func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var diagonal = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let above = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                    diagonal = above
                }
            }
            return a.isEmpty ? b.count : row[b.count]
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                UInt32.random(in: 97...100, using: &generator)
            }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                UInt32.random(in: 97...100, using: &generator)
            }
            let exact = reference(a, b)
            #expect(FuzzyText.distance(a, b) == exact)
            let limit = Int.random(in: 0...6, using: &generator)
            #expect(FuzzyText.distance(a, b, limit: limit) == (exact <= limit ? exact : nil))
        }
    }
}

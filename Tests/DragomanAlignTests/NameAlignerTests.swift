import DragomanGlossary
import DragomanText
import Foundation
import Testing

@testable import DragomanAlign

@Suite("Names inside aligned beads")
struct NameAlignerTests {
    static let glossary = Glossary(
        title: "test",
        entries: [
            GlossaryEntry(
                id: "pyongyang", kind: .place,
                terms: [
                    Term(language: "de", text: "Pjöngjang"), Term(language: "en", text: "Pyongyang"),
                ]),
            GlossaryEntry(
                id: "dprk", kind: .organization,
                terms: [Term(language: "de", text: "DVRK"), Term(language: "en", text: "DPRK")]),
        ])

    @Test("A glossary entry on both sides pairs its names, inflected or not")
    func glossaryPairs() throws {
        let aligner = try NameAligner(glossaries: [Self.glossary], sourceLanguage: "de", targetLanguage: "en")
        let names = aligner.names(
            source: "Die DVRK bestätigte den Besuch in Pjöngjangs Hauptstadtregion.",
            target: "The DPRK confirmed the visit to Pyongyang.")
        let pairs = Set(names.map { "\($0.source)→\($0.target)" })
        #expect(pairs.contains("DVRK→DPRK"))
        #expect(names.contains { $0.entryID == "pyongyang" && $0.target == "Pyongyang" && $0.score == 1 })
        #expect(names.allSatisfy { $0.entryID != nil })
    }

    @Test("Without a glossary, the name matcher pairs transliterations and leaves different names alone")
    func matcherPairs() throws {
        let aligner = try NameAligner(glossaries: [], sourceLanguage: "de", targetLanguage: "en")
        // German capitalises every noun: a name without a glossary is a run of capitalised words.
        let names = aligner.names(
            source: "Am Montag sprach Wolodymyr Selenskyj mit Olaf Scholz.",
            target: "On Monday, Volodymyr Zelensky spoke with Emmanuel Macron.")
        #expect(
            names.contains {
                $0.source == "Wolodymyr Selenskyj" && $0.target == "Volodymyr Zelensky" && $0.entryID == nil
            },
            "\(names)")
        #expect(!names.contains { $0.source == "Olaf Scholz" })
    }
}

@Suite("Dictionary readers")
struct DictionaryReaderTests {
    /// A dictd dictionary of three entries: the body, and an index of base-64 offsets and lengths.
    static func dictd(in folder: URL, compressed: Bool) throws -> String {
        let entries = [
            ("Truppe", "Truppe /ˈtʁʊpə/\ntroop; unit\n"), ("Vorwurf", "Vorwurf\n1. accusation, 2. reproach\n"),
            ("Woche", "Woche\nweek\n"),
        ]
        var body = Data()
        var index = ""
        func base64(_ value: Int) -> String {
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            var value = value
            var digits = ""
            repeat {
                digits = String(alphabet[value % 64]) + digits
                value /= 64
            } while value > 0
            return digits
        }
        for (headword, entry) in entries {
            index += "\(headword)\t\(base64(body.count))\t\(base64(entry.utf8.count))\n"
            body.append(Data(entry.utf8))
        }
        let base = folder.appendingPathComponent("mini-deu-eng").path
        try index.write(toFile: base + ".index", atomically: true, encoding: .utf8)
        try body.write(to: URL(fileURLWithPath: base + ".dict"))
        if compressed {
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-n", "-S", ".dz", base + ".dict"]
            try gzip.run()
            gzip.waitUntilExit()
        }
        return base + ".index"
    }

    @Test(
        "dictd: headwords with their translations, sense numbers dropped, plain or .dict.dz", arguments: [false, true])
    func dictdEntries(compressed: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dictd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try Self.dictd(in: folder, compressed: compressed)
        #expect(
            FileManager.default.fileExists(atPath: index.replacingOccurrences(of: ".index", with: ".dict.dz"))
                == compressed)
        let dictionary = try BilingualDictionary.dictd(indexPath: index, source: "de", target: "en")
        let normalizers = (WordNormalizer(language: "de"), WordNormalizer(language: "en"))
        let vorwurf = dictionary.translations[normalizers.0.stem("vorwurf")] ?? []
        #expect(vorwurf.contains(normalizers.1.stem("accusation")))
        #expect(vorwurf.contains(normalizers.1.stem("reproach")))
        #expect(dictionary.translations[normalizers.0.stem("woche")]?.contains(normalizers.1.stem("week")) == true)
        // Only the words a document needs are read when a vocabulary is given.
        let only = try BilingualDictionary.dictd(
            indexPath: index, source: "de", target: "en", only: [normalizers.0.stem("woche")])
        #expect(only.translations.keys.sorted() == [normalizers.0.stem("woche")])
    }

    @Test("dictd without its body names the missing file")
    func dictdWithoutBody() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dictd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try Self.dictd(in: folder, compressed: false)
        try FileManager.default.removeItem(atPath: index.replacingOccurrences(of: ".index", with: ".dict"))
        #expect(throws: DictionaryError.self) {
            try BilingualDictionary.dictd(indexPath: index, source: "de", target: "en")
        }
    }

    @Test("Ding: both sides' forms, alternatives split, annotations dropped; reversed for English→German")
    func dingEntries() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mini-de-en.ding").path
        let normalizers = (WordNormalizer(language: "de"), WordNormalizer(language: "en"))
        let german = try BilingualDictionary.ding(path: path, source: "de", target: "en")
        let vorwurf = german.translations[normalizers.0.stem("Vorwurf")] ?? []
        #expect(
            vorwurf.contains(normalizers.1.stem("accusation")) && vorwurf.contains(normalizers.1.stem("allegation")))
        #expect(german.translations[normalizers.0.stem("Truppen")]?.contains(normalizers.1.stem("troops")) == true)
        let english = try BilingualDictionary.ding(path: path, source: "en", target: "de")
        #expect(english.translations[normalizers.1.stem("weeks")]?.contains(normalizers.0.stem("Wochen")) == true)
    }
}

import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@testable import DragomanGlossary

@Suite("Glossary formats")
struct GlossaryFormatTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shipped = ["Glossaries/news-names.csv", "Glossaries/cldr-places.tbx"]

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-glossary-\(UUID().uuidString)-\(name)")
            .path
    }
}

extension GlossaryFormatTests {
    @Test("Shipped glossaries survive export and re-import unchanged", arguments: shipped, ["tbx", "csv", "tsv"])
    func roundTrip(file: String, format: String) throws {
        let original = try GlossaryFile.read(Self.root.appendingPathComponent(file).path)
        #expect(original.entries.count > 150)
        let path = Self.temporary("round.\(format)")
        try GlossaryFile.write(original, to: path)
        var reread = try GlossaryFile.read(path)
        reread.title = original.title
        #expect(reread == original)
    }

    @Test("The curated glossary knows the seed article's names")
    func curated() throws {
        let glossary = try GlossaryFile.read(Self.root.appendingPathComponent("Glossaries/news-names.csv").path)
        #expect(glossary.entries.count >= 150)
        let zelensky = try #require(glossary.entry(id: "zelensky"))
        #expect(zelensky.kind == .person)
        #expect(zelensky.preferredTerm(in: .english)?.text == "Volodymyr Zelensky")
        #expect(
            zelensky.terms.contains { $0.language == .english && $0.text == "Selenskyj" && $0.status == .deprecated })
        #expect(zelensky.roles[.english] == "President of Ukraine")
        let pyongyang = try #require(glossary.entry(id: "pyongyang"))
        #expect(pyongyang.preferredTerm(in: .german)?.forms == ["Pjöngjangs", "Pjöngjanger"])
        let dprk = try #require(glossary.entry(id: "dprk"))
        #expect(dprk.terms(in: .german).map(\.type) == [.acronym, .fullForm])
        for language: LanguageCode in ["en", "de", "es"] {
            #expect(glossary.entries.allSatisfy { $0.preferredTerm(in: language) != nil })
        }
    }

    @Test(
        "Exported TBX validates against the TBX v3 core schema",
        .enabled(if: SchemaValidator.isAvailable, "needs ../shared/schemas and xmllint; skipped where absent"))
    func tbxValidates() throws {
        for file in Self.shipped {
            let path = Self.temporary("valid.tbx")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GlossaryFile.write(GlossaryFile.read(Repository.path(file)), to: path)
            let (status, message) = try SchemaValidator.validate(
                file: path, flag: "--relaxng", schema: "tbx/TBXcoreStructV03.rng")
            #expect(status == 0, "\(file) exported as TBX does not validate: \(message)")
        }
    }

    @Test("TBX v2 written by translate-toolkit's csv2tbx imports, with a language map")
    func tbxVersion2() throws {
        let path = Self.fixtures.appendingPathComponent("csv2tbx-seed.tbx").path
        let glossary = try GlossaryFile.read(path, languageMap: ["xx": .german])
        #expect(glossary.entries.count == 4)
        let kremlin = try #require(glossary.entries.first)
        #expect(kremlin.terms.map(\.text) == ["Kremlin", "Kreml"])
        #expect(kremlin.terms.map(\.language) == [.english, .german])
        #expect(glossary.entries[3].terms.map(\.text) == ["DPRK", "DVRK"])
    }
}

extension GlossaryFormatTests {
    @Test("Untrusted XML: entities refused, malformed files located, sizes bounded")
    func unsafeXML() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """
        #expect(
            throws: FileFormatError(
                file: "laughs.tbx", line: 3, problem: "entity declarations are not accepted in glossary files")
        ) {
            try GlossaryTBX.read(Data(laughs.utf8), file: "laughs.tbx")
        }
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx SYSTEM "http://example.invalid/evil.dtd">
            <tbx><text><body/></text></tbx>
            """
        #expect(try GlossaryTBX.read(Data(external.utf8), file: "external.tbx").entries.isEmpty)
        let broken = "<tbx>\n<text>\n<body>\n<conceptEntry>\n</body></text></tbx>"
        #expect {
            try GlossaryTBX.read(Data(broken.utf8), file: "broken.tbx")
        } throws: { error in
            guard let error = error as? FileFormatError else { return false }
            return error.file == "broken.tbx" && error.line == 5 && error.description.contains("invalid XML")
        }
        let huge = Data(count: SafeXMLDocument.maximumBytes + 1)
        #expect(throws: FileFormatError.self) { try GlossaryTBX.read(huge, file: "huge.tbx") }
        #expect(throws: FileFormatError.self) { try GlossaryTBX.read(Data("<html/>".utf8), file: "other.tbx") }
    }

    @Test(
        "Malformed CSV is reported with its line",
        arguments: [
            ("id,language,term\nx,en,\"open\n", 2, "quoted field never closed"),
            ("id,language,term,status\nx,en,Kyiv,preferred\ny,de,Kiew,maybe\n", 3, "unknown status"),
            ("id,language,term\nx,english!,Kyiv\n", 2, "not a BCP 47 language code"),
            ("id,term\nx,Kyiv\n", 1, "no column \"language\""),
            ("id,language,term\nx,en,Kyiv,extra\n", 2, "fields where the header has"),
        ])
    func malformedCSV(text: String, line: Int, problem: String) {
        #expect {
            try GlossaryCSV.read(text, file: "bad.csv")
        } throws: { error in
            guard let error = error as? FileFormatError else { return false }
            return error.line == line && error.problem.contains(problem)
        }
    }

    @Test("CSV quoting: delimiters, quotes and line breaks inside fields")
    func csvQuoting() throws {
        var glossary = Glossary()
        glossary.entries = [
            GlossaryEntry(
                id: "a", kind: .organization,
                terms: [Term(language: .english, text: "Workers' Party of Korea, \"WPK\"", forms: ["a", "b"])],
                roles: [.english: "ruling party\nof North Korea"])
        ]
        let reread = try GlossaryCSV.read(GlossaryCSV.write(glossary), file: "quoted.csv")
        #expect(reread == glossary)
    }

    @Test("Merging adds and extends entries")
    func merging() {
        var glossary = Glossary(entries: [
            GlossaryEntry(id: "kyiv", kind: .place, terms: [Term(language: .english, text: "Kyiv")])
        ])
        let incoming = Glossary(entries: [
            GlossaryEntry(id: "kyiv", kind: .place, terms: [Term(language: .german, text: "Kiew")]),
            GlossaryEntry(id: "odesa", kind: .place, terms: [Term(language: .english, text: "Odesa")]),
        ])
        let result = glossary.merge(incoming)
        #expect(result.added == 1 && result.extended == 1)
        #expect(glossary.entry(id: "kyiv")?.terms.map(\.text) == ["Kyiv", "Kiew"])
        let removed = glossary.remove(id: "odesa")
        let removedAgain = glossary.remove(id: "odesa")
        #expect(removed && !removedAgain)
    }
}

@Suite("Glossary sources and lookup")
struct GlossarySourceTests {
    @Test("Explicit files first, then DRAGOMAN_GLOSSARIES; --no-default-glossaries keeps only explicit ones")
    func order() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("id,language,term\nx,en,Kyiv\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let sources = GlossarySources(
            explicitFiles: ["/tmp/mine.tbx"], environment: ["DRAGOMAN_GLOSSARIES": folder.path], currentDirectory: "/",
            executable: "/nonexistent/bin/dragoman")
        #expect(sources.files().map(\.path) == ["/tmp/mine.tbx", folder.appendingPathComponent("a.csv").path])
        #expect(sources.files().map(\.reason) == ["--glossary", "DRAGOMAN_GLOSSARIES"])
        var onlyExplicit = sources
        onlyExplicit.useDefaults = false
        #expect(onlyExplicit.files().map(\.path) == ["/tmp/mine.tbx"])
    }

    @Test("Lookup by terms and forms; pairing through entries, then the matcher")
    func lookupAndPairing() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(
                id: "pyongyang", kind: .place,
                terms: [
                    Term(language: .english, text: "Pyongyang"),
                    Term(language: .german, text: "Pjöngjang", forms: ["Pjöngjangs"]),
                ]),
            GlossaryEntry(
                id: "moscow", kind: .place,
                terms: [Term(language: .english, text: "Moscow"), Term(language: .german, text: "Moskau")]),
        ])
        let lookup = try GlossaryLookup(glossaries: [glossary])
        #expect(try lookup.entries(for: "PJÖNGJANGS").map(\.entry.id) == ["pyongyang"])
        let pairs = try GlossaryNamePairing(lookup: lookup).pairs(
            sources: ["Moskau", "Pjöngjangs", "Wladiwostok", "Berlin"], targets: ["Moscow", "Pyongyang", "Vladivostok"])
        #expect(pairs.map(\.target) == ["Moscow", "Pyongyang", "Vladivostok"])
        #expect(pairs.map(\.score)[0...1] == [1, 1])
    }
}

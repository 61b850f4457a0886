import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@testable import DragomanGlossary

/// The formats other tools read: TBX v2, OmegaT's glossary, the term-base CSV; and the way edits
/// made in those tools come back.
@Suite("Glossary exchange with other tools")
struct GlossaryExchangeTests {
    static let exchangeFormats: [GlossaryFile.Format] = [.tbx2, .omegat, .bilingualCSV]
    static let germanEnglish = (source: LanguageCode.german, target: LanguageCode.english)

    static func shipped(_ file: String) throws -> Glossary {
        try GlossaryFile.read(Repository.path(file))
    }

    /// `text` written to a temporary file and read back as the import reads it.
    static func content(_ text: String, format: GlossaryFile.Format) throws -> GlossaryFile.Content {
        let path = GlossaryFormatTests.temporary("exchange.\(format.fileExtension)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileAccess.write(text, to: path)
        return try GlossaryFile.content(of: path, format: format, languages: germanEnglish)
    }

    static func update(_ glossary: inout Glossary, from content: GlossaryFile.Content) throws -> [GlossaryChange] {
        switch content {
        case .glossary(let incoming, let fromTBX): glossary.update(from: incoming, idsAreXMLIDs: fromTBX)
        case .termList(let list): try glossary.update(from: list, file: "exchange")
        }
    }
}

extension GlossaryExchangeTests {
    @Test(
        "Export, import, export gives identical files in each format",
        arguments: GlossaryFormatTests.shipped, exchangeFormats)
    func roundTrip(file: String, format: GlossaryFile.Format) throws {
        let original = try Self.shipped(file)
        let exported = try GlossaryFile.text(of: original, format: format, languages: Self.germanEnglish)
        let content = try Self.content(exported, format: format)
        // Back into the glossary it came from: nothing changes.
        var same = original
        #expect(try Self.update(&same, from: content) == [])
        #expect(same == original)
        #expect(try GlossaryFile.text(of: same, format: format, languages: Self.germanEnglish) == exported)
        // Into a new glossary: the same file again.
        var fresh = Glossary(title: content.title)
        let added = try Self.update(&fresh, from: content)
        #expect(added.allSatisfy(\.addsEntry) && !added.isEmpty)
        #expect(try GlossaryFile.text(of: fresh, format: format, languages: Self.germanEnglish) == exported)
    }

    @Test("TBX v2 keeps every field: kinds, statuses, types, forms, roles, notes, sources")
    func tbxVersion2KeepsEverything() throws {
        for file in GlossaryFormatTests.shipped {
            let original = try Self.shipped(file)
            let text = GlossaryTBX.writeVersion2(original, sourceLanguage: .german, targetLanguage: .english)
            let reread = try GlossaryTBX.read(Data(text.utf8), file: "v2.tbx")
            #expect(reread.title == original.title)
            #expect(reread.entries.count == original.entries.count)
            for (before, after) in zip(original.entries, reread.entries) {
                #expect(after.id == GlossaryTBX.xmlID(before.id))
                #expect(Set(after.terms) == Set(before.terms), "\(before.id)")
                #expect(after.roles == before.roles && after.note == before.note && after.source == before.source)
                #expect(after.kind == before.kind)
                // Readers that take one term per language take the first: it is the preferred one.
                for language in after.languagesInOrder {
                    #expect(after.terms(in: language).first == before.preferredTerm(in: language), "\(before.id)")
                }
            }
        }
    }

    @Test(
        "Shipped glossaries as TBX v2 validate against the TBX v2 DTD, without a DOCTYPE",
        .enabled(if: SchemaValidator.isAvailable, Comment(rawValue: SchemaValidator.unavailableReason)))
    func tbxVersion2Validates() throws {
        for file in GlossaryFormatTests.shipped {
            let text = GlossaryTBX.writeVersion2(
                try Self.shipped(file), sourceLanguage: .german, targetLanguage: .english)
            #expect(!text.contains("<!DOCTYPE"))
            let (status, message) = try SchemaValidator.validate(
                text: text, flag: "--dtdvalid", schema: "tbx/TBXcoreStructV02.dtd")
            #expect(status == 0, "\(file) as TBX v2: \(message)")
        }
        // The check can fail: an element the DTD does not know.
        let broken = GlossaryTBX.writeVersion2(try Self.shipped("Glossaries/news-names.csv"))
            .replacingOccurrences(of: "<descrip type=\"subjectField\">", with: "<subject type=\"x\">")
            .replacingOccurrences(of: "</descrip>\n        <admin", with: "</subject>\n        <admin")
        #expect(
            try SchemaValidator.validate(text: broken, flag: "--dtdvalid", schema: "tbx/TBXcoreStructV02.dtd").status
                != 0)
    }

    @Test("OmegaT: one line per German term or form, with the preferred English target, never a deprecated one")
    func omegaTLines() throws {
        let glossary = try Self.shipped("Glossaries/news-names.csv")
        let text = try GlossaryFile.text(of: glossary, format: .omegat, languages: Self.germanEnglish)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        var expected: [[String]] = []
        for entry in glossary.entries {
            guard let english = entry.preferredTerm(in: .english) else { continue }
            let comment = entry.roles[.english] ?? entry.note
            for term in entry.terms(in: .german) where term.status != .deprecated {
                for text in [term.text] + term.forms {
                    expected.append([text, english.text] + (comment.map { [$0] } ?? []))
                }
            }
        }
        #expect(Set(lines) == Set(expected))
        #expect(lines.count == expected.count)
        #expect(lines.contains(["Pjöngjangs", "Pyongyang", "capital of North Korea"]))
        let deprecated = Set(
            glossary.entries.flatMap { $0.terms(in: .english).filter { $0.status == .deprecated } }.map(\.text))
        let offered = Set(
            glossary.entries.flatMap { $0.terms(in: .english).filter { $0.status != .deprecated } }.map(\.text))
        #expect(!deprecated.isEmpty)
        #expect(lines.allSatisfy { !deprecated.contains($0[1]) || offered.contains($0[1]) })
        #expect(text.hasPrefix("# de → en: news-names (Dragoman)\n"))
    }

    @Test("The term-base CSV: byte-order mark, language codes in the header, CRLF, RFC 4180 quoting, no formulas")
    func bilingualCSVShape() throws {
        var glossary = Glossary(title: "t")
        glossary.entries = [
            GlossaryEntry(
                id: "g7", kind: .organization,
                terms: [(.german, "G7, Gruppe der Sieben"), (.english, "G7"), (.english, "Group of Seven")],
                roles: [.english: "=forum \"of seven\""])
        ]
        let text = try GlossaryFile.text(of: glossary, format: .bilingualCSV, languages: Self.germanEnglish)
        #expect(
            text
                == "\u{FEFF}de,en,en variants,description,id\r\n\"G7, Gruppe der Sieben\",G7,Group of Seven,\"'=forum \"\"of seven\"\"\",g7\r\n"
        )
        guard case .termList(let list) = try Self.content(text, format: .bilingualCSV) else {
            Issue.record("read as a whole glossary")
            return
        }
        #expect(list.rows.map(\.description) == ["=forum \"of seven\""])
        #expect(list.rows.map(\.source) == ["G7, Gruppe der Sieben"])
        // Saved again by a spreadsheet set to a German locale: semicolons.
        let semicolons = "de;en;en variants;description;id\r\n\"G7; Gruppe der Sieben\";G7;Group of Seven;;g7\r\n"
        guard case .termList(let saved) = try Self.content(semicolons, format: .bilingualCSV) else {
            Issue.record("read as a whole glossary")
            return
        }
        #expect(saved.rows.map(\.source) == ["G7; Gruppe der Sieben"])
        #expect(saved.rows.map(\.variants) == [["Group of Seven"]])
    }
}

extension GlossaryExchangeTests {
    @Test("An entry edited in the exported CSV comes back as that change, and is reported")
    func editedCSV() throws {
        let original = try Self.shipped("Glossaries/news-names.csv")
        let exported = try GlossaryFile.text(of: original, format: .bilingualCSV, languages: Self.germanEnglish)
        let peskovRow = try #require(exported.components(separatedBy: "\r\n").first { $0.hasSuffix(",peskov") })
        #expect(peskovRow == "Dmitri Peskow,Dmitry Peskov,Dmitri Peskov,Kremlin spokesman,peskov")
        let edited = exported.replacingOccurrences(
            of: peskovRow, with: "Dmitri Peskow,Dmitri Peskov,Dmitry Peskov,Spokesman of the Kremlin,peskov")
        var glossary = original
        let changes = try Self.update(&glossary, from: try Self.content(edited, format: .bilingualCSV))
        #expect(
            changes.map(\.description) == [
                "peskov [en]: \"Dmitri Peskov\" admitted → preferred",
                "peskov [en]: \"Dmitry Peskov\" preferred → admitted",
                "peskov [en]: role \"Kremlin spokesman\" → \"Spokesman of the Kremlin\"",
            ])
        let peskov = try #require(glossary.entry(id: "peskov"))
        #expect(peskov.preferredTerm(in: .english)?.text == "Dmitri Peskov")
        #expect(peskov.roles[.english] == "Spokesman of the Kremlin")
        // What a bilingual file does not carry is kept: the deprecated form, the other languages.
        let before = try #require(original.entry(id: "peskov"))
        #expect(peskov.terms.filter { $0.status == .deprecated } == before.terms.filter { $0.status == .deprecated })
        #expect(peskov.terms(in: .german) == before.terms(in: .german))
        #expect(peskov.terms(in: "es") == before.terms(in: "es"))
        #expect(glossary.entries.filter { $0.id != "peskov" } == original.entries.filter { $0.id != "peskov" })

        // A new spelling renames the preferred term; a deleted variant is removed; a row without
        // an id is a new entry.
        let renamed = exported.replacingOccurrences(
            of: peskovRow,
            with: "Dmitri Peskow,Dmitriy Peskov,,Kremlin spokesman,peskov\r\nKreml-Sprecherin,Kremlin spokeswoman,,,")
        var second = original
        let renames = try Self.update(&second, from: try Self.content(renamed, format: .bilingualCSV))
        #expect(
            renames.map(\.description) == [
                "peskov [en]: preferred \"Dmitry Peskov\" → \"Dmitriy Peskov\"",
                "peskov [en]: admitted \"Dmitri Peskov\" removed",
                "kreml-sprecherin: added (term: Kreml-Sprecherin)",
            ])
        #expect(second.entry(id: "peskov")?.terms(in: .english).map(\.text) == ["Dmitriy Peskov"])
        #expect(second.entry(id: "kreml-sprecherin")?.preferredTerm(in: .english)?.text == "Kremlin spokeswoman")
    }

    @Test("OmegaT: a target edited on one line comes back; lines that disagree are refused with both line numbers")
    func editedOmegaT() throws {
        let original = try Self.shipped("Glossaries/news-names.csv")
        let exported = try GlossaryFile.text(of: original, format: .omegat, languages: Self.germanEnglish)
        let edited = exported.replacingOccurrences(of: "Pjöngjangs\tPyongyang", with: "Pjöngjangs\tP'yŏngyang")
        #expect(edited != exported)
        var glossary = original
        let changes = try Self.update(&glossary, from: try Self.content(edited, format: .omegat))
        #expect(changes.map(\.description) == ["pyongyang [en]: preferred \"Pyongyang\" → \"P'yŏngyang\""])
        #expect(glossary.entry(id: "pyongyang")?.preferredTerm(in: .english)?.text == "P'yŏngyang")

        let lines = exported.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.firstIndex { $0.hasPrefix("Pjöngjang\t") })
        let second = try #require(lines.firstIndex { $0.hasPrefix("Pjöngjangs\t") })
        let conflicting = edited.replacingOccurrences(of: "Pjöngjang\tPyongyang", with: "Pjöngjang\tPhenjan")
        var untouched = original
        #expect(
            throws: FileFormatError(
                file: "exchange", line: second + 1,
                problem: "lines \(first + 1) and \(second + 1) give one entry two different targets; keep one")
        ) { _ = try Self.update(&untouched, from: try Self.content(conflicting, format: .omegat)) }
    }

    @Test("A file of another language pair is refused")
    func languagesMustMatch() throws {
        let glossary = try Self.shipped("Glossaries/news-names.csv")
        let csv = try GlossaryFile.text(of: glossary, format: .bilingualCSV, languages: (.german, "es"))
        #expect(throws: FileFormatError.self) { _ = try Self.content(csv, format: .bilingualCSV) }
        let omegat = try GlossaryFile.text(of: glossary, format: .omegat, languages: (.german, "es"))
        #expect(
            throws: FileFormatError(file: "", line: 1, problem: "the file is a de → es glossary, not de → en")
        ) {
            _ = try GlossaryOmegaT.read(omegat, file: "", sourceLanguage: .german, targetLanguage: .english)
        }
        #expect(throws: GlossaryFormatError.languagesNeeded(.omegat)) {
            _ = try GlossaryFile.text(of: glossary, format: .omegat)
        }
    }

    @Test("A file changes only what it carries and is refused where its rows contradict each other or the glossary")
    func carefulImports() throws {
        let original = try Self.shipped("Glossaries/news-names.csv")
        func imported(_ csv: String) throws -> (Glossary, [GlossaryChange]) {
            var glossary = original
            let changes = try Self.update(&glossary, from: try Self.content(csv, format: .bilingualCSV))
            return (glossary, changes)
        }
        // Without a description column, roles stay.
        let (bare, bareChanges) = try imported("de,en\nWladimir Putin,Vladimir Putin\n")
        #expect(bareChanges == [])
        #expect(bare == original)
        // One source term, two targets.
        #expect(throws: FileFormatError.self) {
            _ = try imported("de,en,id\nWladimir Putin,Vladimir Putin,putin\nWladimir Putin,Vladimir V. Putin,putin\n")
        }
        // An id pasted onto another entry's row.
        #expect {
            _ = try imported("de,en,id\nSergej Lawrow,Sergei Lavrov,putin\n")
        } throws: { error in
            (error as? FileFormatError)?.problem.contains("\"Sergej Lawrow\" is a term of entry lavrov") == true
        }
        // A new entry whose rows disagree.
        #expect(throws: FileFormatError.self) {
            _ = try imported("de,en,en variants,id\nNeu,New,A,new\nNeuer,New,B,new\n")
        }
        // The columns' order is the direction.
        #expect(throws: FileFormatError.self) {
            _ = try GlossaryBilingualCSV.read(
                "de,en\nKiew,Kyiv\n", file: "f", sourceLanguage: .english, targetLanguage: .german)
        }
    }

    @Test(
        "Round trips keep what a spreadsheet or an XML id could change: variants with semicolons, ids that are no XML names"
    )
    func awkwardValues() throws {
        var glossary = Glossary(title: "awkward")
        glossary.entries = [
            GlossaryEntry(
                id: "a b", kind: .organization,
                terms: [(.german, "A B"), (.english, "A and B; the pair"), (.english, "A; B")]),
            GlossaryEntry(id: "a_b", kind: .term, terms: [(.german, "AB"), (.english, "AB")]),
            GlossaryEntry(
                id: "1. FC", kind: .organization, terms: [(.german, "1. FC Köln"), (.english, "FC Cologne")]),
        ]
        // Only admitted English terms: no bilingual file promotes one.
        var admittedOnly = GlossaryEntry(id: "x", kind: .term, terms: [(.german, "X")])
        admittedOnly.terms += [Term(language: .english, text: "Ex", status: .admitted)]
        glossary.entries.append(admittedOnly)
        for format in Self.exchangeFormats {
            let text = try GlossaryFile.text(of: glossary, format: format, languages: Self.germanEnglish)
            var same = glossary
            #expect(try Self.update(&same, from: try Self.content(text, format: format)) == [], "\(format)")
            #expect(same == glossary, "\(format)")
        }
        // XML cannot carry most control characters: they become U+FFFD, and the file stays readable.
        glossary.entries[0].terms[0].text = "A\u{1}B"
        let tbx = GlossaryTBX.writeVersion2(glossary)
        #expect(try GlossaryTBX.read(Data(tbx.utf8), file: "c.tbx").entries[0].terms[0].text == "A\u{FFFD}B")
    }
}

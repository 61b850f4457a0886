import DragomanText
import Foundation
import Testing

@testable import DragomanGlossary

@Suite("Dated roles")
struct DatedRoleTests {
    static let csv = """
        id,kind,language,term,status,type,part_of_speech,forms,role,note,source
        baerbock,person,en,Annalena Baerbock,preferred,fullForm,noun,,President of the UN General Assembly|German Foreign Minister [2021-12-08/2025-05-06]|President of the UN General Assembly [2025-09-09/..],,
        baerbock,person,de,Annalena Baerbock,preferred,fullForm,noun,Baerbocks,Bundesaußenministerin [2021-12-08/2025-05-06],,
        vance,person,en,JD Vance,preferred,fullForm,noun,,Vice President of the United States|Vice President of the United States [2025-01-20/..],,
        odd,person,en,Odd Role,preferred,fullForm,noun,,chair | co-chair,,

        """

    @Test("The role a text of its time gets: the dated one held then, else today's; nothing before every dated role")
    func roleOnADate() throws {
        let glossary = try GlossaryCSV.read(Self.csv, file: "roles.csv")
        let baerbock = try #require(glossary.entry(id: "baerbock"))
        #expect(baerbock.roles[.english] == "President of the UN General Assembly")
        #expect(baerbock.datedRoles.count == 3)
        #expect(baerbock.role(in: .english, on: PartialDate("2022-03-14")) == "German Foreign Minister")
        #expect(baerbock.role(in: .english, on: PartialDate("2025-05-06")) == "German Foreign Minister")
        // A month or a year stands for any of its days.
        #expect(baerbock.role(in: .english, on: PartialDate("2023")) == "German Foreign Minister")
        #expect(baerbock.role(in: .english, on: PartialDate("2026-11")) == "President of the UN General Assembly")
        // Between two dated roles: today's role is the best the glossary knows.
        #expect(baerbock.role(in: .english, on: PartialDate("2025-07-01")) == "President of the UN General Assembly")
        #expect(baerbock.role(in: .english) == "President of the UN General Assembly")
        // Before every dated role the glossary does not know what she was.
        #expect(baerbock.role(in: .english, on: PartialDate("2019-05-01")) == nil)
        #expect(baerbock.role(in: .german, on: PartialDate("2024-01-01")) == "Bundesaußenministerin")
        #expect(baerbock.role(in: .german, on: PartialDate("2026-01-01")) == nil)
        let vance = try #require(glossary.entry(id: "vance"))
        #expect(vance.role(in: .english, on: PartialDate("2022-06-01")) == nil)
        #expect(vance.role(in: .english, on: PartialDate("2025-02-01")) == "Vice President of the United States")
        // A cell without a bracketed interval is one role, whatever it holds.
        #expect(glossary.entry(id: "odd")?.roles[.english] == "chair | co-chair")
        #expect(glossary.entry(id: "odd")?.datedRoles.isEmpty == true)
    }

    @Test("Dates and intervals: partial dates, open ends, impossible ones refused")
    func dates() {
        #expect(PartialDate("2024-02-29")?.description == "2024-02-29")
        #expect(PartialDate("2023-02-29") == nil)
        #expect(PartialDate("2022-13") == nil)
        #expect(PartialDate("22-02-24") == nil)
        #expect(PartialDate("２０２２") == nil)
        #expect(PartialDate("2022-02")! < PartialDate("2022-03-01")!)
        #expect(DatedRole.interval("2021-12-08/..")?.until == nil)
        #expect(DatedRole.interval("../2021")?.from == nil)
        #expect(DatedRole.interval("/2021")?.until == PartialDate(year: 2021))
        #expect(DatedRole.interval("2025/2021") == nil)
        #expect(DatedRole.interval("2021") == nil)
        let role = DatedRole(language: .english, text: "x", validFrom: PartialDate("2021-12-08"), validUntil: nil)
        #expect(role.interval == "2021-12-08/..")
        #expect(role.isValid(on: PartialDate("2021-12")!))
        #expect(!role.isValid(on: PartialDate("2021-11")!))
    }

    @Test(
        "Dated roles survive CSV, TBX v3 and TBX v2, and the v3 and v2 files validate",
        arguments: ["csv", "tbx", "tbx2"])
    func roundTrip(format: String) throws {
        let glossary = try GlossaryCSV.read(Self.csv, file: "roles.csv")
        let data: Data
        switch format {
        case "csv": data = Data(GlossaryCSV.write(glossary).utf8)
        case "tbx": data = Data(GlossaryTBX.write(glossary).utf8)
        default: data = Data(GlossaryTBX.writeVersion2(glossary).utf8)
        }
        let back =
            format == "csv"
            ? try GlossaryCSV.read(String(decoding: data, as: UTF8.self), file: "back.csv")
            : try GlossaryTBX.read(data, file: "back.tbx")
        for entry in glossary.entries {
            let other = try #require(back.entry(id: entry.id))
            #expect(other.roles == entry.roles)
            #expect(other.datedRoles == entry.datedRoles)
        }
        if format == "csv" { #expect(GlossaryCSV.write(back) == GlossaryCSV.write(glossary)) }
    }

    @Test("A TBX role whose valid: note is no interval is refused with its line")
    func badInterval() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
              <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="a">
                  <langSec xml:lang="en">
                    <descripGrp>
                      <descrip type="definition">Minister</descrip>
                      <note>valid: 2025/2021</note>
                    </descripGrp>
                    <termSec><term>A</term></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """
        let error = #expect(throws: FileFormatError.self) { try GlossaryTBX.read(Data(tbx.utf8), file: "bad.tbx") }
        #expect(error?.line == 9)
        #expect("\(error!)".contains("bad.tbx"))
    }

    @Test("Importing a glossary replaces a language's dated roles and says so; merging adds the missing ones")
    func updateAndMerge() throws {
        var glossary = try GlossaryCSV.read(Self.csv, file: "roles.csv")
        var incoming = try GlossaryCSV.read(Self.csv, file: "roles.csv")
        incoming.entries[0].datedRoles[0].validUntil = PartialDate("2025-05")
        let changes = glossary.update(from: Glossary(entries: [incoming.entries[0]]))
        #expect(
            changes.map(\.description).contains {
                $0.contains("baerbock [en]: dated roles") && $0.contains("2021-12-08/2025-05")
            })
        let english = { (entry: GlossaryEntry) in entry.datedRoles.filter { $0.language == .english } }
        #expect(english(glossary.entries[0]) == english(incoming.entries[0]))
        #expect(glossary.entries[0].datedRoles.count == 3)
        var plain = Glossary(entries: [GlossaryEntry(id: "baerbock", kind: .person)])
        plain.merge(glossary)
        #expect(plain.entries[0].datedRoles == glossary.entries[0].datedRoles)
    }

    @Test("The curated glossary dates the roles that changed, and its cities and regions have adjective forms")
    func curated() throws {
        let glossary = try GlossaryFile.read(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Glossaries/news-names.csv").path)
        let scholz = try #require(glossary.entry(id: "scholz"))
        #expect(scholz.role(in: .english, on: PartialDate("2023-06-01")) == "German Chancellor")
        #expect(scholz.role(in: .english) == "former German Chancellor")
        #expect(glossary.entry(id: "biden")?.role(in: .german, on: PartialDate("2022-02-24")) == "US-Präsident")
        #expect(glossary.entry(id: "merz")?.role(in: .english, on: PartialDate("2022-02-24")) == nil)
        // Every dated role is a span that can be held.
        for entry in glossary.entries {
            for role in entry.datedRoles {
                if let from = role.validFrom, let until = role.validUntil { #expect(from <= until, "\(entry.id)") }
            }
        }
        // Countries: German adjectives in lower case, an English demonym; cities: the German -er adjective.
        // St Kitts and Nevis has the Auswärtiges Amt's "von St. Kitts und Nevis" in an adjective's place.
        for entry in glossary.entries where entry.roles[.english] == "country" {
            let german = entry.terms(in: .german).flatMap(\.forms)
            #expect(german.contains { $0.first?.isLowercase == true || $0.hasPrefix("US-") }, "\(entry.id)")
            #expect(entry.preferredTerm(in: .english)?.forms.isEmpty == false, "\(entry.id)")
        }
        for id in ["moscow", "kyiv", "kharkiv", "pyongyang", "beijing", "brussels"] {
            let german = try #require(glossary.entry(id: id)?.preferredTerm(in: .german))
            #expect(german.forms.contains { $0.hasSuffix("er") && $0.first?.isUppercase == true }, "\(id)")
        }
        #expect(glossary.entry(id: "crimea")?.preferredTerm(in: .english)?.forms.contains("Crimean") == true)
    }
}

@Suite("The curated glossary")
struct CuratedGlossaryTests {
    static func curated() throws -> Glossary {
        try GlossaryFile.read(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Glossaries/news-names.csv").path)
    }

    @Test("At least 500 entries, each in English, German and Spanish with one preferred term per language")
    func coverage() throws {
        let glossary = try Self.curated()
        #expect(glossary.entries.count >= 500)
        #expect(Set(glossary.entries.map(\.id)).count == glossary.entries.count)
        for entry in glossary.entries {
            for language: LanguageCode in ["en", "de", "es"] {
                #expect(
                    entry.terms(in: language).filter { $0.status == .preferred }.count == 1,
                    "\(entry.id) \(language.tag)")
            }
        }
        let kinds = Dictionary(grouping: glossary.entries, by: \.kind).mapValues(\.count)
        #expect(kinds[.person, default: 0] >= 150 && kinds[.place, default: 0] >= 300)
        #expect(kinds[.organization, default: 0] >= 80)
    }

    @Test("No two entries share a term in one language, and a deprecated English form is no entry's good one")
    func unambiguous() throws {
        let glossary = try Self.curated()
        var owners: [String: String] = [:]
        var good = Set<String>()
        for entry in glossary.entries {
            for term in entry.terms where term.status != .deprecated {
                let key = term.language.tag + ":" + term.text.lowercased()
                if let owner = owners[key], owner != entry.id { Issue.record("\(key) in \(owner) and \(entry.id)") }
                owners[key] = entry.id
                if term.language == .english { good.insert(term.text.lowercased()) }
            }
        }
        for entry in glossary.entries {
            for term in entry.terms(in: .english) where term.status == .deprecated {
                #expect(!good.contains(term.text.lowercased()), "\(entry.id): \(term.text)")
            }
        }
    }

    @Test("International bodies keep their acronyms per language in one entry (IWF and IMF, OSZE and OSCE)")
    func acronyms() throws {
        let glossary = try Self.curated()
        func acronym(_ id: String, _ language: LanguageCode) -> [String] {
            glossary.entry(id: id)?.terms(in: language).filter { $0.type == .acronym }.map(\.text) ?? []
        }
        #expect(acronym("imf", "de").contains("IWF") && acronym("imf", "en").contains("IMF"))
        #expect(glossary.entries.filter { entry in entry.terms.contains { $0.type == .acronym } }.count >= 40)
    }
}

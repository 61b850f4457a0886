import DragomanExchange
import DragomanStore
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite("Review formats")
struct ReviewFormatTests {
    /// A package with every status, a merged unit, names, notes and text that needs escaping.
    static let package: ReviewPackage = {
        let document = ProjectDocument(
            id: 1, name: "de-nordkorea-truppen.txt", path: "/tmp/a.txt", format: .text, sourceLanguage: "de",
            targetLanguage: "en", originalText: "", createdAt: Date(timeIntervalSince1970: 1_730_000_000))
        let date = Date(timeIntervalSince1970: 1_730_000_000)
        func unit(_ id: Int64, _ source: String, _ target: String?, _ status: UnitStatus, segments: [Int64])
            -> TranslationUnit
        {
            TranslationUnit(
                id: id, documentID: 1, position: Int(id), segmentIDs: segments, source: source, target: target,
                status: status, origin: target == nil ? nil : .aligned, targetSegmentCount: 1, alignmentScore: 0.97,
                updatedAt: date)
        }
        let units: [ReviewPackage.Unit] = [
            .init(
                unit: unit(
                    1, "Selenskyj warnte „Moskau“ & Pjöngjang.", "Zelensky warned “Moscow” & Pyongyang.", .translated,
                    segments: [1]),
                segments: [(1, "Selenskyj warnte „Moskau“ & Pjöngjang.")],
                names: [.init(source: "Selenskyj", target: "Volodymyr Zelensky", entryID: "zelensky")],
                notes: [.init(severity: "warning", rule: "numbers", message: "the number <3> is missing")]),
            .init(
                unit: unit(2, "Eins. Zwei.", "One and two.", .reviewed, segments: [2, 3]),
                segments: [(2, "Eins."), (3, "Zwei.")], names: [], notes: []),
            .init(unit: unit(3, "Neu.", nil, .new, segments: [4]), segments: [(4, "Neu.")], names: [], notes: []),
            .init(
                unit: unit(4, "Entwurf.", "Draft.", .draft, segments: [5]), segments: [(5, "Entwurf.")], names: [],
                notes: []),
            .init(
                unit: unit(5, "=SUMME(A1)", "-1 +2 @x", .approved, segments: [6]), segments: [(6, "=SUMME(A1)")],
                names: [],
                notes: []),
        ]
        return ReviewPackage(projectID: "p-123", documents: [.init(document: document, units: units)])
    }()

    @Test func xliff12IsStrictAndReadsBack() throws {
        let xliff = XLIFF12File.write(Self.package)
        #expect(xliff.contains("<target state=\"signed-off\">One and two.</target>"))
        #expect(
            xliff.contains("<note from=\"dragoman\" annotates=\"source\">names: Selenskyj → Volodymyr Zelensky</note>"))
        let read = try ReviewedFile.readXLIFF(Data(xliff.utf8), file: "a.xlf")
        #expect(read.projectID == "p-123")
        #expect(read.units.map(\.status) == [.translated, .reviewed, .new, .draft, .approved])
        #expect(read.units.map(\.source) == Self.package.documents[0].units.map(\.unit.source))
        #expect(read.units[0].target == "Zelensky warned “Moscow” & Pyongyang.")
    }

    @Test(
        "XLIFF 1.2 (strict) and 2.1 (core and glossary module) validate against the official schemas",
        .enabled(if: SchemaValidator.isAvailable, "needs ../shared/schemas and xmllint; skipped where absent"))
    func xliffValidates() throws {
        let checks = [
            (XLIFF12File.write(Self.package), "xliff12/xliff-core-1.2-strict.xsd"),
            (XLIFF21File.write(Self.package), "xliff21/xliff_core_2.0.xsd"),
            (XLIFF21File.write(Self.package), "xliff20/core+glossary.xsd"),
        ]
        for (text, schema) in checks {
            let (status, message) = try SchemaValidator.validate(text: text, flag: "--schema", schema: schema)
            #expect(status == 0, "\(schema): \(message)")
        }
    }

    @Test func xliff21KeepsSegmentsAndReadsBack() throws {
        let xliff = XLIFF21File.write(Self.package)
        #expect(xliff.contains("<segment id=\"s3\" state=\"reviewed\" subState=\"dragoman:merged\">"))
        #expect(xliff.contains("<segment id=\"s5\" state=\"initial\" subState=\"dragoman:draft\">"))
        #expect(xliff.contains("<gls:term source=\"zelensky\">Selenskyj</gls:term>"))
        let read = try ReviewedFile.readXLIFF(Data(xliff.utf8), file: "a.xlf")
        #expect(read.projectID == "p-123")
        #expect(read.units.map(\.status) == [.translated, .reviewed, .new, .draft, .approved])
        #expect(read.units[1].source == "Eins. Zwei." && read.units[1].target == "One and two.")
        #expect(read.units[2].target == nil)
    }

    @Test func csvIsSpreadsheetSafeAndReadsBack() throws {
        let csv = ReviewCSV.write(Self.package)
        #expect(csv.hasPrefix("\u{FEFF}project,export,unit,source,target,status,names,qa,comment\r\n"))
        #expect(csv.contains("'=SUMME(A1),'-1 +2 @x,approved"))
        #expect(csv.contains(",Selenskyj warnte „Moskau“ & Pjöngjang.,"))
        let read = try ReviewCSV.read(Data(csv.utf8), file: "a.csv")
        #expect(read.projectID == "p-123")
        #expect(read.units.map(\.source) == Self.package.documents[0].units.map(\.unit.source))
        #expect(read.units.map(\.target) == Self.package.documents[0].units.map(\.unit.target))
        #expect(read.units.map(\.line) == [2, 3, 4, 5, 6])
        #expect(throws: FileFormatError.self) {
            try ReviewCSV.read(Data("unit,source,target,status\n1,a,b,finished\n".utf8), file: "b.csv")
        }
    }

    @Test func htmlPageIsSelfContainedAndEscaped() throws {
        let html = ReviewPage.write(Self.package)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("&amp; Pjöngjang"))
        #expect(html.contains("the number &lt;3&gt; is missing"))
        #expect(html.contains("<mark class=\"name\" id=\"u1-s0\">Selenskyj</mark>"))
        #expect(html.contains("score 0.970"))
        #expect(html.contains("@media print"))
    }

    @Test func externalEntitiesAndEntityBombsAreRefused() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-secret-\(UUID().uuidString)")
        try Data("TOP-SECRET".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let leak = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file://\(secret.path)">]>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="de" datatype="plaintext"><body>
            <trans-unit id="u1"><source>&secret;</source><target>&secret;</target></trans-unit></body></file></xliff>
            """
        do {
            let read = try ReviewedFile.readXLIFF(Data(leak.utf8), file: "leak.xlf")
            #expect(!read.units.contains { ($0.target ?? "").contains("TOP-SECRET") })
        } catch let error as FileFormatError {
            #expect(error.line == 2)
            #expect(!error.description.contains("TOP-SECRET"))
        }
        let laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n" + "<!ENTITY a \"aaaaaaaaaa\">\n"
            + (1...9).map {
                "<!ENTITY \(String(UnicodeScalar(UInt8(97 + $0)))) \""
                    + String(repeating: "&\(String(UnicodeScalar(UInt8(96 + $0))));", count: 10) + "\">"
            }.joined(separator: "\n")
            + "\n]>\n<xliff version=\"2.1\"><file id=\"f\"><unit id=\"u1\"><segment><source>&j;</source></segment></unit></file></xliff>"
        let started = Date()
        #expect(throws: FileFormatError.self) { try ReviewedFile.readXLIFF(Data(laughs.utf8), file: "laughs.xlf") }
        #expect(Date().timeIntervalSince(started) < 1)
        let truncated = String(XLIFF21File.write(Self.package).prefix(900))
        do {
            _ = try ReviewedFile.readXLIFF(Data(truncated.utf8), file: "cut.xlf")
            Issue.record("a truncated file was accepted")
        } catch let error as FileFormatError {
            #expect(error.file == "cut.xlf" && (error.line ?? 0) > 1)
        }
    }
}

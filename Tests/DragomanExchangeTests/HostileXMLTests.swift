import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import Foundation
import Testing

/// Bytes no XML reader may trap on: every reader (XLIFF 1.2 and 2.1, TMX, TBX) gives a tree or
/// a ``FileFormatError`` with the problem in words, quickly.
@Suite("Hostile XML")
struct HostileXMLTests {
    /// Each of our XML readers on the same bytes.
    static func readAll(_ data: Data) -> [String: Result<Void, any Error>] {
        [
            "xliff": Result { _ = try ReviewedFile.readXLIFF(data, file: "f.xlf") },
            "tmx": Result { _ = try TMXFile.read(data, file: "f.tmx", sourceLanguage: "de", targetLanguage: "en") },
            "tbx": Result { _ = try GlossaryTBX.read(data, file: "f.tbx") },
        ]
    }

    static func expectRefused(_ data: Data, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let start = Date()
        for (reader, result) in readAll(data) {
            guard case .failure(let error) = result else {
                Issue.record("\(reader) accepted the file", sourceLocation: sourceLocation)
                continue
            }
            let message = (error as? FileFormatError)?.description ?? "\(error)"
            #expect(message.contains(words), "\(reader): \(message)", sourceLocation: sourceLocation)
            #expect(!message.contains("libxml2 error") && !message.contains("error 0"), sourceLocation: sourceLocation)
        }
        #expect(Date().timeIntervalSince(start) < 5, sourceLocation: sourceLocation)
    }

    @Test(
        "Invalid UTF-8 in an element, attribute or entity name, or in text",
        arguments: [
            "<xliff><fi\u{1}le/></xliff>", "<a\u{FF}/>", "<xliff version=\"1.2\"><file o\u{FF}=\"x\"/></xliff>",
            "<a>&b\u{FF};</a>", "<a>text \u{FF} more</a>",
        ])
    func invalidUTF8(template: String) {
        // U+00FF stands for the single byte 0xFF, U+0001 for a control character.
        var bytes: [UInt8] = []
        for scalar in template.unicodeScalars {
            bytes.append(scalar == "\u{FF}" ? 0xFF : UInt8(truncatingIfNeeded: scalar.value))
        }
        Self.expectRefused(Data(bytes), saying: "invalid XML")
    }

    @Test("The six-byte file that trapped Foundation's parser")
    func sixBytes() {
        Self.expectRefused(Data([0x3C, 0x61, 0xFF, 0x2F, 0x3E, 0x0A]), saying: "invalid XML")
    }

    @Test("40,000 nested elements: refused by depth, no stack overflow")
    func deepNesting() {
        let depth = 40_000
        let xml =
            "<?xml version=\"1.0\"?>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        Self.expectRefused(Data(xml.utf8), saying: "element nested deeper than 10,000 levels")
    }

    @Test("Nesting below the bound is read, and its text walked without recursion")
    func deepButAllowed() throws {
        let depth = 9_000
        let xml = "<tbx>" + String(repeating: "<a>x", count: depth) + String(repeating: "</a>", count: depth) + "</tbx>"
        let document = try SafeXMLDocument(data: Data(xml.utf8), file: "deep.xml")
        #expect(document.root.text(skipping: []).count == depth)
        #expect(document.root.allText.split(separator: " ").count == depth)
    }

    @Test("UTF-16 with an entity declaration is refused like UTF-8")
    func utf16Entity() {
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <xliff version="1.2"><file><body><trans-unit id="u1"><source>a</source><target>&secret;</target></trans-unit></body></file></xliff>
            """
        var data = Data([0xFF, 0xFE])
        for unit in xml.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        Self.expectRefused(data, saying: "entity declarations are not accepted")
    }

    @Test("Empty, truncated and oversized files say what is wrong")
    func emptyTruncatedOversized() {
        Self.expectRefused(Data(), saying: "empty file")
        Self.expectRefused(Data("<xliff><file>".utf8), saying: "invalid XML")
        Self.expectRefused(Data(count: SafeXMLDocument.maximumBytes + 1), saying: "larger than the limit of 256 MB")
    }

    @Test("A 12,000-unit XLIFF 2.1 export (over 10 MB) reads back")
    func largeExport() throws {
        let document = ProjectDocument(
            id: 1, name: "big.txt", path: "/tmp/big.txt", format: .text, sourceLanguage: "de", targetLanguage: "en",
            originalText: "", createdAt: Date())
        let filler = String(repeating: "Die Delegation aus Pjöngjang wies die Vorwürfe zurück. ", count: 12)
        let units = (1...12_000).map { id in
            ReviewPackage.Unit(
                unit: TranslationUnit(
                    id: Int64(id), documentID: 1, position: id, segmentIDs: [Int64(id)], source: "\(id) \(filler)",
                    target: "Unit \(id).", status: .translated, origin: .typed, updatedAt: Date()),
                segments: [(Int64(id), "\(id) \(filler)")], names: [], notes: [])
        }
        let xliff = XLIFF21File.write(
            ReviewPackage(projectID: "p", documents: [.init(document: document, units: units)]))
        #expect(xliff.utf8.count > 10_000_000)
        let start = Date()
        let read = try ReviewedFile.readXLIFF(Data(xliff.utf8), file: "big.xlf")
        #expect(read.units.count == 12_000)
        #expect(read.units.last?.target == "Unit 12000.")
        #expect(Date().timeIntervalSince(start) < 5)
    }
}

import DragomanExchange
import DragomanStore
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite("TMX")
struct TMXTests {
    static let units = [
        MemoryUnit(
            id: 1, sourceLanguage: "de", targetLanguage: "en", source: "Kim & Putin trafen sich <heute>.",
            target: "Kim & Putin met \"today\".", unitID: 7, status: "reviewed", creator: "ana",
            createdAt: Date(timeIntervalSince1970: 1_730_000_000), changedAt: Date(timeIntervalSince1970: 1_730_003_600)
        ),
        MemoryUnit(
            id: 2, sourceLanguage: "de", targetLanguage: "en", source: "Pjöngjang schwieg.",
            target: "Pyongyang was silent.",
            creator: "tmx", createdAt: Date(timeIntervalSince1970: 1_730_000_000),
            changedAt: Date(timeIntervalSince1970: 1_730_000_000)),
    ]

    @Test func writtenMemoryReadsBackTheSame() throws {
        let tmx = TMXFile.write(Self.units, sourceLanguage: "de", projectID: "p-1")
        #expect(tmx.contains("creationdate=\"20241027T033320Z\""))
        #expect(tmx.contains("<prop type=\"x-dragoman-project\">p-1</prop>"))
        let read = try TMXFile.read(Data(tmx.utf8), file: "m.tmx", sourceLanguage: "de", targetLanguage: "en")
        #expect(read.map(\.source) == Self.units.map(\.source))
        #expect(read.map(\.target) == Self.units.map(\.target))
        #expect(read.map(\.changedAt) == Self.units.map(\.changedAt))
        #expect(read.map(\.status) == ["reviewed", nil])
        #expect(read.map(\.creator) == ["ana", "tmx"])
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs ../shared/schemas and xmllint; skipped where absent"))
    func writtenMemoryIsValidTMX14() throws {
        let tmx = TMXFile.write(Self.units, sourceLanguage: "de", projectID: "p-1")
        let (status, message) = try SchemaValidator.validate(text: tmx, flag: "--dtdvalid", schema: "tmx/tmx14.dtd")
        #expect(status == 0, "\(message)")
    }

    @Test func otherToolsFilesWithInlineCodesAndOldLanguageAttributes() throws {
        // As OmegaT writes it (inline tags as <ph>/<bpt>), and TMX 1.1 with `lang`.
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1">
              <header creationtool="OmegaT" creationtoolversion="6.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="DE-DE" datatype="plaintext"/>
              <body>
                <tu>
                  <tuv lang="DE-DE"><seg>Der <bpt i="1">&lt;b&gt;</bpt>Kreml<ept i="1">&lt;/b&gt;</ept> schwieg.</seg></tuv>
                  <tuv lang="EN-GB"><seg>The <bpt i="1">&lt;b&gt;</bpt>Kremlin<ept i="1">&lt;/b&gt;</ept> was silent.</seg></tuv>
                </tu>
                <tu>
                  <tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv>
                  <tuv xml:lang="fr"><seg>Seulement allemand.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """
        let read = try TMXFile.read(Data(tmx.utf8), file: "omegat.tmx", sourceLanguage: "de", targetLanguage: "en")
        #expect(read.map(\.source) == ["Der Kreml schwieg."])
        #expect(read.map(\.target) == ["The Kremlin was silent."])
        #expect(read.first?.creator == "OmegaT")
    }

    @Test func unsafeOrBrokenFilesAreRefusedWithTheirPlace() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            ]>
            <tmx version="1.4"><body><tu><tuv xml:lang="de"><seg>&lol2;</seg></tuv></tu></body></tmx>
            """
        #expect(
            throws: FileFormatError(
                file: "laughs.tmx", line: 3, problem: "entity declarations are not accepted in TMX files")
        ) {
            try TMXFile.read(Data(laughs.utf8), file: "laughs.tmx", sourceLanguage: "de", targetLanguage: "en")
        }
        let broken = "<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"de\"><seg>x</tuv></tu>\n</body></tmx>"
        do {
            _ = try TMXFile.read(Data(broken.utf8), file: "broken.tmx", sourceLanguage: "de", targetLanguage: "en")
            Issue.record("broken XML was accepted")
        } catch let error as FileFormatError {
            #expect(error.file == "broken.tmx" && error.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">
            <tmx version="1.4"><header/><body/></tmx>
            """
        #expect(
            (try? TMXFile.read(Data(external.utf8), file: "e.tmx", sourceLanguage: "de", targetLanguage: "en")) == [])
    }
}

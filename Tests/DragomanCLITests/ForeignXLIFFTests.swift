import Foundation
import Testing

@Suite("XLIFF from other tools")
struct ForeignXLIFFTests {
    static let xliff12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="article.html" source-language="de-DE" target-language="en-US" datatype="html">
            <body>
              <group id="p1">
                <trans-unit id="tu-a">
                  <source>Kremlsprecher <g id="1">Dmitri Peskow</g> widersprach.</source>
                  <target state="translated">Kremlin spokesman <g id="1">Dmitry Peskov</g> disagreed.</target>
                </trans-unit>
                <trans-unit id="tu-b">
                  <source>Pjöngjang schwieg<ph id="2">&lt;br/&gt;</ph>.</source>
                  <target state="needs-translation"/>
                </trans-unit>
                <trans-unit id="tu-c">
                  <source>Seoul protestierte.</source>
                  <target state="final">Seoul protested.</target>
                </trans-unit>
              </group>
            </body>
          </file>
        </xliff>
        """

    static let xliff20 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
          <file id="f1">
            <unit id="1">
              <segment state="reviewed"><source>Moskau <pc id="1">und</pc> Pjöngjang.</source><target>Moscow and Pyongyang.</target></segment>
            </unit>
            <unit id="2">
              <segment><source>Nur Quelle.</source></segment>
            </unit>
          </file>
        </xliff>
        """

    @Test("Other tools' XLIFF 1.2 and 2.0 become documents with their translations")
    func foreignFiles() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        for (name, text) in [("a.xlf", Self.xliff12), ("b.xliff", Self.xliff20)] {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let added = try CommandRunner.run(["add", file.path, "--project", project])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let units = try ProjectCommandTests.units(project)
        #expect(
            units.map { $0["source"] as? String } == [
                "Kremlsprecher Dmitri Peskow widersprach.", "Pjöngjang schwieg.", "Seoul protestierte.",
                "Moskau und Pjöngjang.", "Nur Quelle.",
            ])
        #expect(
            units.map { $0["target"] as? String } == [
                "Kremlin spokesman Dmitry Peskov disagreed.", nil, "Seoul protested.", "Moscow and Pyongyang.", nil,
            ])
        #expect(units.map { $0["status"] as? String } == ["translated", "new", "approved", "reviewed", "new"])
        let names = (units[0]["names"] as? [[String: Any]] ?? []).compactMap { $0["preferred"] as? String }
        #expect(names.contains("Dmitry Peskov"))
    }
}

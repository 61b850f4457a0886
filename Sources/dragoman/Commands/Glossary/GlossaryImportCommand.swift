import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a glossary file (TBX v3 or v2, CSV, TSV) into another.",
        discussion: """
            The source is read completely before anything is written; the target is then written \
            atomically, so a malformed source leaves the target as it was. TBX v2 from translate-toolkit's \
            csv2tbx marks the target side xml:lang="xx": map it with --language-map xx=de.
              dragoman glossary import terms.tbx --into my-glossary.tbx --language-map xx=de
            """
    )

    @Argument(help: "The glossary file to import.")
    var source: String

    @Option(name: .long, help: "The glossary file to merge into; created when missing.")
    var into: String

    @Option(name: .long, parsing: .upToNextOption, help: "Language code replacements as FROM=TO, e.g. xx=de.")
    var languageMap: [String] = []

    func run() throws {
        var map: [String: LanguageCode] = [:]
        for pair in languageMap {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let language = LanguageCode(parts[1]) else {
                throw CommandFailure.usage("\"\(pair)\" is not FROM=TO with a BCP 47 code")
            }
            map[parts[0]] = language
        }
        let incoming = try GlossaryFile.read(source, languageMap: map)
        var glossary = FileManager.default.fileExists(atPath: into) ? try GlossaryFile.read(into) : Glossary()
        let (added, extended) = glossary.merge(incoming)
        try GlossaryFile.write(glossary, to: into)
        StandardError.write("dragoman: \(into): \(added) entries added, \(extended) extended from \(source)\n")
    }
}

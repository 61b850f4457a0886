import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a glossary file (TBX v3 or v2, CSV, TSV, OmegaT's glossary, a term-base CSV) into another.",
        discussion: """
            An entry of the file whose id the glossary has is updated from it: its terms in the languages the file \
            has, roles, kind and note, so that a terminologist's edits in another tool come back; other entries are \
            added. A bilingual file (omegat, bilingual-csv) updates only what it carries: the preferred target, \
            the variants, the role and the source terms of the entries its rows name (by id, or by source term or \
            form); deprecated terms stay. Every change is listed on stdout. A file with a language the glossary does \
            not have is refused unless --new-languages is given. The source is read completely before anything is \
            written; the target is then written atomically, so a malformed source leaves it as it was. TBX v2 from \
            translate-toolkit's csv2tbx marks the source side "en" and the target side "xx": map them, e.g. \
            --language-map xx=de for an English-German list, --language-map en=de xx=en for a German-English one.
              dragoman glossary import names.utf8 --into my-glossary.tbx --source-lang de --target-lang en
            """
    )

    @Argument(help: "The glossary file to import.")
    var source: String

    @Option(name: .long, help: "The glossary file to bring it into; created when missing.")
    var into: String

    @OptionGroup var file: GlossaryFormatOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Language code replacements as FROM=TO, e.g. xx=de.")
    var languageMap: [String] = []

    @Flag(name: .long, help: "Accept languages the glossary does not have yet.")
    var newLanguages = false

    @Flag(name: .long, help: "List the changes without writing them.")
    var dryRun = false

    func run() throws {
        var map: [String: LanguageCode] = [:]
        for pair in languageMap {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let language = LanguageCode(parts[1]) else {
                throw CommandFailure.usage("\"\(pair)\" is not FROM=TO with a BCP 47 code")
            }
            map[parts[0]] = language
        }
        let content = try GlossaryFile.content(
            of: source, format: file.format, languages: file.languages, languageMap: map)
        let exists = FileManager.default.fileExists(atPath: into)
        // A new glossary takes the file's title, or its name.
        let title =
            content.title.isEmpty
            ? URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent : content.title
        var glossary = exists ? try GlossaryFile.read(into) : Glossary(title: title)
        let known = Set(glossary.languages)
        let unknown = content.languages.filter { !known.contains($0) }
        if !glossary.entries.isEmpty && !unknown.isEmpty && !newLanguages {
            throw FileFormatError(
                file: source,
                problem:
                    "its languages \(unknown.map(\.tag).joined(separator: ", ")) are not in \(into) (\(glossary.languages.map(\.tag).joined(separator: ", "))); check the file, map codes with --language-map, or add them with --new-languages"
            )
        }
        let changes: [GlossaryChange]
        switch content {
        case .glossary(let incoming, let fromTBX): changes = glossary.update(from: incoming, idsAreXMLIDs: fromTBX)
        case .termList(let list): changes = try glossary.update(from: list, file: source)
        }
        let output = StandardOutput.shared
        for change in changes { output.write("\(change)\n") }
        output.flush()
        let added = changes.filter(\.addsEntry).count
        let changed = Set(changes.filter { !$0.addsEntry }.map(\.entry)).count
        let summary = "\(added) entries added, \(changed) changed (\(changes.count - added) changes) from \(source)"
        if dryRun {
            StandardError.write("dragoman: \(into): \(summary); dry run, nothing written\n")
            return
        }
        if !changes.isEmpty || !exists {
            try GlossaryFile.write(glossary, to: into, languages: file.languages)
        }
        StandardError.write("dragoman: \(into): \(summary)\n")
    }
}

import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an entry (or terms to an entry) in a glossary file.",
        discussion: """
            Terms are LANG:TEXT; the first --term of a language is preferred, later ones admitted.
              dragoman glossary add my.tbx --id peskov --kind person --term en:'Dmitry Peskov' \\
                --term de:'Dmitri Peskow' --deprecated en:Peskow --role en:'Kremlin spokesman'
            """
    )

    @Argument(help: "The glossary file (.tbx, .csv, .tsv); created when missing.")
    var file: String

    @Option(name: .long, help: "Entry identifier.")
    var id: String

    @Option(name: .long, help: "person, place, organization or term.")
    var kind: String = "term"

    @Option(name: .long, help: "A term as LANG:TEXT; repeatable.")
    var term: [String] = []

    @Option(name: .long, help: "A deprecated term (must not appear in a translation) as LANG:TEXT; repeatable.")
    var deprecated: [String] = []

    @Option(name: .long, help: "A role or description as LANG:TEXT; repeatable.")
    var role: [String] = []

    func run() throws {
        guard let kind = GlossaryEntry.Kind(rawValue: kind) else {
            throw CommandFailure.usage("unknown kind \"\(kind)\" (person, place, organization, term)")
        }
        var entry = GlossaryEntry(id: id, kind: kind)
        var seenLanguages = Set<LanguageCode>()
        for (value, forcedStatus) in term.map({ ($0, Term.Status?.none) }) + deprecated.map({ ($0, .deprecated) }) {
            let (language, text) = try Self.split(value)
            let status = forcedStatus ?? (seenLanguages.insert(language).inserted ? .preferred : .admitted)
            entry.terms.append(Term(language: language, text: text, status: status))
        }
        for value in role {
            let (language, text) = try Self.split(value)
            entry.roles[language] = text
        }
        guard !entry.terms.isEmpty else { throw CommandFailure.usage("give at least one --term LANG:TEXT") }
        var glossary = FileManager.default.fileExists(atPath: file) ? try GlossaryFile.read(file) : Glossary()
        let (added, extended) = glossary.merge(Glossary(entries: [entry]))
        try GlossaryFile.write(glossary, to: file)
        StandardError.write(
            "dragoman: \(file): \(added == 1 ? "added" : extended == 1 ? "extended" : "unchanged") entry \(id)\n")
    }

    static func split(_ value: String) throws -> (LanguageCode, String) {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let language = LanguageCode(parts[0]), !parts[1].isEmpty else {
            throw CommandFailure.usage("\"\(value)\" is not LANG:TEXT")
        }
        return (language, parts[1])
    }
}

struct GlossaryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an entry from a glossary file (exit status 1 when there is none).")

    @Argument(help: "The glossary file.")
    var file: String

    @Option(name: .long, help: "Entry identifier.")
    var id: String

    func run() throws {
        var glossary = try GlossaryFile.read(file)
        guard glossary.remove(id: id) else { throw CommandFailure.problemsFound("\(file): no entry \(id)") }
        try GlossaryFile.write(glossary, to: file)
    }
}

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

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a glossary in another format (by the output file's extension: .tbx, .csv, .tsv).")

    @Argument(help: "The glossary file to export.")
    var source: String

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    func run() throws {
        try GlossaryFile.write(GlossaryFile.read(source), to: output)
    }
}

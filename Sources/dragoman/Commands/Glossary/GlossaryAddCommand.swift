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
            A role held for a time ends with its ISO 8601 interval in brackets (.. for an open end); a \
            text of that time gets it instead of today's:
              --role en:'former Foreign Minister of Germany' \
                --role en:'Foreign Minister of Germany [2021-12-08/2025-05-06]'
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

    @Option(name: .long, help: "A role or description as LANG:TEXT or LANG:'TEXT [FROM/UNTIL]'; repeatable.")
    var role: [String] = []

    func run() throws {
        guard let kind = GlossaryEntry.Kind(rawValue: kind) else {
            throw CommandFailure.usage("unknown kind \"\(kind)\" (person, place, organization, term)")
        }
        var entry = GlossaryEntry(
            id: id, kind: kind, terms: try term.map(Self.split), deprecated: try deprecated.map(Self.split))
        for (language, text) in try role.map(Self.split) {
            let read = DatedRole.parseCell(text, language: language)
            if let current = read.current { entry.roles[language] = current }
            entry.datedRoles += read.dated
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

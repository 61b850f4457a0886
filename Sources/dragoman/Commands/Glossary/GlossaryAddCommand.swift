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
        let entry = GlossaryEntry(
            id: id, kind: kind, terms: try term.map(Self.split), deprecated: try deprecated.map(Self.split),
            roles: Dictionary(try role.map(Self.split), uniquingKeysWith: { _, last in last }))
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

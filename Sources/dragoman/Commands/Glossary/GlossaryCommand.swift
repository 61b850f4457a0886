import ArgumentParser
import DragomanGlossary
import DragomanText

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Maintain name glossaries (TBX, CSV): list, find, add, remove, import, export, generate.",
        discussion: """
            Glossary files are TBX (v3 or v2, TBX-Basic) or CSV/TSV with the header
              id,kind,language,term,status,type,part_of_speech,forms,role,note,source
            (kind: person|place|organization|term; status: preferred|admitted|deprecated; type: \
            fullForm|acronym|abbreviation|shortForm|variant; forms separated by "|"; role: today's role, then \
            roles held for a time with their ISO 8601 interval, "|"-separated: \
            "German Chancellor|German Finance Minister [2018-03-14/2021-12-08]", ".." for an open end).
            For other tools, `export` also writes OmegaT's glossary (.utf8) and a term-base CSV for one language \
            pair, which `import` brings back. Files are written atomically: a failed import leaves the glossary \
            as it was.
            """,
        subcommands: [
            GlossaryListCommand.self, GlossaryFindCommand.self, GlossaryAddCommand.self, GlossaryRemoveCommand.self,
            GlossaryImportCommand.self, GlossaryExportCommand.self, GlossaryGenerateCLDRCommand.self,
            GlossaryHarvestCommand.self,
        ]
    )
}

extension GlossaryEntry {
    /// One line for listings: id, kind, and the preferred term per language.
    var summary: String {
        let languages = Array(Set(terms.map(\.language))).sorted { $0.tag < $1.tag }
        let names = languages.compactMap { language in preferredTerm(in: language).map { "\(language.tag): \($0.text)" }
        }
        return "\(id)\t\(kind.rawValue)\t\(names.joined(separator: "; "))"
    }
}

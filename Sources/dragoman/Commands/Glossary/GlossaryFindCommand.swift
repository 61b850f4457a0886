import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText

struct GlossaryFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find the glossary entry of a name or term, with its preferred forms.",
        discussion: """
            Looks the text up among all terms and forms (case, accents and spacing folded), then, if \
            nothing is found, among all terms with the name matcher. Exit status 1 when nothing is found.
              dragoman glossary find Pjöngjangs --target-lang en
            """
    )

    @Argument(help: "The name or term.")
    var text: String

    @Option(name: .long, help: "Print only the preferred term in this language.")
    var targetLang: LanguageCode?

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let loaded = try glossaries.load()
        let lookup = try GlossaryLookup(glossaries: loaded)
        var hits = try lookup.entries(for: text).map { ($0.entry, $0.term.text, 1.0) }
        if hits.isEmpty {
            let matcher = NameMatcher()
            let key = try NameKey(text)
            for glossary in loaded {
                for entry in glossary.entries {
                    let best = try entry.terms.map { ($0.text, matcher.score(key, try NameKey($0.text))) }.max {
                        $0.1 < $1.1
                    }
                    if let best, best.1 >= matcher.threshold { hits.append((entry, best.0, best.1)) }
                }
            }
            hits.sort { $0.2 > $1.2 }
        }
        guard !hits.isEmpty else { throw CommandFailure.problemsFound("no glossary entry for \"\(text)\"") }
        let output = StandardOutput.shared
        var seen = Set<String>()
        for (entry, matched, score) in hits where seen.insert(entry.id).inserted {
            if let targetLang {
                guard let preferred = entry.preferredTerm(in: targetLang) else { continue }
                output.write(TSV.line([entry.id, matched, preferred.text, String(format: "%.3f", score)]))
            } else {
                output.write(
                    TSV.line(
                        entry.summary.split(separator: "\t").map(String.init) + [
                            matched, String(format: "%.3f", score),
                        ]))
            }
        }
    }
}

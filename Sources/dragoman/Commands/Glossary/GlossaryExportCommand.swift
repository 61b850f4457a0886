import ArgumentParser
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a glossary in another format: TBX v3 or v2, CSV, TSV, OmegaT's glossary, a term-base CSV.",
        discussion: """
            tbx2 is TBX v2 (martif) in the TBX-Basic style, valid against TBXcoreStructV02.dtd, which \
            translate-toolkit, OmegaT, memoQ, Trados MultiTerm and Phrase import; the source language's terms come \
            first, each language's preferred term first. omegat writes OmegaT's glossary (put it in the project's \
            glossary/ folder as NAME.utf8): one line per source term and inflected form with the preferred target \
            and the role as comment; deprecated forms are never targets. bilingual-csv writes one row per source \
            term with its preferred target, the admitted variants and the role, UTF-8 with a byte-order mark, for \
            the term-base CSV imports of CAT tools. All three come back with `dragoman glossary import`.
              dragoman glossary export Glossaries/news-names.csv -o names.utf8 --source-lang de --target-lang en
            """)

    @Argument(help: "The glossary file to export.")
    var source: String

    @Option(name: .shortAndLong, help: "The file to write.")
    var output: String

    @OptionGroup var file: GlossaryFormatOptions

    func run() throws {
        guard let format = file.format ?? GlossaryFile.Format(path: output) else {
            throw CommandFailure.usage(
                "\(output): name the format with --format (tbx, tbx2, csv, tsv, omegat, bilingual-csv)")
        }
        let glossary = try GlossaryFile.read(source)
        var written = "\(glossary.entries.count) entries"
        if format.isBilingual, let languages = file.languages {
            let list = BilingualTermList(glossary, format: format, languages: languages)
            let entries = Set(list.rows.compactMap(\.entry)).count
            guard entries > 0 || glossary.entries.isEmpty else {
                throw CommandFailure.usage(
                    "\(source): no entry has terms in both \(languages.source) and \(languages.target) (its languages: \(glossary.languages.map(\.tag).joined(separator: ", ")))"
                )
            }
            written =
                entries == glossary.entries.count
                ? "\(entries) entries (\(list.rows.count) rows)"
                : "\(entries) of \(glossary.entries.count) entries (\(list.rows.count) rows; the others lack a \(languages.source) or \(languages.target) term)"
            try FileAccess.write(GlossaryFile.text(of: list, format: format), to: output)
        } else {
            try GlossaryFile.write(glossary, to: output, format: format, languages: file.languages)
        }
        StandardError.write(
            "dragoman: wrote \(written) of \(source) to \(output) (\(format.rawValue))\n")
    }
}

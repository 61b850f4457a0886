import ArgumentParser
import DragomanGlossary
import DragomanText

/// `--format` and the language pair, for the commands that read or write glossary files.
struct GlossaryFormatOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The file format: tbx (v3), tbx2 (v2 martif, for translate-toolkit, OmegaT, memoQ, MultiTerm), csv, tsv, \
            omegat (OmegaT's tab-separated glossary), bilingual-csv (a term-base CSV for CAT tools). Default: by \
            the file's extension (.tbx, .csv, .tsv, .utf8/.tab for OmegaT).
            """)
    var format: GlossaryFile.Format?

    @Option(
        name: .long, help: "The source language of a bilingual format (omegat, bilingual-csv); TBX v2 lists it first.")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "The target language of a bilingual format.")
    var targetLang: LanguageCode?

    func validate() throws {
        guard (sourceLang == nil) == (targetLang == nil) else {
            throw ValidationError("give both --source-lang and --target-lang, or neither")
        }
        if let sourceLang, sourceLang == targetLang {
            throw ValidationError("--source-lang and --target-lang are the same language")
        }
    }

    var languages: (source: LanguageCode, target: LanguageCode)? {
        guard let sourceLang, let targetLang else { return nil }
        return (sourceLang, targetLang)
    }
}

extension GlossaryFile.Format: ExpressibleByArgument {}

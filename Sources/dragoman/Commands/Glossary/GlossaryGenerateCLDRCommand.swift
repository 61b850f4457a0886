import ArgumentParser
import DragomanGlossary
import DragomanText

struct GlossaryGenerateCLDRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-cldr",
        abstract: "Generate the place-name glossary from the CLDR data inside ICU.",
        discussion: """
            Territory names and the exemplar cities of time zones in each language; rerun with a newer \
            ICU to refresh Glossaries/cldr-places.tbx.
              dragoman glossary generate-cldr -o Glossaries/cldr-places.tbx
            """
    )

    @Option(name: .shortAndLong, help: "The file to write (.tbx, .csv, .tsv).")
    var output: String

    @Option(name: .long, help: "Comma-separated languages.")
    var languages: String = CLDRGlossary.defaultLanguages.map(\.tag).joined(separator: ",")

    func run() throws {
        let codes = try languages.split(separator: ",").map { value in
            guard let code = LanguageCode(String(value)) else {
                throw CommandFailure.usage("\"\(value)\" is not a BCP 47 code")
            }
            return code
        }
        let glossary = try CLDRGlossary.generate(languages: codes)
        try GlossaryFile.write(glossary, to: output)
        StandardError.write("dragoman: \(output): \(glossary.entries.count) entries\n")
    }
}

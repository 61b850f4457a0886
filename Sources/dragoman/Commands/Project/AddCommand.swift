import ArgumentParser
import DragomanAlign
import DragomanExchange
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow
import Foundation

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an article (and its translation) to a project.",
        discussion: """
            Reads the article (plain text; Markdown .md and HTML .html with the markup kept out of the segments, \
            ranges pointing into the original file), segments it and stores it in one transaction: either the \
            whole document goes in or nothing does. With --translation the two are aligned and the units get \
            the translation as target, origin aligned, status translated. The first add creates the project \
            and attaches the glossaries (the shipped ones unless --no-default-glossaries, plus each --glossary); \
            later adds attach the --glossary files given.
              dragoman add Samples/de-nordkorea-truppen.txt --source-lang de \\
                --translation Samples/en-nordkorea-truppen.txt --target-lang en
            """
    )

    @Argument(help: "The article to translate (.txt, .md, .html, or another tool's .xlf).")
    var source: String

    @Option(name: .long, help: "Language of the article (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "A translation of the article to align with it.")
    var translation: String?

    @Option(name: .long, help: "Language of the translation and of the targets.")
    var targetLang: LanguageCode = .english

    @Flag(name: .long, help: "Add the article even if the project already has a document with the same text.")
    var again = false

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var dictionaries: DictionaryOptions
    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let (added, path) = try projectOptions.creatingIfNeeded { store in (try add(to: store), store.path) }
        switch format {
        case .json: try JSONOutput.write(added)
        case .text:
            StandardOutput.shared.write(
                "added document \(added.document) (\(added.name), \(added.format), "
                    + "\(added.sourceLanguage)→\(added.targetLanguage)) to \(path): "
                    + "\(added.units) units, \(added.translated) with a translation\n")
            for glossary in added.attached {
                StandardOutput.shared.write("attached glossary \(glossary.name) (\(glossary.entries) entries)\n")
            }
        }
    }

    private func add(to store: any ProjectStore) throws -> DocumentAddition.Result {
        // A new project gets the default glossaries and those given; later adds only those given.
        let isNewProject = try store.glossaries().isEmpty && store.documents().isEmpty
        let glossaries = isNewProject ? glossaryOptions.files() : glossaryOptions.glossary
        // Without a glossary, QA, summaries and drafts know no names: say so, not silently.
        if isNewProject && glossaries.isEmpty && !glossaryOptions.noDefaultGlossaries {
            StandardError.write(
                "dragoman: no glossary attached: none found (set DRAGOMAN_GLOSSARIES to the Glossaries folder, or "
                    + "give --glossary FILE); names will not be checked\n")
        }
        let addition = DocumentAddition(
            source: source, sourceLanguage: sourceLang, translation: translation, targetLanguage: targetLang,
            dictionaries: dictionaries.files,
            glossaries: glossaries, allowDuplicate: again)
        return try addition.add(to: store) { StandardError.write("dragoman: \($0)\n") }
    }
}

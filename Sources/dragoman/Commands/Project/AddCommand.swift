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

    @Argument(help: "The article to translate (.txt, .md, .html).")
    var source: String

    @Option(name: .long, help: "Language of the article (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "A translation of the article to align with it.")
    var translation: String?

    @Option(name: .long, help: "Language of the translation and of the targets.")
    var targetLang: LanguageCode = .english

    @Option(name: .long, help: "A dictionary for the alignment (dictd .index or Ding file); repeatable.")
    var dictionary: [String] = []

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        if Article.format(ofPath: source) == .xliff { return try addXLIFF() }
        let sourceLanguage = try LanguageChoice.resolve(sourceLang, file: source) {
            try TextFileReader(path: source).sample()
        }
        let article = try Article.read(path: source, language: sourceLanguage)
        let translated = try translation.map { try Article.read(path: $0, language: targetLang) }
        let store = try projectOptions.open(create: true)
        let attachments = try attachGlossaries(to: store)
        let builder =
            try translated.map {
                try DocumentBuilder.aligning(
                    article, to: $0.language, dictionaries: dictionary, glossaries: ProjectGlossaries.load(from: store),
                    note: { StandardError.write("dragoman: \($0)\n") })
            } ?? DocumentBuilder()
        let new = builder.document(for: article, translation: translated, targetLanguage: targetLang)
        StandardError.write(
            "dragoman: storing \(new.name): \(new.segments.count) segments, \(new.units.count) units (one transaction)\n"
        )
        let document = try store.add(new)
        let units = try store.units(document: document.id)
        let aligned = units.filter { $0.origin == .aligned }.count
        let info = try store.info
        switch format {
        case .json, .tsv:
            StandardOutput.shared.write(
                "{\"project\": \(JSONText.string(info.id)), \"document\": \(document.id), \"segments\": "
                    + "\(try store.segments(document: document.id).count), \"units\": \(units.count), "
                    + "\"aligned\": \(aligned), \"glossaries\": \(try store.glossaries().count)}\n")
        case .text:
            StandardOutput.shared.write(
                "added document \(document.id) (\(document.name), \(document.format.rawValue), "
                    + "\(document.sourceLanguage)→\(document.targetLanguage ?? "?")) to \(store.path): "
                    + "\(units.count) units, \(aligned) aligned\n")
            for attachment in attachments {
                StandardOutput.shared.write(
                    "attached glossary \(attachment.name) (\(attachment.entryCount) entries)\n")
            }
        }
    }

    /// Attaches the glossaries: on a new project the shipped ones and those given, later only
    /// those given.
    private func attachGlossaries(to store: SQLiteProjectStore) throws -> [AttachedGlossary] {
        let isNewProject = try store.glossaries().isEmpty && store.documents().isEmpty
        let files = isNewProject ? glossaryOptions.sources.files().map(\.path) : glossaryOptions.glossary
        let attachments = try files.map { ProjectGlossaries.attachment(of: try GlossaryFile.read($0), path: $0) }
        if !attachments.isEmpty { try store.attach(attachments) }
        return attachments
    }

    /// Another tool's XLIFF file becomes a document with its segmentation and translations.
    private func addXLIFF() throws {
        let data = try FileAccess.read(source)
        let xliff = try XLIFFDocument.read(data, file: source)
        let sourceLanguage = sourceLang ?? xliff.sourceLanguage.flatMap { LanguageCode($0) } ?? .german
        let targetLanguage = xliff.targetLanguage.flatMap { LanguageCode($0) } ?? targetLang
        let store = try projectOptions.open(create: true)
        _ = try attachGlossaries(to: store)
        let new = DocumentBuilder.document(
            fromXLIFF: xliff, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        let document = try store.add(new)
        let translated = new.units.filter { $0.target != nil }.count
        StandardOutput.shared.write(
            "added document \(document.id) (\(document.name), xliff, \(document.sourceLanguage)→\(document.targetLanguage ?? "?")) "
                + "to \(store.path): \(new.units.count) units, \(translated) with a translation\n")
    }
}

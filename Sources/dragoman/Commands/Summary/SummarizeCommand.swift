import ArgumentParser
import DragomanGlossary
import DragomanPostgres
import DragomanStore
import DragomanText
import DragomanWorkflow

extension Summary.Format: ExpressibleByArgument {}

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "An English summary of an article, every name in its glossary form, every sentence cited.",
        discussion: """
            Ranks the source units (LexRank centrality over word tokens, the salience of the names they \
            mention, position), picks the best within --sentences or --words, in article order, and gives \
            each in the best English there is: approved, reviewed, translated by a person, aligned from a \
            translation, then machine-translation draft. A name written wrongly in that English (deprecated, \
            source-language, or a variant spelling) is replaced by the glossary's preferred form and the \
            replacement reported; nothing else is changed. Units without English are shown untranslated. \
            Ends with a digest of the people, places and organisations named, each person with the role \
            the article gives them, else the glossary's role as of the article's date (--as-of, or the latest \
            date the article names), so that a 2022 report does not call a minister of 2022 "former minister".
            From a project (--project, --document) the citations are segment ids; from an article FILE (with \
            an optional --translation aligned to it first) they are the indices of the file's segments.
              dragoman summarize Samples/de-nordkorea-truppen.txt --source-lang de \\
                --translation Samples/en-nordkorea-truppen.txt
            """
    )

    @Argument(help: "An article file to summarise instead of a project document.")
    var file: String?

    @Option(name: .long, help: "The article's translation, aligned to it first (with FILE).")
    var translation: String?

    @Option(name: .long, help: "Language of the article (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "Language of the summary.")
    var targetLang: LanguageCode = .english

    @Option(name: .long, help: "The project document (default: the project's first).")
    var document: Int64?

    @Option(name: .long, help: "At most this many sentences (default 5).")
    var sentences: Int?

    @Option(name: .long, help: "At most this many words instead.")
    var words: Int?

    @Option(
        name: .long,
        help: "The date the article speaks as of, for people's roles (YYYY-MM-DD; default: the latest date it names).")
    var asOf: String?

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(name: .long, help: "Output format.")
    var format: Summary.Format = .markdown

    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        if sentences != nil && words != nil { throw ValidationError("give --sentences or --words, not both") }
        if let limit = sentences ?? words, limit < 1 { throw ValidationError("the budget must be at least 1") }
        if translation != nil && file == nil { throw ValidationError("--translation needs an article FILE") }
        if let asOf, PartialDate(asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
    }

    func run() throws {
        let source = try load()
        let summarizer = try Summarizer(
            glossaries: source.glossaries, sourceLanguage: source.document.sourceLanguage,
            targetLanguage: source.document.targetLanguage)
        let summary = summarizer.summarize(
            document: source.document.name, units: source.units,
            budget: words.map { .words($0) } ?? .sentences(sentences ?? 5), citing: source.citing,
            asOf: asOf.flatMap(PartialDate.init))
        StandardOutput.shared.write(try summary.rendered(as: format))
        if summary.untranslated > 0 && format != .markdown {
            StandardError.write(
                "dragoman: \(summary.untranslated) of \(summary.sentences.count) sentences have no English: "
                    + "\(Summary.howToGetEnglish)\n")
        }
    }

    private func load() throws -> SummarySource {
        guard let file else {
            return try SummarySource.project(
                projectOptions.open(), path: ProjectLocation.displayed(projectOptions.project), document: document)
        }
        let language = try LanguageChoice.resolve(sourceLang, file: file) { try TextFileReader(path: file).sample() }
        return try SummarySource.files(
            source: Article.read(path: file, language: language),
            translation: translation.map { try Article.read(path: $0, language: targetLang) },
            targetLanguage: targetLang, glossaries: glossaryOptions.load(),
            dictionaries: translation == nil ? [] : dictionaries.files(source: language, target: targetLang))
    }
}

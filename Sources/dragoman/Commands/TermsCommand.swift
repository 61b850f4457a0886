import ArgumentParser
import DragomanGlossary
import DragomanText

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the glossary terms and names found in each segment of a text.",
        discussion: """
            Recognises glossary terms and their forms (German genitives and adjective endings, hyphenated \
            and closed compounds such as "UN-Generalversammlung" and "Kremlsprecher") and capitalised \
            words that look like names but are in no glossary, with the preferred term in --target-lang \
            (for unknown names, the name matcher's suggestion among the glossary's names).
              text  one line per term: segment, start, end, text, kind, entry, preferred target
              json  an array of objects with those fields
              dragoman terms Samples/de-nordkorea-truppen.txt --lang de --target-lang en
            """
    )

    @Argument(help: "The text file, or - for standard input.")
    var file: String

    @Option(name: .long, help: "Language of the text (detected when omitted).")
    var lang: LanguageCode?

    @Option(name: .long, help: "Language of the preferred terms to show.")
    var targetLang: LanguageCode = .english

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    /// A term or name found: its 0-based segment index, offsets in the file (Unicode scalars,
    /// half-open), the glossary entry and term it is a form of, and the preferred target.
    struct Found: Encodable {
        var segment: Int
        var start: Int
        var end: Int
        var text: String
        var kind: String
        var entry: String?
        var term: String?
        var status: String?
        var target: String?
    }

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let reader = try TextFileReader(path: file)
        let language = try LanguageChoice.resolve(lang, file: file) { try reader.sample() }
        let recognizer = try TermRecognizer(
            glossaries: glossaries.load(), sourceLanguage: language, targetLanguage: targetLang)
        let segmenter = try Segmenter(language: language)
        let output = StandardOutput.shared
        var found: [Found] = []
        try SegmentStream(reader: reader, segmenter: segmenter).forEachSegment { segment in
            guard segment.isTranslatable else { return }
            for match in recognizer.matches(in: segment.text) {
                let start = segment.range.lowerBound + match.range.lowerBound
                let end = segment.range.lowerBound + match.range.upperBound
                let fields = [
                    String(segment.index), String(start), String(end), match.text, match.kind.rawValue,
                    match.entryID ?? "",
                    match.preferredTarget ?? "", match.status == .deprecated ? "deprecated" : "",
                ]
                switch format {
                case .json:
                    found.append(
                        Found(
                            segment: segment.index, start: start, end: end, text: match.text,
                            kind: match.kind.rawValue, entry: match.entryID, term: match.term,
                            status: match.status?.rawValue, target: match.preferredTarget))
                case .text:
                    output.write(TSV.line(fields))
                }
            }
        }
        if format == .json { try JSONOutput.write(found) }
    }
}

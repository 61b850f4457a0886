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

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let reader = try TextFileReader(path: file)
        let language = try LanguageChoice.resolve(lang, file: file) { try reader.sample() }
        let recognizer = try TermRecognizer(
            glossaries: glossaries.load(), sourceLanguage: language, targetLanguage: targetLang)
        let segmenter = try Segmenter(language: language)
        let output = StandardOutput.shared
        var objects: [String] = []
        try SegmentStream(reader: reader, segmenter: segmenter).forEachSegment { segment in
            guard segment.isTranslatable else { return }
            for found in recognizer.matches(in: segment.text) {
                let start = segment.range.lowerBound + found.range.lowerBound
                let end = segment.range.lowerBound + found.range.upperBound
                let fields = [
                    String(segment.index), String(start), String(end), found.text, found.kind.rawValue,
                    found.entryID ?? "",
                    found.preferredTarget ?? "", found.status == .deprecated ? "deprecated" : "",
                ]
                switch format {
                case .json:
                    let target = found.preferredTarget.map(JSONText.string) ?? "null"
                    let entry = found.entryID.map(JSONText.string) ?? "null"
                    objects.append(
                        "{\"segment\": \(segment.index), \"start\": \(start), \"end\": \(end), \"text\": \(JSONText.string(found.text)), \"kind\": \"\(found.kind.rawValue)\", \"entry\": \(entry), \"term\": \(found.term.map(JSONText.string) ?? "null"), \"status\": \(found.status.map { "\"\($0.rawValue)\"" } ?? "null"), \"target\": \(target)}"
                    )
                case .text, .tsv:
                    output.write(TSV.line(fields))
                }
            }
        }
        if format == .json {
            output.write(objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n")
        }
    }
}

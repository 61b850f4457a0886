import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText
import DragomanWorkflow

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the glossary terms and names found in each segment of a text.",
        discussion: """
            Recognises glossary terms and their forms (German genitives and adjective endings, hyphenated \
            and closed compounds such as "UN-Generalversammlung" and "Kremlsprecher") and capitalised \
            words that look like names but are in no glossary (with Debian's dictionaries installed, every \
            capitalised word that is no ordinary word of the language: FreeDict's headwords, German \
            compounds and endings counted), with the preferred term in --target-lang \
            (for unknown names, the name matcher's suggestion among the glossary's names, else a form \
            generated as `names render` does, German ↔ English).
              text  one line per term: segment, start, end, text, kind, entry, preferred target, status, \
                    where the target comes from (glossary, matcher or generated)
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
        /// glossary (the entry's preferred term), matcher (the glossary name an unknown name
        /// matches) or generated (``NameRenderer``: no glossary knows the name).
        var targetSource: String?
    }

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let reader = try TextFileReader(path: file)
        let language = try LanguageChoice.resolve(lang, file: file) { try reader.sample() }
        let loaded = try glossaries.load()
        // Every capitalised word that is no ordinary word of the language is listed as a name.
        let commonWords = CommonWords.installed(for: language)
        let recognizer = try TermRecognizer(
            glossaries: loaded, sourceLanguage: language, targetLanguage: targetLang, commonWords: commonWords)
        let segmenter = try Segmenter(language: language)
        let output = StandardOutput.shared
        var found: [Found] = []
        // Learned the first time a name no glossary knows needs a generated form.
        let renderer = LazyNameRenderer(glossaries: loaded, source: language, target: targetLang)
        try SegmentStream(reader: reader, segmenter: segmenter).forEachSegment { segment in
            guard segment.isTranslatable else { return }
            for match in recognizer.matches(in: segment.text) {
                let start = segment.range.lowerBound + match.range.lowerBound
                let end = segment.range.lowerBound + match.range.upperBound
                var target = match.preferredTarget
                var source: String? = match.entryID == nil ? (target == nil ? nil : "matcher") : "glossary"
                // A German name (Unterlüß, Katrin Wendland: umlauts, or words of the German
                // dictionaries) with none of the German press's transcriptions of foreign names
                // is written alike; any other name no glossary knows gets its generated form.
                if match.kind == .unknownName && target == nil && language == .german && targetLang == .english
                    && Self.isGermanName(match.text, commonWords: commonWords)
                {
                    target = match.text
                    source = "generated"
                } else if match.kind == .unknownName && target == nil, let form = renderer.render(match.text).first {
                    target = form
                    source = "generated"
                }
                let fields = [
                    String(segment.index), String(start), String(end), match.text, match.kind.rawValue,
                    match.entryID ?? "",
                    target ?? "", match.status == .deprecated ? "deprecated" : "", source ?? "",
                ]
                switch format {
                case .json:
                    found.append(
                        Found(
                            segment: segment.index, start: start, end: end, text: match.text,
                            kind: match.kind.rawValue, entry: match.entryID, term: match.term,
                            status: match.status?.rawValue, target: target, targetSource: source))
                case .text:
                    output.write(TSV.line(fields))
                }
            }
        }
        if format == .json { try JSONOutput.write(found) }
    }

    /// A name German writes natively: umlauts or ß, or a word of the German dictionaries, and
    /// none of the marks of a foreign name in German transcription (tsch, -ow, given names of
    /// the names table).
    static func isGermanName(_ name: String, commonWords: CommonWords?) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        let foreign = words.contains { word in
            ConventionCheck.looksGerman(word) || TermRecognizer.looksForeign(word.lowercased())
                || TermRecognizer.isGivenName(word.lowercased())
        }
        guard !foreign else { return false }
        return words.contains { word in
            word.contains(where: { "äöüßÄÖÜ".contains($0) }) || commonWords?.contains(word) == true
        }
    }
}

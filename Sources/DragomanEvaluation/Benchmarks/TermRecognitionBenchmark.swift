import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

/// Speed and memory of term recognition with a large glossary: a glossary of `entries`
/// synthetic names (plus the given glossaries) and a text built from `sample` repeated, with
/// glossary names mixed in.
public struct TermRecognitionBenchmark {
    public struct Result: Sendable {
        public var entries: Int
        public var buildSeconds: Double
        public var tokens: Int
        public var matches: Int
        public var tokensPerSecond: Double
        /// The baseline: splitting the same text into tokens and nothing else.
        public var tokenizingTokensPerSecond: Double
        /// Peak resident memory of the process so far, in bytes.
        public var peakMemoryBytes: Int
    }

    public var entries: Int
    public var megabytes: Double

    public init(entries: Int = 100_000, megabytes: Double = 2) {
        self.entries = entries
        self.megabytes = megabytes
    }

    public func run(sample: String, language: LanguageCode, glossaries: [Glossary]) throws -> Result {
        var generator = SyntheticNames(seed: 99)
        let names = generator.names(count: entries)
        let synthetic = Glossary(
            title: "synthetic",
            entries: names.enumerated().map { index, name in
                GlossaryEntry(
                    id: "s\(index)", kind: .person,
                    terms: [Term(language: language, text: name), Term(language: .english, text: name)])
            })
        let buildStart = Date()
        let recognizer = try TermRecognizer(
            glossaries: glossaries + [synthetic], sourceLanguage: language, targetLanguage: .english)
        let buildSeconds = Date().timeIntervalSince(buildStart)

        // Paragraphs of the sample with a few synthetic names in between.
        var paragraphs: [String] = []
        var size = 0
        var index = 0
        while Double(size) < megabytes * 1e6 {
            let paragraph =
                names.isEmpty ? sample : sample + " Dazu äußerte sich \(names[index % names.count]) am Montag."
            paragraphs.append(paragraph)
            size += paragraph.utf8.count
            index += 7919
        }
        var tokens = 0
        var matches = 0
        let start = Date()
        for paragraph in paragraphs {
            matches += recognizer.matches(in: paragraph).count
        }
        let seconds = Date().timeIntervalSince(start)
        let tokenizingStart = Date()
        for paragraph in paragraphs { tokens += TextTokenizer.tokens(of: paragraph).count }
        let tokenizingSeconds = Date().timeIntervalSince(tokenizingStart)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Result(
            entries: entries + glossaries.reduce(0) { $0 + $1.entries.count }, buildSeconds: buildSeconds,
            tokens: tokens,
            matches: matches, tokensPerSecond: Double(tokens) / seconds,
            tokenizingTokensPerSecond: Double(tokens) / tokenizingSeconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024)
    }
}

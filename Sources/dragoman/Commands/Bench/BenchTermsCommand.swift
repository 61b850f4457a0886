import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct BenchTermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Term recognition speed and memory with a large glossary.",
        discussion: """
            Builds a recogniser from the glossaries in use plus --entries synthetic names, runs it over \
            --megabytes of the sample article (with names mixed in) and prints tokens per second and the \
            process's peak memory.
              swift build -c release && .build/release/dragoman bench terms
            """
    )

    @Option(name: .long, help: "Synthetic glossary entries.")
    var entries: Int = 100_000

    @Option(name: .long, help: "Text size in MB.")
    var megabytes: Double = 2

    @Option(name: .long, help: "The text to repeat.")
    var file: String = "Samples/de-nordkorea-truppen.txt"

    @Option(name: .long, help: "Language of the text.")
    var lang: LanguageCode = .german

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        var lines: [String] = []
        try TextFileReader(path: file).forEachLine { lines.append($0.text) }
        let result = try TermRecognitionBenchmark(entries: entries, megabytes: megabytes)
            .run(sample: lines.joined(separator: " "), language: lang, glossaries: glossaries.load())
        let output = StandardOutput.shared
        output.write(
            String(format: "glossary: %d entries, recogniser built in %.2f s\n", result.entries, result.buildSeconds))
        output.write(String(format: "text: %d tokens, %d terms and names found\n", result.tokens, result.matches))
        output.write(String(format: "recognition: %.0f tokens per second\n", result.tokensPerSecond))
        output.write(
            String(
                format: "baseline, tokenising alone: %.0f tokens per second (recognition takes %.1f× as long)\n",
                result.tokenizingTokensPerSecond, result.tokenizingTokensPerSecond / result.tokensPerSecond))
        output.write(String(format: "peak memory: %.1f MB\n", Double(result.peakMemoryBytes) / 1e6))
    }
}

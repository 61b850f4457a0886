import ArgumentParser
import DragomanEvaluation
import DragomanText
import DragomanWorkflow
import Foundation

struct BenchSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Time a summary of a large document.",
        discussion: """
            Makes a document of --units aligned units from sentence pairs (by default the sample article and \
            its translation, aligned; with --presegmented two files of one sentence per line), cycled and \
            numbered, and times `summarize` on it (best of three), against term recognition alone.
              swift build -c release && .build/release/dragoman bench summary
            """
    )

    @Option(name: .long, help: "Units in the document.")
    var units = 2_000

    @OptionGroup var pair: ArticlePairOptions

    @Flag(name: .long, help: "The files hold one sentence per line, line n translating line n.")
    var presegmented = false

    @Option(name: .long, help: "Language of the source.")
    var sourceLang: LanguageCode = .german

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let glossaries = try glossaryOptions.load()
        let pairs = try BenchPairs.load(
            source: pair.source, translation: pair.translation, presegmented: presegmented, sourceLang: sourceLang,
            glossaries: glossaries)
        let result = try SummaryBenchmark(
            pairs: pairs, units: units, glossaries: glossaries, sourceLanguage: sourceLang
        ).run()
        StandardOutput.shared.write(
            String(
                format: "summary of %d units (%d sentence pairs cycled): %.3f s, %d sentences chosen\n", result.units,
                pairs.count, result.seconds, result.sentences)
                + String(
                    format: "baseline, term recognition alone: %.3f s (summary = %.1f× recognition)\n",
                    result.recognitionSeconds, result.seconds / max(result.recognitionSeconds, 1e-9)))
    }
}

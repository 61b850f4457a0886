import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct BenchAlignmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Alignment time, peak memory and strict F1 at 1k, 10k and 100k segments per side.",
        discussion: """
            Repeats a parallel test (one segment per line on each side and its gold beads, such as the \
            PUD test .ci/make-pud-alignment.py writes) to each size and aligns it.
              python3 .ci/make-pud-alignment.py ../shared /tmp/pud
              .build/release/dragoman bench alignment /tmp/pud/pud.de /tmp/pud/pud.en /tmp/pud/pud.gold
            """
    )

    @Argument var source: String
    @Argument var target: String
    @Argument var gold: String

    @Option(name: .long) var sourceLang: LanguageCode = .german
    @Option(name: .long) var targetLang: LanguageCode = .english

    @Option(name: .long, parsing: .upToNextOption, help: "Segments per side.")
    var sizes: [Int] = [1_000, 10_000, 100_000]

    func run() throws {
        let (loaded, dictionary) = try DocumentPairOptions.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang, presegmented: true,
            dictionaries: DictionaryOptions.installed)
        let beads = try Bead.load(
            path: gold, sourceCount: loaded.sourceSegments.count, targetCount: loaded.targetSegments.count)
        let aligner = SentenceAligner(
            sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage, dictionary: dictionary)
        let output = StandardOutput.shared
        for result in AlignmentBenchmark(source: loaded.sourceSegments, target: loaded.targetSegments, gold: beads)
            .run(sizes: sizes, aligner: aligner)
        {
            output.write(
                String(
                    format: "%7d × %7d segments: %7.2f s, peak memory %7.1f MB, strict F1 %.4f\n",
                    result.segments.source,
                    result.segments.target, result.seconds, Double(result.peakMemoryBytes) / 1e6, result.strictF1))
            output.flush()
        }
    }
}

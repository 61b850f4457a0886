import ArgumentParser
import DragomanAlign
import DragomanEvaluation
import DragomanStore
import DragomanText
import Foundation

struct EvalAlignmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Score sentence alignment against a gold alignment (Text+Berg metric).",
        discussion: """
            SOURCE and TARGET hold one segment per line; GOLD one bead per line ([3]:[4, 5]). Prints \
            strict and lax precision, recall and F1, then how far the bead confidences can be trusted: among \
            beads below the review threshold (0.7) the share that is wrong, among the others the share that is right, \
            and by confidence band the mean confidence against the share right. --min-strict-f1 makes it exit 1 \
            below a bar.
              dragoman eval alignment ../shared/data/alignment/textberg-dev/dev.de \\
                ../shared/data/alignment/textberg-dev/dev.fr ../shared/data/alignment/textberg-dev/dev.defr \\
                --source-lang de --target-lang fr
            """
    )

    @Argument var source: String
    @Argument var target: String
    @Argument var gold: String

    @Option(name: .long) var sourceLang: LanguageCode?
    @Option(name: .long) var targetLang: LanguageCode?

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(name: .long, help: "Fail (exit 1) below this strict F1.")
    var minStrictF1: Double?

    @Option(name: .long, help: "Weight of lexical evidence (for tuning).")
    var lexicalWeight: Double?

    @Flag(name: .long, help: "Skip the second pass (for comparison).")
    var firstPassOnly = false

    func run() throws {
        let start = Date()
        let (pair, dictionary) = try DocumentPairOptions.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang, presegmented: true,
            dictionaries: dictionaries.files)
        // Checked before aligning: a gold bead outside the files is bad input, said with its line.
        let goldBeads = try Bead.load(
            path: gold, sourceCount: pair.sourceSegments.count, targetCount: pair.targetSegments.count)
        var options = SentenceAligner.Options()
        if let lexicalWeight { options.lexicalWeight = lexicalWeight }
        options.secondPass = !firstPassOnly
        let beads = pair.aligned(dictionary: dictionary, options: options)
        let seconds = Date().timeIntervalSince(start)
        let metric = AlignmentMetric(test: beads, gold: goldBeads)
        StandardOutput.shared.write(
            String(
                format:
                    "strict: precision %.4f recall %.4f F1 %.4f\nlax:    precision %.4f recall %.4f F1 %.4f\n%d × %d segments aligned in %.2f s (dictionary loading included)\n",
                metric.strictPrecision, metric.strictRecall, metric.strictF1, metric.laxPrecision, metric.laxRecall,
                metric.laxF1,
                pair.sourceSegments.count, pair.targetSegments.count, seconds))
        let calibration = AlignmentCalibration(
            test: beads, gold: goldBeads, threshold: TranslationUnit.alignmentReviewThreshold)
        var report = String(
            format:
                "confidence: %d beads below %.2f, %.1f%% of them wrong; %d at or above, %.1f%% of them right (Brier %.4f)\n",
            calibration.below, calibration.threshold, calibration.shareWrongBelow * 100, calibration.above,
            calibration.shareRightAbove * 100, calibration.brierScore)
        for band in calibration.bands {
            report += String(
                format: "  confidence %.1f–%.1f: %4d beads, mean confidence %.3f, %.1f%% right\n", band.lower,
                band.upper,
                band.beads, band.meanConfidence, band.shareRight * 100)
        }
        StandardOutput.shared.write(report)
        if let minStrictF1, metric.strictF1 < minStrictF1 {
            throw CommandFailure.problemsFound(
                String(format: "strict F1 %.4f is below %.4f", metric.strictF1, minStrictF1))
        }
    }
}

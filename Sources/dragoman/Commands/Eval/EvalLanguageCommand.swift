import ArgumentParser
import DragomanEvaluation
import DragomanText
import Foundation

struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Score language detection on labelled texts.",
        discussion: """
            Each line of DATA is LANGUAGE<TAB>TEXT. Texts shorter than --min-length characters are left \
            out (detection answers "unknown" for short texts by design). Prints accuracy per language; \
            with --min-accuracy exits 1 when the overall accuracy is lower.
            """
    )

    @Argument(help: "Files of LANGUAGE<TAB>TEXT lines.")
    var data: [String]

    @Option(name: .long, help: "Minimum text length in characters.")
    var minLength: Int = 100

    @Option(name: .long, help: "Minimum accuracy (0…1), over every language or over the --only ones.")
    var minAccuracy: Double?

    @Option(name: .long, help: "Comma-separated languages that count towards --min-accuracy, e.g. de,en,fr,es,ru,uk.")
    var only: String?

    func run() throws {
        var lines: [String] = []
        for path in data { try TextFileReader(path: path).forEachLine { lines.append($0.text) } }
        let result = LanguageDetectionEvaluation.evaluate(lines: lines, minimumLength: minLength)
        let output = StandardOutput.shared
        output.write("lang  texts  correct  unknown  accuracy  mistaken for\n")
        for row in result.rows {
            let wrong = row.wrong.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")
            output.write(
                String(
                    format: "%-5@ %5d  %7d  %7d  %7.1f%%  %@\n", row.language, row.total, row.correct, row.unknown,
                    100 * row.accuracy, wrong))
        }
        output.write(
            String(
                format: "all   %5d  %7d           %7.1f%%  (%d shorter texts left out)\n", result.total, result.correct,
                100 * result.accuracy, result.skipped))
        let counted = only.map { Set($0.split(separator: ",").map(String.init)) }
        let rows = result.rows.filter { counted?.contains($0.language) ?? true }
        let total = rows.reduce(0) { $0 + $1.total }
        let accuracy = total == 0 ? 0 : Double(rows.reduce(0) { $0 + $1.correct }) / Double(total)
        if let only {
            output.write(String(format: "%@: %.1f%% of %d texts\n", only, 100 * accuracy, total))
        }
        if let minAccuracy, accuracy < minAccuracy {
            throw CommandFailure.problemsFound(String(format: "accuracy %.4f is below %.4f", accuracy, minAccuracy))
        }
    }
}

import ArgumentParser
import DragomanEvaluation
import DragomanText
import Foundation

struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Score sentence segmentation on JSON test sets.",
        discussion: """
            Each DATASET is a JSON array of items with "input", "expected" (the segments) and optionally \
            "text_altering" and "options": {"language": …}. Prints per set the exact-match passes (items \
            marked text_altering are reported apart and not counted) and sentence-boundary precision, \
            recall and F1. With --min-exact and --min-f1, exits 1 when a set falls short.
              dragoman eval segmentation ../shared/data/segmentation/golden_en.json --show-failures
            """
    )

    @Argument(help: "JSON test sets.")
    var datasets: [String]

    @Option(name: .long, help: "Language of all sets (default: from the items or the file name).")
    var lang: LanguageCode?

    @Option(name: .long, help: "Output format.")
    var format: TextJSONOrTSV = .text

    struct Scores: Encodable {
        var set: String
        var lang: String
        var exact: Int
        var scored: Int
        var textAlteringExact: Int
        var textAltering: Int
        var truePositives: Int
        var falsePositives: Int
        var falseNegatives: Int
        var precision: Double
        var recall: Double
        var f1: Double
    }

    @Flag(name: .long, help: "Print the items that did not match exactly.")
    var showFailures = false

    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Minimum exact-match rates per set, as NAME=RATE (e.g. golden_de=1.0).")
    var minExact: [String] = []

    @Option(
        name: .long, parsing: .upToNextOption, help: "Minimum boundary F1 per set, as NAME=F1 (e.g. ud_pud_de=0.99).")
    var minF1: [String] = []

    func run() throws {
        var reports: [SegmentationEvaluation.Report] = []
        for path in datasets {
            let items = try SegmentationEvaluation.loadItems(from: path)
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            reports.append(try SegmentationEvaluation.evaluate(items: items, dataset: name, language: lang))
        }
        try print(reports)
        if showFailures { printFailures(reports) }
        let shortfalls = try checkBars(reports)
        for shortfall in shortfalls { StandardError.write("dragoman: below the bar: \(shortfall)\n") }
        if !shortfalls.isEmpty { throw CommandFailure.problemsFound() }
    }

    private func print(_ reports: [SegmentationEvaluation.Report]) throws {
        let output = StandardOutput.shared
        switch format {
        case .text:
            output.write("set                 lang  exact          text-altering  precision  recall   F1\n")
            for r in reports {
                let exact = "\(r.exactMatches)/\(r.scoredItems)"
                let altering = "\(r.textAlteringMatches)/\(r.textAlteringItems)"
                output.write(
                    String(
                        format: "%@ %@ %@ %@ %.4f     %.4f   %.4f\n", pad(r.dataset, 19), pad(r.language.tag, 5),
                        pad(exact + String(format: " %5.1f%%", 100 * r.exactMatchRate), 14), pad(altering, 14),
                        r.precision, r.recall, r.f1))
            }
        case .tsv:
            output.write(
                TSV.line([
                    "set", "lang", "exact", "scored", "text_altering_exact", "text_altering", "precision", "recall",
                    "f1",
                ]))
            for r in reports {
                output.write(
                    TSV.line([
                        r.dataset, r.language.tag, "\(r.exactMatches)", "\(r.scoredItems)", "\(r.textAlteringMatches)",
                        "\(r.textAlteringItems)", String(format: "%.4f", r.precision), String(format: "%.4f", r.recall),
                        String(format: "%.4f", r.f1),
                    ]))
            }
        case .json:
            try JSONOutput.write(
                reports.map { r in
                    Scores(
                        set: r.dataset, lang: r.language.tag, exact: r.exactMatches, scored: r.scoredItems,
                        textAlteringExact: r.textAlteringMatches, textAltering: r.textAlteringItems,
                        truePositives: r.truePositives, falsePositives: r.falsePositives,
                        falseNegatives: r.falseNegatives, precision: r.precision, recall: r.recall, f1: r.f1)
                })
        }
    }

    private func printFailures(_ reports: [SegmentationEvaluation.Report]) {
        for report in reports {
            for failure in report.failures {
                StandardError.write("\(report.dataset) \(failure.id): \(String(reflecting: failure.input))\n")
                StandardError.write(
                    "  expected: \(failure.expected.map { String(reflecting: $0) }.joined(separator: " | "))\n")
                StandardError.write(
                    "  actual:   \(failure.actual.map { String(reflecting: $0) }.joined(separator: " | "))\n")
            }
        }
    }

    private func checkBars(_ reports: [SegmentationEvaluation.Report]) throws -> [String] {
        var shortfalls: [String] = []
        for (bars, measure, label) in [
            (minExact, { (r: SegmentationEvaluation.Report) in r.exactMatchRate }, "exact-match rate"),
            (minF1, { (r: SegmentationEvaluation.Report) in r.f1 }, "boundary F1"),
        ] {
            for bar in bars {
                let parts = bar.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let minimum = Double(parts[1]) else {
                    throw CommandFailure.usage("bar '\(bar)' is not NAME=NUMBER")
                }
                guard let report = reports.first(where: { $0.dataset == parts[0] }) else {
                    throw CommandFailure.usage("bar '\(bar)' names no evaluated set")
                }
                let value = measure(report)
                if value < minimum {
                    shortfalls.append(String(format: "%@ %@ %.4f < %.4f", report.dataset, label, value, minimum))
                }
            }
        }
        return shortfalls
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

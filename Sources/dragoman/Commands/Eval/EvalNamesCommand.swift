import ArgumentParser
import DragomanEvaluation
import DragomanGlossary
import DragomanNames
import DragomanText

struct EvalNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Measure the name matcher on name pairs and on hard negatives.",
        discussion: """
            --pairs: a TSV file with a header naming the columns kind, de and en (one row per name \
            pair); rows of --kind are paired (German → English) among all names of the "en" column of \
            --candidates (a TSV with an "en" column, or one name per line), as `names pair` does. \
            Prints recall (share of rows whose English name is found) and precision.
            --negatives: a TSV with a header naming name_a and name_b; prints how many are accepted.
              dragoman eval names --pairs Tests/DragomanNamesTests/Fixtures/cldr-de-en-differences.tsv \\
                --candidates ../shared/data/names/cldr_de_en.tsv \\
                --negatives Tests/DragomanNamesTests/Fixtures/hard-negatives.tsv
            """
    )

    @Option(name: .long, help: "TSV of name pairs with columns kind, de, en.")
    var pairs: String?

    @Option(name: .long, help: "Which kind of pairs to measure.")
    var kind: String = "transliteration"

    @Option(name: .long, help: "TSV with an en column, or one candidate name per line.")
    var candidates: String?

    @Option(name: .long, help: "TSV of pairs that must not match, with columns name_a, name_b.")
    var negatives: String?

    @Option(name: .long, help: "Decision threshold in [0, 1].")
    var threshold: Double = NameMatcher.defaultThreshold

    @Option(name: .long, help: "Fail (exit 1) below this recall.")
    var minRecall: Double?

    @Option(name: .long, help: "Fail (exit 1) below this precision.")
    var minPrecision: Double?

    @Option(name: .long, help: "Fail (exit 1) above this share of accepted negatives.")
    var maxAccepted: Double?

    @Flag(name: .long, help: "Print misses and accepted negatives.")
    var showFailures = false

    @Flag(
        name: .long,
        help:
            "Measure `names render` on the --pairs rows instead: German → English and English → German, first and among the first three, with every name of the file left out of the letter statistics."
    )
    var render = false

    @Option(name: .long, help: "With --render: fail (exit 1) when fewer German → English names get their form first.")
    var minFirst: Double?

    @Option(name: .long, help: "With --render: fail (exit 1) when fewer get it among the first three.")
    var minFirstThree: Double?

    @Option(name: .long, help: "With --render: how much the letter statistics count against the rewrite costs.")
    var modelWeight: Double?

    @Option(name: .long, help: "With --render: how much less a proposal the target language's word lists write costs.")
    var lexiconBonus: Double?

    @Flag(name: .long, help: "With --render: leave the installed word lists out (letter statistics and costs alone).")
    var noLexicon = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let matcher = NameMatcher(threshold: threshold)
        let output = StandardOutput.shared
        var shortfalls: [String] = []
        output.write("threshold \(threshold)\n")
        if render, let pairs {
            let rows = try TSVTable(path: pairs).rows(columns: ["kind", "de", "en"]).filter { $0[0] == kind }
            let left = Set(rows.flatMap { [$0[1], $0[2]] })
            let glossaries = try glossaryOptions.load()
            for (source, target) in [(LanguageCode.german, LanguageCode.english), (.english, .german)] {
                var renderer = try NameRenderer.learning(
                    from: glossaries, source: source, target: target, excluding: left)
                if let modelWeight { renderer.modelWeight = modelWeight }
                if let lexiconBonus { renderer.lexiconBonus = lexiconBonus }
                if noLexicon { renderer.lexicon = nil }
                let forward = source == .german
                let report = NameRenderingEvaluation.evaluate(
                    pairs: rows.map { forward ? ($0[1], $0[2]) : ($0[2], $0[1]) }, renderer: renderer)
                output.write(
                    String(
                        format: "render %@→%@ (%@): %d names, first %d (%.4f), among the first three %d (%.4f)\n",
                        source.tag, target.tag, kind, report.count, report.first, report.firstShare,
                        report.firstThree, report.firstThreeShare))
                if showFailures {
                    for miss in report.notFirst {
                        output.write(
                            "  not first: \(miss.source) → \(miss.expected) (proposed: \(miss.proposed.joined(separator: ", ")))\n"
                        )
                    }
                    for miss in report.misses {
                        output.write(
                            "  miss: \(miss.source) → \(miss.expected) (proposed: \(miss.proposed.joined(separator: ", ")))\n"
                        )
                    }
                }
                guard forward else { continue }
                if let minFirst, report.firstShare < minFirst {
                    shortfalls.append(String(format: "first %.4f < %.4f", report.firstShare, minFirst))
                }
                if let minFirstThree, report.firstThreeShare < minFirstThree {
                    shortfalls.append(String(format: "first three %.4f < %.4f", report.firstThreeShare, minFirstThree))
                }
            }
        } else if let pairs {
            let table = try TSVTable(path: pairs)
            let rows = try table.rows(columns: ["kind", "de", "en"]).filter { $0[0] == kind }.map { ($0[1], $0[2]) }
            let candidateNames = try candidates.map(Self.candidateNames) ?? Array(Set(rows.map(\.1))).sorted()
            let report = try NameMatchingEvaluation.pairing(
                expected: rows.map { (source: $0.0, target: $0.1) }, candidates: candidateNames, matcher: matcher)
            output.write(
                String(
                    format:
                        "pairs (%@): %d names among %d candidates: found %d, proposed %d, recall %.4f, precision %.4f\n",
                    kind, report.names, candidateNames.count, report.found, report.proposed, report.recall,
                    report.precision))
            if showFailures {
                for miss in report.misses {
                    output.write("  miss: \(miss.source) → \(miss.expected) (proposed: \(miss.proposed ?? "none"))\n")
                }
            }
            if let minRecall, report.recall < minRecall {
                shortfalls.append(String(format: "recall %.4f < %.4f", report.recall, minRecall))
            }
            if let minPrecision, report.precision < minPrecision {
                shortfalls.append(String(format: "precision %.4f < %.4f", report.precision, minPrecision))
            }
        }
        if let negatives {
            let rows = try TSVTable(path: negatives).rows(columns: ["name_a", "name_b"]).map { ($0[0], $0[1]) }
            let report = try NameMatchingEvaluation.negatives(rows, matcher: matcher)
            output.write(
                String(
                    format: "hard negatives: %d pairs, accepted %d (%.2f%%)\n", report.pairs, report.accepted.count,
                    100 * report.acceptedRate))
            if showFailures {
                for (a, b, score) in report.accepted {
                    output.write(String(format: "  accepted: %@ / %@ (%.3f)\n", a, b, score))
                }
            }
            if let maxAccepted, report.acceptedRate > maxAccepted {
                shortfalls.append(String(format: "accepted negatives %.4f > %.4f", report.acceptedRate, maxAccepted))
            }
        }
        for shortfall in shortfalls { StandardError.write("dragoman: below the bar: \(shortfall)\n") }
        if !shortfalls.isEmpty { throw CommandFailure.problemsFound() }
    }

    private static func candidateNames(_ path: String) throws -> [String] {
        let table = try TSVTable(path: path)
        if table.header.contains("en") { return Array(Set(try table.rows(columns: ["en"]).map { $0[0] })).sorted() }
        return try NamesPairCommand.names(in: path)
    }
}

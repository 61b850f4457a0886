import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText
import Foundation

struct NamesPairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Pair the names of one list with their counterparts in another.",
        discussion: """
            Reads one name per line from each file and prints, for each name of FILE_A that has an \
            accepted counterpart in FILE_B, name_a<TAB>name_b<TAB>score (at most one counterpart per \
            name, the best). A name and a counterpart that are terms or forms of one glossary entry pair \
            with score 1 (Moskau, Moscow); the others go through the name matcher. The shipped glossaries \
            are used unless --no-default-glossaries is given.
              dragoman names pair --from names-de.txt --to names-en.txt
            """
    )

    @Option(name: .long, help: "File of names to pair, one per line.")
    var from: String

    @Option(name: .long, help: "File of candidate counterparts, one per line.")
    var to: String

    @Option(name: .long, help: "Decision threshold in [0, 1].")
    var threshold: Double = NameMatcher.defaultThreshold

    @Option(name: .long, help: "Output format.")
    var format: TSVOrJSON = .tsv

    struct Pair: Encodable {
        var source: String
        var target: String
        var score: Double
    }

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let lookup = try GlossaryLookup(glossaries: glossaries.load())
        let pairs = try GlossaryNamePairing(lookup: lookup, matcher: NameMatcher(threshold: threshold))
            .pairs(sources: try Self.names(in: from), targets: try Self.names(in: to))
        let output = StandardOutput.shared
        switch format {
        case .json:
            try JSONOutput.write(
                pairs.map { Pair(source: $0.source, target: $0.target, score: $0.score.rounded(places: 4)) })
        case .tsv:
            for pair in pairs {
                output.write(TSV.line([pair.source, pair.target, NamesMatchCommand.rounded(pair.score)]))
            }
        }
    }

    /// The non-empty lines of a file, trimmed.
    static func names(in path: String) throws -> [String] {
        var names: [String] = []
        try TextFileReader(path: path).forEachLine { line in
            let name = line.text.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
        }
        return names
    }
}

import ArgumentParser
import DragomanAlign
import DragomanGlossary
import DragomanText
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a document with its translation, segment by segment.",
        discussion: """
            Segments both texts (or, with --presegmented, takes one segment per line) and prints the beads:
              tsv    source_text<TAB>target_text<TAB>score (segments of one side joined by a space)
              json   [{"source": [..], "target": [..], "source_text", "target_text", "score", "names": [..]}], \
            names as {"source", "target", "score", "entry", "preferred"} (glossary names first, then the \
            name matcher)
              beads  [0]:[0], [3]:[4, 5], []:[7] (0-based segment indices, the Text+Berg form)
            With no --dictionary, a dictionary Debian installs for the pair is used if there is one \
            (trans-de-en, dict-freedict-*), and stderr says which.
              dragoman align Samples/de-nordkorea-truppen.txt Samples/en-nordkorea-truppen.txt
            """
    )

    @OptionGroup var documents: DocumentPairOptions

    @Option(name: .long, help: "Output format.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var glossaries: GlossaryOptions

    enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
        case tsv, json, beads
    }

    /// One bead in JSON: the 0-based segment indices of each side, their texts, the score and
    /// the names matched inside the pair.
    struct AlignedBead: Encodable {
        struct Name: Encodable {
            var source: String
            var target: String
            var score: Double
            var entry: String?
            var preferred: Bool?
        }
        var source: [Int]
        var target: [Int]
        var sourceText: String
        var targetText: String
        var score: Double
        var names: [Name]
    }

    func run() throws {
        let loadedGlossaries = try glossaries.load()
        let (loaded, dictionary) = try documents.load(glossaries: loadedGlossaries)
        let beads = loaded.aligned(dictionary: dictionary)
        let output = StandardOutput.shared
        let nameAligner =
            format == .json
            ? try NameAligner(
                glossaries: loadedGlossaries, sourceLanguage: loaded.sourceLanguage,
                targetLanguage: loaded.targetLanguage,
                commonWords: (
                    CommonWords.installed(for: loaded.sourceLanguage), CommonWords.installed(for: loaded.targetLanguage)
                )) : nil
        var aligned: [AlignedBead] = []
        for bead in beads {
            let sourceText = bead.source.map { loaded.sourceSegments[$0] }.joined(separator: " ")
            let targetText = bead.target.map { loaded.targetSegments[$0] }.joined(separator: " ")
            let score = String(format: "%.3f", bead.score)
            switch format {
            case .tsv: output.write(TSV.line([sourceText, targetText, score]))
            case .beads: output.write(bead.description + "\n")
            case .json:
                let names = (nameAligner?.names(source: sourceText, target: targetText) ?? []).map { name in
                    AlignedBead.Name(
                        source: name.source, target: name.target, score: name.score.rounded(places: 3),
                        entry: name.entryID, preferred: name.targetIsPreferred)
                }
                aligned.append(
                    AlignedBead(
                        source: bead.source, target: bead.target, sourceText: sourceText, targetText: targetText,
                        score: bead.score.rounded(places: 3), names: names))
            }
        }
        if format == .json { try JSONOutput.write(aligned) }
    }
}

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

    @Option(name: .long, help: "Output format: tsv, json or beads.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var glossaries: GlossaryOptions

    enum AlignmentFormat: String, ExpressibleByArgument {
        case tsv, json, beads
    }

    func run() throws {
        let loadedGlossaries = try glossaries.load()
        let loaded = try documents.load(glossaries: loadedGlossaries)
        let beads = loaded.aligned()
        let output = StandardOutput.shared
        let nameAligner =
            format == .json
            ? try NameAligner(
                glossaries: loadedGlossaries, sourceLanguage: loaded.sourceLanguage,
                targetLanguage: loaded.targetLanguage) : nil
        var objects: [String] = []
        for bead in beads {
            let sourceText = bead.source.map { loaded.sourceSegments[$0] }.joined(separator: " ")
            let targetText = bead.target.map { loaded.targetSegments[$0] }.joined(separator: " ")
            let score = String(format: "%.3f", bead.score)
            switch format {
            case .tsv: output.write(TSV.line([sourceText, targetText, score]))
            case .beads: output.write(bead.description + "\n")
            case .json:
                let names = (nameAligner?.names(source: sourceText, target: targetText) ?? []).map { name in
                    "{\"source\": \(JSONText.string(name.source)), \"target\": \(JSONText.string(name.target)), \"score\": "
                        + String(format: "%.3f", name.score)
                        + (name.entryID.map { ", \"entry\": \(JSONText.string($0))" } ?? "")
                        + (name.targetIsPreferred.map { ", \"preferred\": \($0)" } ?? "") + "}"
                }
                let sourceIndices = bead.source.map(String.init).joined(separator: ", ")
                let targetIndices = bead.target.map(String.init).joined(separator: ", ")
                objects.append(
                    "{\"source\": [\(sourceIndices)], \"target\": [\(targetIndices)], \"source_text\": \(JSONText.string(sourceText)), "
                        + "\"target_text\": \(JSONText.string(targetText)), \"score\": \(score), \"names\": [\(names.joined(separator: ", "))]}"
                )
            }
        }
        if format == .json {
            output.write(objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n")
        }
    }
}

import ArgumentParser
import DragomanAlign
import DragomanGlossary
import DragomanText
import Foundation

struct GlossaryHarvestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: "Learn name pairs from an article and its translation, for review.",
        discussion: """
            Aligns the two documents (or reads a beads file with --beads), collects name pairs that are \
            in no glossary yet, with their evidence (aligned pairs, an example) and confidence, and writes \
            them as a candidate glossary (-o FILE, .tbx or .csv). With --accept-above SCORE --into GLOSSARY \
            the pairs at or above SCORE are merged into that glossary file.
              dragoman glossary harvest article.de.txt article.en.txt -o candidates.csv
            """
    )

    @OptionGroup var documents: DocumentPairOptions

    @Option(name: .long, help: "A beads file ([0]:[0] per line) instead of aligning.")
    var beads: String?

    @Option(name: .shortAndLong, help: "The candidate glossary to write (.tbx, .csv, .tsv).")
    var output: String?

    @Option(name: .long, help: "Merge pairs with at least this confidence into --into.")
    var acceptAbove: Double?

    @Option(name: .long, help: "The glossary file to merge accepted pairs into.")
    var into: String?

    @OptionGroup var glossaries: GlossaryOptions

    func validate() throws {
        if (acceptAbove == nil) != (into == nil) { throw ValidationError("--accept-above and --into go together.") }
        if output == nil && into == nil {
            throw ValidationError("Give -o FILE, or --accept-above SCORE --into GLOSSARY.")
        }
    }

    func run() throws {
        let loadedGlossaries = try glossaries.load()
        let (loaded, dictionary) = try documents.load(glossaries: loadedGlossaries)
        let aligned =
            try beads.map {
                try Bead.load(
                    path: $0, sourceCount: loaded.sourceSegments.count, targetCount: loaded.targetSegments.count)
            } ?? loaded.aligned(dictionary: dictionary)
        // Every capitalised word that is no ordinary word of its language is a name to pair.
        let pairs = try GlossaryHarvest(
            glossaries: loadedGlossaries, sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage,
            commonWords: (
                CommonWords.installed(for: loaded.sourceLanguage), CommonWords.installed(for: loaded.targetLanguage)
            )
        ).harvest(beads: aligned, source: loaded.sourceSegments, target: loaded.targetSegments)
        let candidates = GlossaryHarvest.glossary(
            pairs, sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage)
        if let output {
            try GlossaryFile.write(candidates, to: output)
            StandardError.write("dragoman: \(output): \(pairs.count) candidate pairs\n")
        }
        if let acceptAbove, let into {
            let sure = pairs.filter { $0.confidence >= acceptAbove }
            var glossary = FileManager.default.fileExists(atPath: into) ? try GlossaryFile.read(into) : Glossary()
            let accepted = GlossaryHarvest.glossary(
                sure, sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage)
            let (added, _) = glossary.merge(accepted)
            try GlossaryFile.write(glossary, to: into)
            StandardError.write("dragoman: \(into): \(added) pairs accepted at confidence ≥ \(acceptAbove)\n")
        }
    }
}

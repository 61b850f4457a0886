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

    @Argument(help: "The source document.")
    var source: String

    @Argument(help: "The target document (the translation).")
    var target: String

    @Option(name: .long, help: "Language of the source (detected when omitted).")
    var sourceLang: LanguageCode?

    @Option(name: .long, help: "Language of the target (detected when omitted).")
    var targetLang: LanguageCode?

    @Flag(name: .long, help: "Take one segment per line instead of segmenting.")
    var presegmented = false

    @Option(name: .long, help: "A dictionary file: a dictd .index or a Ding text file; repeatable.")
    var dictionary: [String] = []

    @Option(name: .long, help: "Output format: tsv, json or beads.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var glossaries: GlossaryOptions

    enum AlignmentFormat: String, ExpressibleByArgument {
        case tsv, json, beads
    }

    func run() throws {
        let loadedGlossaries = try glossaries.load()
        let loaded = try AlignmentInput.load(
            source: source, target: target, sourceLang: sourceLang, targetLang: targetLang, presegmented: presegmented,
            dictionaries: dictionary, glossaries: loadedGlossaries)
        for warning in loaded.warnings { StandardError.write("dragoman: warning: \(warning)\n") }
        let beads = SentenceAligner(
            sourceLanguage: loaded.sourceLanguage, targetLanguage: loaded.targetLanguage, dictionary: loaded.dictionary
        ).align(source: loaded.sourceSegments, target: loaded.targetSegments)
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

/// Reading the two documents of an alignment and choosing a dictionary.
enum AlignmentInput {
    struct Loaded {
        var sourceSegments: [String]
        var targetSegments: [String]
        var sourceLanguage: LanguageCode
        var targetLanguage: LanguageCode
        var dictionary: BilingualDictionary?
        /// Reasons to distrust the alignment: an empty side, very different lengths, a text
        /// that does not look like its declared language.
        var warnings: [String] = []
    }

    /// Reads both documents, loads the dictionaries (the installed one when none is given)
    /// and adds the glossaries' terms as dictionary entries (Moskau, Moscow).
    static func load(
        source: String, target: String, sourceLang: LanguageCode?, targetLang: LanguageCode?, presegmented: Bool,
        dictionaries: [String], glossaries: [Glossary] = []
    ) throws -> Loaded {
        let (sourceSegments, sourceLanguage) = try segments(source, language: sourceLang, presegmented: presegmented)
        let (targetSegments, targetLanguage) = try segments(target, language: targetLang, presegmented: presegmented)
        let dictionary = try BilingualDictionary.forAlignment(
            files: dictionaries, source: sourceLanguage, target: targetLanguage,
            vocabulary: BilingualDictionary.vocabulary(of: sourceSegments, language: sourceLanguage),
            glossaries: glossaries, note: { StandardError.write("dragoman: \($0)\n") })
        var loaded = Loaded(
            sourceSegments: sourceSegments, targetSegments: targetSegments, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, dictionary: dictionary)
        let (n, m) = (sourceSegments.count, targetSegments.count)
        if n == 0 || m == 0 {
            loaded.warnings.append("\(n == 0 ? source : target) has no segments: the other side is all insertions")
        } else if max(n, m) > 3 * min(n, m) {
            loaded.warnings.append(
                "\(n) against \(m) segments: the documents differ greatly in length; a low-confidence alignment")
        }
        for (path, segments, declared) in [
            (source, sourceSegments, sourceLanguage), (target, targetSegments, targetLanguage),
        ] {
            let sample = segments.prefix(50).joined(separator: " ")
            if let detected = LanguageDetector().detect(sample), detected.language.language != declared.language {
                loaded.warnings.append("\(path) looks like \(detected.language.tag), not \(declared.tag) as declared")
            }
        }
        return loaded
    }

    static func segments(_ path: String, language: LanguageCode?, presegmented: Bool) throws -> ([String], LanguageCode)
    {
        let reader = try TextFileReader(path: path)
        let resolved = try LanguageChoice.resolve(language, file: path) { try reader.sample() }
        var segments: [String] = []
        if presegmented {
            try reader.forEachLine { segments.append($0.text.trimmingCharacters(in: .whitespaces)) }
        } else {
            try SegmentStream(reader: reader, segmenter: Segmenter(language: resolved)).forEachSegment { segment in
                if segment.isTranslatable { segments.append(segment.text) }
            }
        }
        return (segments, resolved)
    }
}

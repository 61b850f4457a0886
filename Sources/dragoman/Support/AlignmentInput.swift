import DragomanAlign
import DragomanGlossary
import DragomanText
import Foundation

/// Reading the two documents of an alignment and choosing a dictionary.
enum AlignmentInput {
    struct Loaded {
        var sourceSegments: [String]
        var targetSegments: [String]
        var sourceLanguage: LanguageCode
        var targetLanguage: LanguageCode
        var dictionary: BilingualDictionary?

        /// The sentence alignment of the two documents.
        func aligned(options: SentenceAligner.Options = SentenceAligner.Options()) -> [Bead] {
            SentenceAligner(
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: dictionary, options: options
            ).align(source: sourceSegments, target: targetSegments)
        }
    }

    /// Reads both documents, loads the dictionaries (the installed one when none is given)
    /// and adds the glossaries' terms as dictionary entries (Moskau, Moscow). Reasons to
    /// distrust the alignment (an empty side, very different lengths, a text that does not
    /// look like its declared language) are written to stderr as warnings.
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
        let loaded = Loaded(
            sourceSegments: sourceSegments, targetSegments: targetSegments, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, dictionary: dictionary)
        var warnings: [String] = []
        let (n, m) = (sourceSegments.count, targetSegments.count)
        if n == 0 || m == 0 {
            warnings.append("\(n == 0 ? source : target) has no segments: the other side is all insertions")
        } else if max(n, m) > 3 * min(n, m) {
            warnings.append(
                "\(n) against \(m) segments: the documents differ greatly in length; a low-confidence alignment")
        }
        for (path, segments, declared) in [
            (source, sourceSegments, sourceLanguage), (target, targetSegments, targetLanguage),
        ] {
            let sample = segments.prefix(50).joined(separator: " ")
            if let detected = LanguageDetector().detect(sample), detected.language.language != declared.language {
                warnings.append("\(path) looks like \(detected.language.tag), not \(declared.tag) as declared")
            }
        }
        for warning in warnings { StandardError.write("dragoman: warning: \(warning)\n") }
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

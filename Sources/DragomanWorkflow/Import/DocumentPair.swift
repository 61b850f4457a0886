import DragomanAlign
import DragomanGlossary
import DragomanText

/// An article and its translation as segment lists, for the commands that align two files:
/// `align`, `glossary harvest`, `eval alignment` and the benchmarks. (`add` and `summarize` keep
/// each article's ranges in its file and read it as an ``Article``; the segments are the same.)
public struct DocumentPair: Sendable {
    /// Why an alignment of the pair may not be trusted.
    public enum Warning: Sendable, Equatable, CustomStringConvertible {
        /// One side has no segments: the other side is all insertions.
        case emptySide(file: String)
        /// The sides' segment counts differ more than threefold.
        case lengthMismatch(source: Int, target: Int)
        /// A text that looks like another language than the one declared.
        case languageMismatch(file: String, detected: LanguageCode, declared: LanguageCode)

        public var description: String {
            switch self {
            case .emptySide(let file): "\(file) has no segments: the other side is all insertions"
            case .lengthMismatch(let n, let m):
                "\(n) against \(m) segments: the documents differ greatly in length; a low-confidence alignment"
            case .languageMismatch(let file, let detected, let declared):
                "\(file) looks like \(detected.tag), not \(declared.tag) as declared"
            }
        }
    }

    public var sourceSegments: [String]
    public var targetSegments: [String]
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    public var warnings: [Warning]

    /// Reads both files (text, Markdown or HTML by extension; one segment per line with
    /// `presegmented`), choosing each language as ``LanguageChoice`` does.
    public static func read(
        source: String, target: String, sourceLanguage: LanguageCode?, targetLanguage: LanguageCode?,
        presegmented: Bool, note: (String) -> Void = { _ in }
    ) throws -> DocumentPair {
        let (sourceSegments, sourceLanguage) = try segments(
            source, language: sourceLanguage, presegmented: presegmented, note: note)
        let (targetSegments, targetLanguage) = try segments(
            target, language: targetLanguage, presegmented: presegmented, note: note)
        var pair = DocumentPair(
            sourceSegments: sourceSegments, targetSegments: targetSegments, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, warnings: [])
        pair.warnings = pair.check(sourceFile: source, targetFile: target)
        return pair
    }

    /// The reasons to distrust an alignment of the two sides.
    func check(sourceFile: String, targetFile: String) -> [Warning] {
        var warnings: [Warning] = []
        let (n, m) = (sourceSegments.count, targetSegments.count)
        if n == 0 || m == 0 {
            warnings.append(.emptySide(file: n == 0 ? sourceFile : targetFile))
        } else if max(n, m) > 3 * min(n, m) {
            warnings.append(.lengthMismatch(source: n, target: m))
        }
        for (path, segments, declared) in [
            (sourceFile, sourceSegments, sourceLanguage), (targetFile, targetSegments, targetLanguage),
        ] {
            let sample = segments.prefix(50).joined(separator: " ")
            if let detected = LanguageDetector().detect(sample), detected.language.language != declared.language {
                warnings.append(.languageMismatch(file: path, detected: detected.language, declared: declared))
            }
        }
        return warnings
    }

    /// The dictionary for aligning the pair: the given files (the command layer chooses them,
    /// an installed one included) plus the glossaries' terms.
    public func dictionary(files: [String], glossaries: [Glossary]) throws -> BilingualDictionary? {
        try BilingualDictionary.forAlignment(
            files: files, source: sourceLanguage, target: targetLanguage, sourceSegments: sourceSegments,
            glossaries: glossaries)
    }

    /// The sentence alignment of the two sides.
    public func aligned(
        dictionary: BilingualDictionary?, options: SentenceAligner.Options = SentenceAligner.Options()
    ) -> [Bead] {
        SentenceAligner(
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: dictionary, options: options
        ).align(source: sourceSegments, target: targetSegments)
    }

    static func segments(
        _ path: String, language: LanguageCode?, presegmented: Bool, note: (String) -> Void
    ) throws -> ([String], LanguageCode) {
        let reader = try TextFileReader(path: path)
        let resolved = try LanguageChoice.resolve(language, file: path, note: note) { try reader.sample() }
        if presegmented {
            var segments: [String] = []
            try reader.forEachLine { segments.append($0.text.trimmingCharacters(in: .whitespaces)) }
            return (segments, resolved)
        }
        let format = Article.format(ofPath: path)
        if path != "-" && (format == .markdown || format == .html) {
            // Markdown and HTML: the markup kept out of the segments, as `add` reads them.
            return (try Article.read(path: path, language: resolved).translatableSegments.map(\.text), resolved)
        }
        var segments: [String] = []
        try SegmentStream(reader: reader, segmenter: Segmenter(language: resolved)).forEachSegment { segment in
            if segment.isTranslatable { segments.append(segment.text) }
        }
        return (segments, resolved)
    }
}

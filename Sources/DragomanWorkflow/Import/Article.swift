import DragomanStore
import DragomanText
import Foundation

/// An article read from a file and cut into segments: plain text, Markdown or HTML. Segment
/// ranges are offsets in the Unicode scalars of the original file's text (after a byte-order
/// mark, if any), markup included; segment texts hold what a reader sees.
public struct Article: Sendable {
    public var path: String
    public var format: ProjectDocument.Format
    public var originalText: String
    public var language: LanguageCode
    public var segments: [Segment]

    public var name: String { URL(fileURLWithPath: path).lastPathComponent }

    public var translatableSegments: [Segment] { segments.filter(\.isTranslatable) }

    /// The format a path's extension names: `.md`/`.markdown`, `.html`/`.htm`, otherwise text.
    public static func format(ofPath path: String) -> ProjectDocument.Format {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "md", "markdown": .markdown
        case "html", "htm", "xhtml": .html
        case "xlf", "xliff": .xliff
        default: .text
        }
    }

    /// Reads and segments a file. Invalid UTF-8, binary content and unreadable files are
    /// reported with the file name (and line and column), as ``TextFileReader`` does.
    public static func read(
        path: String, language: LanguageCode, format: ProjectDocument.Format? = nil
    ) throws -> Article {
        let text = try Self.decodedText(path: path)
        return try Article(path: path, text: text, language: language, format: format ?? Self.format(ofPath: path))
    }

    public init(path: String, text: String, language: LanguageCode, format: ProjectDocument.Format) throws {
        self.path = path
        self.format = format
        self.originalText = text
        self.language = language
        let segmenter = try Segmenter(language: language)
        switch format {
        case .text, .xliff:
            segments = try segmenter.segments(in: text)
        case .markdown, .html:
            let scalars = Array(text.unicodeScalars)
            let visible = format == .markdown ? MarkdownText.visible(scalars) : HTMLText.visible(scalars)
            segments = try segmenter.segments(in: visible.string).map { segment in
                var mapped = segment
                mapped.range = visible.originalRange(of: segment.range)
                return mapped
            }
        }
    }

    /// The file's text, validated line by line first so that a bad byte is reported with its
    /// line and column.
    static func decodedText(path: String) throws -> String {
        let reader = try TextFileReader(path: path)
        try reader.forEachLine { _ in }
        let data = try FileAccess.read(path, expected: "an article")
        var text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }
}

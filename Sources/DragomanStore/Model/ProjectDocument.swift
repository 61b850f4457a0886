import DragomanText
import Foundation

/// An article in a project: the original file's text and where it came from.
public struct ProjectDocument: Hashable, Sendable, Codable, Identifiable {
    /// What the original file was; segments of Markdown and HTML hold text only, while their
    /// ranges point into the original markup. For an XLIFF file of another tool, the original
    /// text is its units' sources, one per line.
    public enum Format: String, Codable, CaseIterable, Sendable {
        case text, markdown, html, xliff
    }

    public var id: Int64
    public var name: String
    public var path: String
    public var format: Format
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    /// The decoded original text; segment ranges are offsets in its Unicode scalars.
    public var originalText: String
    public var createdAt: Date

    public init(
        id: Int64, name: String, path: String, format: Format, sourceLanguage: LanguageCode,
        targetLanguage: LanguageCode,
        originalText: String, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.path = path
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.originalText = originalText
        self.createdAt = createdAt
    }
}

import DragomanText
import Foundation

/// One translation-memory entry: a source sentence and its confirmed translation.
public struct MemoryUnit: Hashable, Sendable, Codable {
    public var id: Int64?
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    public var source: String
    public var target: String
    /// The project unit it came from, for units confirmed in this project.
    public var unitID: Int64?
    /// Status of the unit it came from, or of the imported TMX unit when it said.
    public var status: String?
    public var creator: String
    public var createdAt: Date
    public var changedAt: Date

    public init(
        id: Int64? = nil, sourceLanguage: LanguageCode, targetLanguage: LanguageCode, source: String, target: String,
        unitID: Int64? = nil, status: String? = nil, creator: String, createdAt: Date, changedAt: Date
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.unitID = unitID
        self.status = status
        self.creator = creator
        self.createdAt = createdAt
        self.changedAt = changedAt
    }
}

import Foundation

/// The project itself: its id, written into every export so files can be traced back.
public struct ProjectInfo: Hashable, Sendable, Codable {
    public var id: String
    public var createdAt: Date
    /// The version of the store's format the project was last written with.
    public var formatVersion: Int

    public init(id: String, createdAt: Date, formatVersion: Int) {
        self.id = id
        self.createdAt = createdAt
        self.formatVersion = formatVersion
    }
}

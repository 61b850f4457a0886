import Foundation

/// A glossary copied into the project, so that the project file is self-contained. `content`
/// is the glossary as TBX; `path` is the file it was read from, for re-syncing.
public struct AttachedGlossary: Hashable, Sendable, Codable {
    public var name: String
    public var path: String
    public var content: String
    public var entryCount: Int
    public var syncedAt: Date

    public init(name: String, path: String, content: String, entryCount: Int, syncedAt: Date) {
        self.name = name
        self.path = path
        self.content = content
        self.entryCount = entryCount
        self.syncedAt = syncedAt
    }

    /// The path of a glossary of a PostgreSQL database's team termbase, attached by name: its
    /// entries are the termbase's as they are now, not a copy made when it was attached.
    public static let teamPathPrefix = "team:"

    public var isFromTeamTermbase: Bool { path.hasPrefix(Self.teamPathPrefix) }
}

import Foundation

/// What a translator confirms: one or more consecutive source segments with one target text
/// (a bead of the alignment).
public struct TranslationUnit: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var documentID: Int64
    /// 0-based position of the unit in its document.
    public var position: Int
    /// The source segments, in order.
    public var segmentIDs: [Int64]
    /// The source segments' texts joined by a space.
    public var source: String
    public var target: String?
    public var status: UnitStatus
    public var origin: UnitOrigin?
    /// How many sentences the target was aligned from (2 for a 1-2 bead), when aligned.
    public var targetSegmentCount: Int?
    /// The alignment score of the bead, when aligned.
    public var alignmentScore: Double?
    public var updatedAt: Date
    /// Starts at 1 and grows by one with every saved change: what a save names as its basis.
    public var version: Int

    public init(
        id: Int64, documentID: Int64, position: Int, segmentIDs: [Int64], source: String, target: String?,
        status: UnitStatus, origin: UnitOrigin?, targetSegmentCount: Int? = nil, alignmentScore: Double? = nil,
        updatedAt: Date, version: Int = 1
    ) {
        self.id = id
        self.documentID = documentID
        self.position = position
        self.segmentIDs = segmentIDs
        self.source = source
        self.target = target
        self.status = status
        self.origin = origin
        self.targetSegmentCount = targetSegmentCount
        self.alignmentScore = alignmentScore
        self.updatedAt = updatedAt
        self.version = version
    }

    /// Whether the translate loop should stop at this unit.
    public var needsWork: Bool { !status.isConfirmed }
}

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

    /// This unit joined with the next unit of its document (an alignment fix): sources and
    /// targets run on, the lower status stands, segments are both units', a new version.
    public func joined(with next: TranslationUnit, at time: Date) -> TranslationUnit {
        let target = [self.target, next.target].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        var joined = self
        joined.source = source + " " + next.source
        joined.target = target.isEmpty ? nil : target
        joined.status = min(status, next.status)
        joined.targetSegmentCount = targetSegmentCount.map { $0 + (next.targetSegmentCount ?? 0) }
        joined.alignmentScore = nil
        joined.segmentIDs = segmentIDs + next.segmentIDs
        joined.updatedAt = time
        joined.version = version + 1
        return joined
    }

    /// Refuses a split based on an old version, or one that does not give each of two or more
    /// segments its part.
    public func checkSplit(basedOn: Int, into parts: [UnitPart], path: String) throws {
        guard version == basedOn else { throw ProjectError.unitChanged(path: path, unit: self, basedOn: basedOn) }
        guard segmentIDs.count >= 2, parts.count == segmentIDs.count else {
            throw ProjectError.invalidDocument(
                path: path,
                reason: "unit \(id) has \(segmentIDs.count) segment(s); a split needs two or more, one part each")
        }
    }
}

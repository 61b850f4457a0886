/// Name parts laid out for comparison in bulk: the skeletons of every part in one byte buffer,
/// with the cheap-test masks beside them (see ``NameMatcher/mayReachThreshold``), so that
/// comparing two parts copies nothing and touches no reference counts.
///
/// A table holds groups of skeletons: the readings of one name part (with its given-name
/// group), or the joined readings of one name.
final class PartTable: Sendable {
    struct Skeleton: BitwiseCopyable {
        var start: Int32
        var count: Int32
        var pairs: UInt64
        var consonants: UInt32
    }

    private let bytes: FlatLists<UInt8>
    private let skeletons: FlatLists<Skeleton>
    /// Given-name group per part, or -1.
    private let groups: FlatLists<Int32>

    /// - Complexity: O(total skeleton length).
    init(readings: [[[UInt8]]], givenNameGroups: [Int?]) {
        precondition(readings.count == givenNameGroups.count)
        var lists: [[Skeleton]] = []
        lists.reserveCapacity(readings.count)
        var next = 0
        for group in readings {
            lists.append(
                group.map { skeleton in
                    defer { next += 1 }
                    return Skeleton(
                        start: Int32(next), count: Int32(skeleton.count),
                        pairs: NameKey.Part.bigramMask(skeleton), consonants: NameKey.Part.consonantMask(skeleton))
                })
        }
        bytes = FlatLists(readings.lazy.flatMap { $0 })
        skeletons = FlatLists(lists)
        groups = FlatLists([givenNameGroups.map { Int32($0 ?? -1) }])
    }

    /// The parts, each with its skeletons and given-name group.
    convenience init(parts: some Collection<NameKey.Part>) {
        self.init(readings: parts.map(\.skeletons), givenNameGroups: parts.map(\.givenNameGroup))
    }

    var count: Int { skeletons.count }

    @inline(__always)
    func skeletons(of group: Int) -> UnsafeBufferPointer<Skeleton> { skeletons[group] }

    @inline(__always)
    func bytes(of skeleton: Skeleton) -> UnsafeBufferPointer<UInt8> { bytes[Int(skeleton.start)] }

    @inline(__always)
    func givenNameGroup(of group: Int) -> Int32 { groups[0][group] }
}

/// Name parts laid out for comparison in bulk: the skeletons of every part in one byte buffer,
/// with the cheap-test masks beside them (see ``NameMatcher/mayReachThreshold``), so that
/// comparing two parts copies nothing and touches no reference counts.
///
/// A table holds groups of skeletons: the readings of one name part (with its given-name
/// group), or the joined readings of one name. The buffers are written once in `init` and
/// never change, so sharing a table across threads is safe.
final class PartTable: @unchecked Sendable {
    struct Skeleton: BitwiseCopyable {
        /// Position of the first byte in the table's byte buffer.
        var start: Int32
        var count: Int32
        var pairs: UInt64
        var consonants: UInt32
    }

    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let skeletons: UnsafeMutableBufferPointer<Skeleton>
    /// Group g's skeletons are skeletons[groupStarts[g] ..< groupStarts[g + 1]].
    private let groupStarts: UnsafeMutableBufferPointer<Int32>
    /// Given-name group per group, or -1.
    private let givenNameGroups: UnsafeMutableBufferPointer<Int32>

    /// - Complexity: O(total skeleton length).
    init(readings: [[[UInt8]]], givenNameGroups groups: [Int?]) {
        precondition(readings.count == groups.count)
        var byteCount = 0
        var skeletonCount = 0
        for group in readings {
            skeletonCount += group.count
            for skeleton in group { byteCount += skeleton.count }
        }
        precondition(byteCount <= Int(Int32.max), "too many skeleton bytes for 32-bit positions")
        bytes = .allocate(capacity: byteCount)
        skeletons = .allocate(capacity: skeletonCount)
        groupStarts = .allocate(capacity: readings.count + 1)
        givenNameGroups = .allocate(capacity: readings.count)
        var nextByte = 0
        var nextSkeleton = 0
        for (index, group) in readings.enumerated() {
            groupStarts[index] = Int32(nextSkeleton)
            givenNameGroups[index] = groups[index].map { Int32(truncatingIfNeeded: $0) } ?? -1
            for skeleton in group {
                _ = UnsafeMutableBufferPointer(rebasing: bytes[nextByte..<(nextByte + skeleton.count)])
                    .initialize(from: skeleton)
                skeletons.baseAddress!.advanced(by: nextSkeleton).initialize(
                    to: Skeleton(
                        start: Int32(nextByte), count: Int32(skeleton.count),
                        pairs: NameKey.Part.bigramMask(skeleton), consonants: NameKey.Part.consonantMask(skeleton)))
                nextByte += skeleton.count
                nextSkeleton += 1
            }
        }
        groupStarts[readings.count] = Int32(nextSkeleton)
    }

    /// The parts, each with its skeletons and given-name group.
    convenience init(parts: some Collection<NameKey.Part>) {
        self.init(readings: parts.map(\.skeletons), givenNameGroups: parts.map(\.givenNameGroup))
    }

    deinit {
        bytes.deallocate()
        skeletons.deallocate()
        groupStarts.deallocate()
        givenNameGroups.deallocate()
    }

    var count: Int { givenNameGroups.count }

    @inline(__always)
    func skeletons(of group: Int) -> UnsafeBufferPointer<Skeleton> {
        UnsafeBufferPointer(rebasing: skeletons[Int(groupStarts[group])..<Int(groupStarts[group + 1])])
    }

    @inline(__always)
    func bytes(of skeleton: Skeleton) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(skeleton.start)..<Int(skeleton.start + skeleton.count)])
    }

    @inline(__always)
    func givenNameGroup(of group: Int) -> Int32 { givenNameGroups[group] }
}

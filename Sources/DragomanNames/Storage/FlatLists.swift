/// Many short lists of plain values in one buffer, read without reference counting.
///
/// An array of arrays costs a retain and a release each time an inner array is read; in the
/// name index's inner loops that was a quarter of the lookup time. The buffers are written
/// once in `init` and never change, so sharing the lists across threads is safe.
final class FlatLists<Element: BitwiseCopyable>: @unchecked Sendable {
    private let elements: UnsafeMutableBufferPointer<Element>
    /// List i is elements[starts[i] ..< starts[i + 1]].
    private let starts: UnsafeMutableBufferPointer<Int32>

    /// - Complexity: O(total number of elements).
    init(_ lists: some Collection<[Element]>) {
        let total = lists.reduce(0) { $0 + $1.count }
        precondition(total <= Int(Int32.max), "too many elements for 32-bit positions")
        elements = .allocate(capacity: total)
        starts = .allocate(capacity: lists.count + 1)
        var position = 0
        for (index, list) in lists.enumerated() {
            starts[index] = Int32(position)
            for element in list {
                elements.baseAddress!.advanced(by: position).initialize(to: element)
                position += 1
            }
        }
        starts[lists.count] = Int32(position)
    }

    deinit {
        elements.deallocate()
        starts.deallocate()
    }

    @inline(__always)
    subscript(list: Int) -> UnsafeBufferPointer<Element> {
        let start = Int(starts[list])
        return UnsafeBufferPointer(rebasing: elements[start..<Int(starts[list + 1])])
    }
}

import Dispatch
import Foundation

/// Work split over the cores: one worker per core (at most 8), each taking every n-th index, so
/// neighbouring items of uneven cost spread evenly.
package enum ConcurrentWork {
    package static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8, count))
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                body(index)
                index += workers
            }
        }
    }
}

extension Array where Element: Sendable {
    /// `map` on every core: items are independent, and each result goes into its own slot.
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = ResultSlots(buffer: buffer)
            ConcurrentWork.forEach(count: count) { index in slots.buffer[index] = transform(self[index]) }
        }
        return results.map { $0! }
    }
}

/// Distinct workers write distinct slots, never the same one.
package final class ResultSlots<T>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<T>
    package init(buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: items are independent, so workers take every n-th one and write
    /// their results into their own slots.
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8, count))
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = ResultSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < count {
                    slots.buffer[index] = transform(self[index])
                    index += workers
                }
            }
        }
        return results.map { $0! }
    }
}

/// Distinct workers write distinct slots, never the same one.
private final class ResultSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
}

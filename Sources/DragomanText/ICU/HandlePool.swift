import Foundation

/// Confines ICU handles, which are not thread-safe, to one thread at a time.
///
/// A caller borrows a handle for the duration of a closure; handles are cloned from a
/// prototype on demand and kept for reuse, so concurrent callers never share one and a
/// single-threaded caller pays for the clone once.
final class HandlePool: @unchecked Sendable {
    private let prototype: OpaquePointer
    private let clone: (OpaquePointer) throws(ICUError) -> OpaquePointer
    private let close: (OpaquePointer) -> Void
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    /// Takes ownership of `prototype`; it is closed with the pool.
    init(
        prototype: OpaquePointer,
        clone: @escaping (OpaquePointer) throws(ICUError) -> OpaquePointer,
        close: @escaping (OpaquePointer) -> Void
    ) {
        self.prototype = prototype
        self.clone = clone
        self.close = close
    }

    deinit {
        for handle in idle { close(handle) }
        close(prototype)
    }

    func withHandle<T, E: Error>(_ body: (OpaquePointer) throws(E) -> T) throws -> T {
        let handle = try checkOut()
        defer { lock.withLock { idle.append(handle) } }
        return try body(handle)
    }

    private func checkOut() throws(ICUError) -> OpaquePointer {
        if let handle = lock.withLock({ idle.popLast() }) { return handle }
        return try clone(prototype)
    }
}

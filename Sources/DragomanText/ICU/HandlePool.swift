import Foundation

/// Confines ICU handles, which are not thread-safe, to one thread at a time.
///
/// A caller borrows a handle for the duration of a closure; handles are cloned from a
/// prototype on demand and kept for reuse, so concurrent callers never share one and a
/// single-threaded caller pays for the clone once.
final class HandlePool: @unchecked Sendable {
    private let prototype: OpaquePointer
    private let clone: (OpaquePointer, UnsafeMutablePointer<Int32>) -> OpaquePointer?
    private let close: (OpaquePointer) -> Void
    /// What the handles are, for error messages ("break iterator for `de`").
    private let name: String
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    /// Takes ownership of `prototype`; it is closed with the pool. `clone` is the ICU wrapper
    /// that copies a handle and reports a status.
    init(
        prototype: OpaquePointer, name: String,
        clone: @escaping (OpaquePointer, UnsafeMutablePointer<Int32>) -> OpaquePointer?,
        close: @escaping (OpaquePointer) -> Void
    ) {
        self.prototype = prototype
        self.name = name
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
        var status: Int32 = 0
        let copy = clone(prototype, &status)
        try ICUStatus(rawValue: status).check("cloning \(name)")
        guard let copy else { throw ICUError(status: .ok, operation: "cloning \(name)") }
        return copy
    }
}

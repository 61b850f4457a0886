import Foundation

/// Remembered part comparisons of one lookup, reusable by the next without clearing: each
/// value is stamped with the lookup that wrote it, so starting a lookup is O(1) instead of
/// clearing a slot for every (query part, distinct part) pair of a 100,000-name index.
final class PartScoreMemo {
    private var stamps: [UInt32] = []
    private var values: [Float] = []
    private var generation: UInt32 = 0

    /// Starts a lookup that uses `slots` slots; earlier values are forgotten.
    func begin(slots: Int) {
        if stamps.count < slots {
            stamps = [UInt32](repeating: 0, count: slots)
            values = [Float](repeating: 0, count: slots)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            // After 2^32 lookups the stamps wrap: clear once.
            for index in stamps.indices { stamps[index] = 0 }
            generation = 1
        }
    }

    subscript(slot: Int) -> Float? {
        get { stamps[slot] == generation ? values[slot] : nil }
        set {
            stamps[slot] = generation
            values[slot] = newValue ?? 0
        }
    }

    /// Memos for concurrent lookups: each lookup takes one and gives it back.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [PartScoreMemo] = []

        func take() -> PartScoreMemo {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? PartScoreMemo()
        }

        func put(_ memo: PartScoreMemo) {
            lock.lock()
            free.append(memo)
            lock.unlock()
        }
    }
}

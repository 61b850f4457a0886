import CICU
import Synchronization

/// An ICU transform: a system ID or compound ID ("Any-Latin; Latin-ASCII",
/// "Ukrainian-Latin/BGN") or one compiled from Dragoman's own rule text.
///
/// Safe to share between threads: each call borrows its own ICU handle from a pool.
/// Compiling a transform is expensive; ``Transliterator/named(_:)`` and
/// ``Transliterator/compiled(id:rules:)`` cache compiled transforms for the process.
public final class Transliterator: Sendable {
    public let id: String
    private let handles: HandlePool

    /// Opens a system transform by ID.
    public init(id: String) throws(ICUError) {
        self.id = id
        let units = id.utf16Units
        var status: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            dm_translit_open_id($0.baseAddress, Int32($0.count), &status)
        }
        try ICUStatus(rawValue: status).check("opening transliterator `\(id)`")
        guard let handle else { throw ICUError(status: .ok, operation: "opening transliterator `\(id)`") }
        handles = Self.pool(for: handle, id: id)
    }

    /// Compiles a transform from rules in ICU's transform rule syntax.
    public init(id: String, rules: String) throws(ICUError) {
        self.id = id
        let idUnits = id.utf16Units
        let ruleUnits = rules.utf16Units
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let handle = idUnits.withUnsafeBufferPointer { idBuffer in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                dm_translit_open_rules(
                    idBuffer.baseAddress, Int32(idBuffer.count), ruleBuffer.baseAddress,
                    Int32(ruleBuffer.count), &line, &offset, &status)
            }
        }
        let code = ICUStatus(rawValue: status)
        guard !code.isFailure, let handle else {
            throw ICUError(
                status: code, operation: "compiling transform rules `\(id)`",
                ruleLocation: Self.location(ofUTF16Offset: Int(offset), line: Int(line), in: ruleUnits))
        }
        handles = Self.pool(for: handle, id: id)
    }

    /// ICU reports where rule parsing failed as an offset into the whole rule text (its line
    /// field stays 0); turn that into a 1-based line and column.
    private static func location(ofUTF16Offset offset: Int, line: Int, in units: [UInt16]) -> (line: Int, offset: Int) {
        guard line == 0 else { return (line, offset) }
        let end = min(max(offset, 0), units.count)
        var lineNumber = 1
        var lineStart = 0
        for index in 0..<end where units[index] == 0x0A {
            lineNumber += 1
            lineStart = index + 1
        }
        return (lineNumber, end - lineStart + 1)
    }

    private static func pool(for handle: OpaquePointer, id: String) -> HandlePool {
        HandlePool(
            prototype: handle, name: "transliterator `\(id)`", clone: dm_translit_clone, close: dm_translit_close)
    }

    /// Applies the transform to `text`.
    public func transform(_ text: String) throws -> String {
        if text.isEmpty { return text }
        let source = text.utf16Units
        return try handles.withHandle { (handle) throws(ICUError) -> String in
            // Transforms usually change length little; Latin renderings of Hangul or Cyrillic
            // grow, so start with room to spare and retry with the length ICU asks for.
            try withGrowingBuffer(
                initialCapacity: source.count * 2 + 16, operation: "transliterating with `\(id)`"
            ) { dest, capacity, status in
                source.withUnsafeBufferPointer { dest.update(from: $0.baseAddress!, count: $0.count) }
                var length = Int32(source.count)
                dm_translit_transform(handle, dest, &length, capacity, &status)
                return length
            }
        }
    }

    /// Every transform ID that the linked ICU provides.
    public static var availableIDs: [String] {
        let count = dm_translit_count_ids()
        var ids: [String] = []
        ids.reserveCapacity(Int(count))
        var buffer = [UInt16](repeating: 0, count: 256)
        for index in 0..<count {
            var status: Int32 = 0
            let length = dm_translit_id_at(index, &buffer, Int32(buffer.count), &status)
            if status > 0 { break }
            ids.append(String(decoding: buffer[0..<Int(min(length, 256))], as: UTF16.self))
        }
        return ids
    }
}

extension Transliterator {
    private static let cache = Mutex<[String: Transliterator]>([:])
    /// At most this many compiled transforms are kept: user rule files (`translit --rules`)
    /// would otherwise grow the cache without end in a long-lived process such as a server.
    static let cacheLimit = 64

    /// The system transform with this ID, compiled once per process.
    public static func named(_ id: String) throws(ICUError) -> Transliterator {
        try cached(key: "id\u{0}" + id) { () throws(ICUError) in try Transliterator(id: id) }
    }

    /// The transform compiled from these rules, compiled once per process.
    public static func compiled(id: String, rules: String) throws(ICUError) -> Transliterator {
        try cached(key: "rules\u{0}" + id + "\u{0}" + rules) { () throws(ICUError) in
            try Transliterator(id: id, rules: rules)
        }
    }

    private static func cached(
        key: String, make: () throws(ICUError) -> Transliterator
    ) throws(ICUError) -> Transliterator {
        if let found = cache.withLock({ $0[key] }) { return found }
        // Compile outside the lock; if two threads race, the first stored wins.
        let made = try make()
        return cache.withLock { entries in
            if let found = entries[key] { return found }
            // Dropping an arbitrary entry is enough: the shipped rules are few and recompile
            // in milliseconds, and every live Transliterator keeps its own ICU handle.
            if entries.count >= cacheLimit, let victim = entries.keys.first { entries[victim] = nil }
            entries[key] = made
            return made
        }
    }
}

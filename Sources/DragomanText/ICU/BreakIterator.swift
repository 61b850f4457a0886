import CICU

/// ICU's rule-based break iteration (characters, words, lines, sentences) for a locale.
///
/// Safe to share between threads: each call borrows its own ICU handle.
public final class BreakIterator: Sendable {
    public enum Kind: Int32, Sendable {
        case character = 0
        case word = 1
        case line = 2
        case sentence = 3
    }

    public let kind: Kind
    public let locale: String
    private let handles: HandlePool

    public init(_ kind: Kind, locale: String) throws(ICUError) {
        self.kind = kind
        self.locale = locale
        var status: Int32 = 0
        let handle = dm_break_open(kind.rawValue, locale, &status)
        let operation = "opening \(kind) break iterator for `\(locale)`"
        try ICUStatus(rawValue: status).check(operation)
        guard let handle else { throw ICUError(status: .ok, operation: operation) }
        handles = HandlePool(
            prototype: handle, name: "\(kind) break iterator for `\(locale)`", clone: dm_break_clone,
            close: dm_break_close)
    }

    /// Writes the boundaries after position 0 in `text` (UTF-16 offsets) into `boundaries`,
    /// each with ICU's rule status for the piece that ends there (for words: 0 none, 100…
    /// number, 200… letters, 300… kana, 400… ideographs), and returns how many there are.
    /// The arrays only grow, so a caller that keeps them allocates rarely.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func fillBoundaries(
        in text: UnsafeBufferPointer<UInt16>, boundaries: inout [Int32], ruleStatus: inout [Int32]
    ) throws -> Int {
        try handles.withHandle { (handle) throws(ICUError) -> Int in
            if boundaries.count < 64 { boundaries = [Int32](repeating: 0, count: 64) }
            while true {
                let capacity = boundaries.count
                if ruleStatus.count < capacity { ruleStatus = [Int32](repeating: 0, count: capacity) }
                var status: Int32 = 0
                let count = dm_break_boundaries(
                    handle, text.baseAddress, Int32(text.count), &boundaries, &ruleStatus, Int32(capacity), &status)
                try ICUStatus(rawValue: status).check("finding \(kind) boundaries")
                if Int(count) <= capacity { return Int(count) }
                boundaries = [Int32](repeating: 0, count: Int(count))
            }
        }
    }

    /// The pieces of `text` between consecutive boundaries.
    public func pieces(of text: String) throws -> [BreakPiece] {
        let units = text.utf16Units
        var ends: [Int32] = []
        var statuses: [Int32] = []
        let found = try units.withUnsafeBufferPointer {
            try fillBoundaries(in: $0, boundaries: &ends, ruleStatus: &statuses)
        }
        var pieces: [BreakPiece] = []
        pieces.reserveCapacity(found)
        var start = 0
        for (end, status) in zip(ends[0..<found], statuses[0..<found]) {
            let piece = units[start..<Int(end)].withUnsafeBufferPointer { String(utf16: $0) }
            pieces.append(BreakPiece(text: piece, utf16Range: start..<Int(end), ruleStatus: Int(status)))
            start = Int(end)
        }
        return pieces
    }
}

/// One piece of text between two break boundaries.
public struct BreakPiece: Hashable, Sendable {
    public var text: String
    public var utf16Range: Range<Int>
    public var ruleStatus: Int

    /// For word iteration: the piece is a word of letters, kana or ideographs.
    public var isWord: Bool { ruleStatus >= 200 && ruleStatus < 500 }
    /// For word iteration: the piece is a number.
    public var isNumber: Bool { ruleStatus >= 100 && ruleStatus < 200 }
}

extension BreakIterator {
    /// The words (letters or numbers) of `text`, without spaces and punctuation.
    public static func words(in text: String, locale: String = "root") throws -> [String] {
        try BreakIterator(.word, locale: locale).pieces(of: text)
            .filter { $0.isWord || $0.isNumber }.map(\.text)
    }
}

import DragomanText

/// Text as the translation memory compares it: NFKC with case folding, white space collapsed
/// to single spaces, as Unicode scalar values.
public enum FuzzyText {
    public static func normalized(_ text: String) -> [UInt32] {
        let folded = (try? text.normalized(.nfkcCasefold)) ?? text.lowercased()
        var scalars: [UInt32] = []
        scalars.reserveCapacity(folded.unicodeScalars.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(0x20)
                pendingSpace = false
            }
            scalars.append(scalar.value)
        }
        return scalars
    }

    /// The match percentage CAT tools show: `1 - distance / longer length`, in [0, 1].
    public static func similarity(distance: Int, _ lengthA: Int, _ lengthB: Int) -> Double {
        let longer = max(lengthA, lengthB)
        return longer == 0 ? 1 : 1 - Double(distance) / Double(longer)
    }

    /// Row buffers reused across many distance computations.
    public struct Scratch {
        var previous: [Int32] = []
        var current: [Int32] = []
        public init() {}
    }

    /// Levenshtein distance between `a` and `b`, or nil when it exceeds `limit`.
    ///
    /// - Complexity: O(min(n, m) · limit): only the diagonal band of width `2 · limit + 1` is
    ///   computed (Ukkonen's cut-off), and the computation stops once a whole row exceeds `limit`.
    public static func distance(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int, scratch: inout Scratch
    ) -> Int? {
        let (n, m) = (a.count, b.count)
        if abs(n - m) > limit { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        let limit = min(limit, max(n, m))
        let infinity = Int32.max / 2
        if scratch.previous.count < m + 1 {
            scratch.previous = [Int32](repeating: 0, count: m + 1)
            scratch.current = [Int32](repeating: 0, count: m + 1)
        }
        return scratch.previous.withUnsafeMutableBufferPointer { previousBuffer in
            scratch.current.withUnsafeMutableBufferPointer { currentBuffer -> Int? in
                var previous = previousBuffer.baseAddress!
                var current = currentBuffer.baseAddress!
                for j in 0...m { previous[j] = j <= limit ? Int32(j) : infinity }
                for i in 1...n {
                    let low = max(1, i - limit)
                    let high = min(m, i + limit)
                    current[low - 1] = low == 1 ? Int32(i) : infinity
                    var rowMinimum = current[low - 1]
                    let ai = a[i - 1]
                    for j in low...high {
                        let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                        let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                        current[j] = value
                        if value < rowMinimum { rowMinimum = value }
                    }
                    if high < m { current[high + 1] = infinity }
                    if rowMinimum > limit { return nil }
                    swap(&previous, &current)
                }
                let result = Int(previous[m])
                return result <= limit ? result : nil
            }
        }
    }

    public static func distance(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int
    ) -> Int? {
        var scratch = Scratch()
        return distance(a, b, limit: limit, scratch: &scratch)
    }

    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int = .max / 4) -> Int? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }
}

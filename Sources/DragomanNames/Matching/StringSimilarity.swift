/// Similarity measures on short byte strings (name skeletons are lower-case ASCII).
enum StringSimilarity {
    /// Jaro-Winkler similarity in [0, 1], with the usual prefix scale 0.1 over at most 4 characters.
    ///
    /// - Complexity: O(n·m) in the worst case, O(n·w) with the match window w.
    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in jaroWinkler(a, b) } }
    }

    static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        // Scratch flags on the stack: this runs millions of times inside the aligner.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window)
                let high = min(b.count - 1, i + window)
                if low > high { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0
            var k = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
            var prefix = 0
            while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
            return jaro + Double(prefix) * 0.1 * (1 - jaro)
        }
    }

    /// Levenshtein distance.
    ///
    /// - Complexity: O(n·m) time, O(m) memory.
    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = 0
            var current = b.count + 1
            for j in 0...b.count { rows[j] = j }
            for i in 1...a.count {
                rows[current] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    rows[current + j] = min(
                        rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                }
                swap(&previous, &current)
            }
            return rows[previous + b.count]
        }
    }

    /// 1 − distance / longer length.
    static func levenshteinSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 1 : 1 - Double(levenshtein(a, b)) / Double(longer)
    }

    /// Edit distance in which vowels cost half: renderings of one name differ most in vowels
    /// (Arabic short vowels, Korean eo/o, Maskat/Muscat), while a different consonant usually
    /// means a different name (Ireland/Iceland).
    ///
    /// - Complexity: O(n·m) time, O(m) memory.
    static func vowelWeightedDistance(_ a: [UInt8], _ b: [UInt8], limit: Double = .infinity) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in vowelWeightedDistance(a, b, limit: limit) }
        }
    }

    /// Within `limit` the distance is exact; beyond it the answer is `.infinity` or some
    /// distance above `limit`.
    static func vowelWeightedDistance(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Double = .infinity
    ) -> Double {
        // The costs obey the triangle inequality (a letter's cost is at most another's plus
        // their substitution), so some cheapest alignment keeps a shared prefix and suffix
        // matched: only the middles need the table. Renderings of one name share most of
        // their ends, and blocked candidates share their first letters.
        var start = 0
        while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start && endB > start && a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        return bandedVowelWeightedDistance(
            UnsafeBufferPointer(rebasing: a[start..<endA]), UnsafeBufferPointer(rebasing: b[start..<endB]),
            limit: limit)
    }

    private static func bandedVowelWeightedDistance(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Double
    ) -> Double {
        let n = a.count
        let m = b.count
        // Every insertion or deletion costs at least 0.5, so within `limit` an alignment stays
        // in a band of 2 × limit around the diagonal: cells outside it are never computed.
        let band = limit.isFinite ? Int(2 * limit) : max(n, m)
        if abs(n - m) > band { return .infinity }
        // In half units, as integers: a vowel costs 1, any other letter 2.
        let halfLimit = limit.isFinite ? Int32(clamping: Int((2 * limit).rounded(.down))) : Int32.max / 4
        let infinity = Int32.max / 4
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (m + 1)) { rows -> Double in
            var previous = 0
            var current = m + 1
            rows[0] = 0
            for j in 0..<m { rows[j + 1] = j + 1 <= band ? rows[j] + halfCost(b[j]) : infinity }
            for i in 1...max(n, 1) where n > 0 {
                let low = max(1, i - band)
                let high = min(m, i + band)
                let x = a[i - 1]
                let costX = halfCost(x)
                rows[current] = i <= band ? rows[previous] + costX : infinity
                if low > 1 { rows[current + low - 1] = infinity }
                var rowMinimum = rows[current]
                if low <= high {
                    for j in low...high {
                        let y = b[j - 1]
                        let substitution: Int32 = x == y ? 0 : (costX == 1 && halfCost(y) == 1 ? 1 : 2)
                        let above = j <= i - 1 + band ? rows[previous + j] : infinity
                        let value = min(
                            above + costX, rows[current + j - 1] + halfCost(y),
                            rows[previous + j - 1] + substitution)
                        rows[current + j] = value
                        rowMinimum = min(rowMinimum, value)
                    }
                }
                if high < m { rows[current + high + 1] = infinity }
                // Distances only grow from row to row: past the limit, the answer is "too far".
                if rowMinimum > halfLimit { return .infinity }
                swap(&previous, &current)
            }
            let result = rows[previous + m]
            return result >= infinity ? .infinity : Double(result) / 2
        }
    }

    @inline(__always)
    private static func halfCost(_ byte: UInt8) -> Int32 { isVowel(byte) ? 1 : 2 }

    /// Levenshtein distance when it is at most `limit`, else nil.
    ///
    /// - Complexity: O(n · limit): only the band around the diagonal is computed.
    static func levenshtein(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in levenshtein(a, b, limit: limit) } }
    }

    static func levenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let (n, m) = (a.count, b.count)
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let infinity = Int.max / 4
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { rows -> Int? in
            var previous = 0
            var current = m + 1
            for j in 0...m { rows[j] = j <= limit ? j : infinity }
            for i in 1...n {
                let low = max(1, i - limit)
                let high = min(m, i + limit)
                rows[current + low - 1] = low == 1 ? i : infinity
                var rowMinimum = rows[current + low - 1]
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(
                        rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if high < m { rows[current + high + 1] = infinity }
                if rowMinimum > limit { return nil }
                swap(&previous, &current)
            }
            return rows[previous + m] <= limit ? rows[previous + m] : nil
        }
    }

    /// 1 − vowel-weighted distance / longer length.
    static func vowelWeightedSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 1 : max(0, 1 - vowelWeightedDistance(a, b) / Double(longer))
    }

    /// Byte-for-byte equality (`elementsEqual` is not specialised for buffers and costs more
    /// than the comparison).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }
}

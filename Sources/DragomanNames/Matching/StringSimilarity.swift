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

    private static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
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
        let n = a.count
        let m = b.count
        // Every insertion or deletion costs at least 0.5, so within `limit` an alignment stays
        // in a band of 2 × limit around the diagonal: cells outside it are never computed.
        let band = limit.isFinite ? Int(2 * limit) : max(n, m)
        if abs(n - m) > band { return .infinity }
        func cost(_ byte: UInt8) -> Double { isVowel(byte) ? 0.5 : 1 }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (m + 1)) { rows -> Double in
                    var previous = 0
                    var current = m + 1
                    rows[0] = 0
                    for j in 0..<m { rows[j + 1] = j + 1 <= band ? rows[j] + cost(b[j]) : .infinity }
                    for i in 1...max(n, 1) where n > 0 {
                        let low = max(1, i - band)
                        let high = min(m, i + band)
                        rows[current] = i <= band ? rows[previous] + cost(a[i - 1]) : .infinity
                        if low > 1 { rows[current + low - 1] = .infinity }
                        var rowMinimum = rows[current]
                        if low <= high {
                            for j in low...high {
                                let x = a[i - 1]
                                let y = b[j - 1]
                                let substitution: Double = x == y ? 0 : (isVowel(x) && isVowel(y) ? 0.5 : 1)
                                let above = j <= i - 1 + band ? rows[previous + j] : .infinity
                                let value = min(
                                    above + cost(x), rows[current + j - 1] + cost(y),
                                    rows[previous + j - 1] + substitution)
                                rows[current + j] = value
                                rowMinimum = min(rowMinimum, value)
                            }
                        }
                        if high < m { rows[current + high + 1] = .infinity }
                        // Distances only grow from row to row: past the limit, the answer is "too far".
                        if rowMinimum > limit { return .infinity }
                        swap(&previous, &current)
                    }
                    return rows[previous + m]
                }
            }
        }
    }

    /// 1 − vowel-weighted distance / longer length.
    static func vowelWeightedSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 1 : max(0, 1 - vowelWeightedDistance(a, b) / Double(longer))
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }
}

extension String {
    /// Builds a string from UTF-16 code units by transcoding straight to UTF-8; faster than
    /// `String(decoding:as: UTF16.self)`, which takes a general slow path. Unpaired
    /// surrogates become U+FFFD.
    ///
    /// - Complexity: O(n).
    public init(utf16 units: UnsafeBufferPointer<UInt16>) {
        let count = units.count
        self.init(unsafeUninitializedCapacity: count * 3) { buffer in
            var out = 0
            var index = 0
            while index < count {
                let unit = units[index]
                index += 1
                if unit < 0x80 {
                    buffer[out] = UInt8(unit)
                    out += 1
                } else if unit < 0x800 {
                    buffer[out] = UInt8(0xC0 | (unit >> 6))
                    buffer[out + 1] = UInt8(0x80 | (unit & 0x3F))
                    out += 2
                } else if UTF16.isLeadSurrogate(unit), index < count, UTF16.isTrailSurrogate(units[index]) {
                    let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                    buffer[out] = UInt8(0xF0 | (scalar >> 18))
                    buffer[out + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    buffer[out + 3] = UInt8(0x80 | (scalar & 0x3F))
                    out += 4
                } else {
                    let value = UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) ? 0xFFFD : unit
                    buffer[out] = UInt8(0xE0 | (value >> 12))
                    buffer[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | (value & 0x3F))
                    out += 3
                }
            }
            return out
        }
    }
}

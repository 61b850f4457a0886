extension String {
    /// The string's UTF-16 code units, as ICU's C API takes them.
    var utf16Units: [UInt16] { Array(utf16) }
}

/// Calls an ICU function that writes into a caller-supplied UTF-16 buffer and reports the
/// length it needs, retrying once with a buffer of that length.
func withGrowingBuffer(
    initialCapacity: Int,
    operation: @autoclosure () -> String,
    _ fill: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> String {
    var capacity = max(initialCapacity, 16)
    while true {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = fill(buffer.baseAddress!, Int32(capacity), &status)
            count = (status == ICUStatus.bufferOverflow.rawValue || status > 0) ? 0 : Int(needed)
        }
        let code = ICUStatus(rawValue: status)
        if code == .bufferOverflow, Int(needed) > capacity {
            capacity = Int(needed) + 1
            continue
        }
        try code.check(operation())
        return result.withUnsafeBufferPointer { String(utf16: $0) }
    }
}

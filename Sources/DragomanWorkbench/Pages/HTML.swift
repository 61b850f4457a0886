/// Text made safe for HTML: every text a page shows goes through `escape` (element content and
/// quoted attribute values alike).
enum HTML {
    /// Works on UTF-8 bytes: a page of 5,000 units escapes megabytes, and most text has nothing
    /// to escape.
    static func escape(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return String(text)
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: escaped.append(contentsOf: "&amp;".utf8)
            case 0x3C: escaped.append(contentsOf: "&lt;".utf8)
            case 0x3E: escaped.append(contentsOf: "&gt;".utf8)
            case 0x22: escaped.append(contentsOf: "&quot;".utf8)
            case 0x27: escaped.append(contentsOf: "&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// A score between 0 and 1 to three decimals ("0.912"), without Foundation's formatter.
    static func score(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        if thousandths == 1000 { return "1.000" }
        let digits = String(thousandths)
        return "0." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

/// Numbers written with a fixed number of decimals, as `%.3f` does, without Foundation's
/// formatter (which is slow enough to show in an export of 50,000 units).
package enum FixedDecimal {
    package static func format(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let whole = Int(scaled)
        var digits = String(whole)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        return sign + digits.dropLast(decimals) + "." + digits.suffix(decimals)
    }
}

import Foundation

/// TMX dates: ISO 8601 basic format in UTC, `YYYYMMDDThhmmssZ`.
enum TMXDate {
    static func string(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!,
            parts.second!)
    }

    static func date(_ string: String) -> Date? {
        let digits = string.filter(\.isNumber)
        guard digits.count == 14 else { return nil }
        let numbers = [0, 4, 6, 8, 10, 12, 14].map { digits.index(digits.startIndex, offsetBy: $0) }
        let values = (0..<6).compactMap { Int(digits[numbers[$0]..<numbers[$0 + 1]]) }
        guard values.count == 6 else { return nil }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (values[0], values[1], values[2])
        (components.hour, components.minute, components.second) = (values[3], values[4], values[5])
        return Calendar(identifier: .gregorian).date(from: components)
    }
}

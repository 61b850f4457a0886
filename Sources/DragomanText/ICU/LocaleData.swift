import CICU
import Foundation

/// Names from the CLDR data inside ICU: territories and the exemplar cities of time zones.
public enum LocaleData {
    /// ISO 3166 territory codes ("DE", "KP").
    public static var regionCodes: [String] {
        var codes: [String] = []
        var index: Int32 = 0
        while let code = dm_region_code_at(index) {
            codes.append(
                String(
                    decoding: UnsafeBufferPointer(start: code, count: strlen(code)).map { UInt8(bitPattern: $0) },
                    as: UTF8.self))
            index += 1
        }
        return codes
    }

    /// The name of a territory in a language ("KP" in German: "Nordkorea").
    public static func regionName(_ code: String, in language: LanguageCode) throws(ICUError) -> String {
        try withGrowingBuffer(initialCapacity: 64, operation: "naming region \(code) in \(language)") {
            buffer, capacity, status in
            dm_region_name(code, language.icuLocale, buffer, capacity, &status)
        }
    }

    /// Canonical time zones that stand for a place (Europe/Moscow, Asia/Pyongyang).
    public static func locationZones() throws(ICUError) -> [String] {
        var status: Int32 = 0
        let count = dm_location_zone_count(&status)
        try ICUStatus(rawValue: status).check("listing time zones")
        var zones: [String] = []
        var buffer = [CChar](repeating: 0, count: 128)
        for index in 0..<count {
            let length = dm_location_zone_at(index, &buffer, Int32(buffer.count), &status)
            try ICUStatus(rawValue: status).check("reading time zone \(index)")
            zones.append(String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return zones
    }

    /// The exemplar city of a zone in a language: from the locale data where it has one,
    /// else derived from the zone ID as CLDR does ("America/Port_of_Spain": "Port of Spain").
    public static func exemplarCity(_ zone: String, in language: LanguageCode) throws(ICUError) -> String {
        var buffer = [UInt16](repeating: 0, count: 256)
        var status: Int32 = 0
        let length = dm_exemplar_city(zone, language.icuLocale, &buffer, Int32(buffer.count), &status)
        try ICUStatus(rawValue: status).check("reading the exemplar city of \(zone) in \(language)")
        if length > 0 {
            return buffer.withUnsafeBufferPointer {
                String(utf16: UnsafeBufferPointer(rebasing: $0[0..<Int(min(length, 256))]))
            }
        }
        let last = zone.split(separator: "/").last.map(String.init) ?? zone
        return last.replacingOccurrences(of: "_", with: " ")
    }
}

import Foundation

/// The one JSON form of everything Dragoman writes as JSON (command output, summaries, the
/// workbench's API): snake_case keys derived from the Swift property names, sorted keys,
/// ISO 8601 dates, pretty-printed.
public enum JSONFormat {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Made once: encoding millions of segments one by one must not build an encoder each time.
    private static let shared = encoder()

    /// `value` as JSON text (no final newline).
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try shared.encode(value), as: UTF8.self)
    }
}

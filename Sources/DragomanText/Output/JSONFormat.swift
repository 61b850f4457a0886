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

    /// Made once, without indentation: one line (a server-sent event, a log line).
    private static let compact: JSONEncoder = {
        let made = JSONFormat.encoder()
        made.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return made
    }()

    /// `value` as JSON text on one line.
    public static func compactText(_ value: some Encodable) throws -> String {
        String(decoding: try compact.encode(value), as: UTF8.self)
    }

    /// The decoder for JSON in the same form (snake_case keys, ISO 8601 dates).
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// `value` as JSON text (no final newline).
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try shared.encode(value), as: UTF8.self)
    }
}

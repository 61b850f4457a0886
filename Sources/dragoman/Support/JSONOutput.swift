import Foundation

enum JSONOutput {
    /// Writes `value` as pretty JSON (keys sorted, slashes unescaped) and a newline to stdout.
    static func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        StandardOutput.shared.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}

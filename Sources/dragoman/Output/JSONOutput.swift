import DragomanText
import Foundation

/// Every `--format json` output: an Encodable value written by one encoder, with one key
/// style (snake_case, from the Swift property names) and sorted keys. The shapes are listed
/// in docs/commands.md.
enum JSONOutput {
    /// Writes `value` as pretty JSON and a newline to stdout.
    static func write(_ value: some Encodable) throws {
        StandardOutput.shared.write(try JSONFormat.text(value) + "\n")
    }

    /// Writes a JSON array whose elements arrive one at a time (millions of segments), each
    /// encoded by the same encoder.
    struct ArrayWriter {
        private var first = true

        init() { StandardOutput.shared.write("[") }

        mutating func append(_ element: some Encodable) throws {
            // An element's own lines are indented one level more; a string has none.
            var text = try JSONFormat.text(element)
            if text.utf8.contains(0x0A) { text = text.replacingOccurrences(of: "\n", with: "\n  ") }
            StandardOutput.shared.write((first ? "\n  " : ",\n  ") + text)
            first = false
        }

        func finish() { StandardOutput.shared.write(first ? "]\n" : "\n]\n") }
    }
}

extension Double {
    /// The value rounded to `places` decimals, for scores in JSON (0.912, not 0.91234567).
    func rounded(places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}

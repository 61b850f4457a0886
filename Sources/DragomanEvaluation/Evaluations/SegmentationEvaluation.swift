import DragomanText
import Foundation

/// Scores the segmenter against a JSON test set (an array of items with `input`, `expected`
/// and optionally `text_altering` and `options.language`).
///
/// Exact match: the item's segments equal `expected`. Items marked
/// `text_altering` expect cleaned text that a non-destructive segmenter cannot produce; they
/// are counted separately. Boundaries: the end offset of every expected segment but the last
/// of each item, after trimming trailing white space, summed over items.
public struct SegmentationEvaluation: Sendable {
    public struct Item: Decodable, Sendable {
        public var id: String?
        public var input: String
        public var expected: [String]
        public var textAltering: Bool?
        public var options: Options?

        public struct Options: Decodable, Sendable {
            public var language: String?
        }

        enum CodingKeys: String, CodingKey {
            case id, input, expected, options
            case textAltering = "text_altering"
        }
    }

    public struct Failure: Sendable {
        public var id: String
        public var input: String
        public var expected: [String]
        public var actual: [String]
    }

    public struct Report: Sendable {
        public var dataset: String
        public var language: LanguageCode
        public var items = 0
        public var exactMatches = 0
        public var scoredItems = 0
        public var textAlteringItems = 0
        public var textAlteringMatches = 0
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// Items whose expected segments could not be found in the input, left out of the boundary count.
        public var unlocatableItems = 0
        public var failures: [Failure] = []

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        /// Exact matches as a share of the non-text-altering items.
        public var exactMatchRate: Double { ratio(exactMatches, scoredItems) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    public enum LoadError: DragomanError {
        case unreadable(file: String, reason: String)
        case invalid(file: String, reason: String)

        public var location: ErrorLocation? {
            switch self {
            case .unreadable(let file, _), .invalid(let file, _): ErrorLocation(file: file)
            }
        }

        public var problem: String {
            switch self {
            case .unreadable: "cannot read"
            case .invalid: "not a segmentation test set"
            }
        }

        public var cause: String? {
            switch self {
            case .unreadable(_, let reason), .invalid(_, let reason): reason
            }
        }
    }

    public static func loadItems(from path: String) throws -> [Item] {
        let data = try FileAccess.read(path, expected: "a segmentation test set (JSON)")
        do { return try JSONDecoder().decode([Item].self, from: data) } catch {
            throw LoadError.invalid(file: path, reason: "\(error)")
        }
    }

    /// Evaluates one data set. The language comes from `language`, else from the items'
    /// `options.language`, else from the file name (`…_de.json`).
    public static func evaluate(
        items: [Item], dataset: String, language: LanguageCode? = nil
    ) throws -> Report {
        let guessed =
            language ?? items.lazy.compactMap { $0.options?.language }.compactMap(LanguageCode.init).first
            ?? LanguageCode(String(dataset.split(separator: "_").last?.prefix(2) ?? "en")) ?? .english
        var report = Report(dataset: dataset, language: guessed)
        var segmenters: [LanguageCode: Segmenter] = [:]
        for item in items {
            let itemLanguage = item.options?.language.flatMap(LanguageCode.init) ?? guessed
            let segmenter = try segmenters[itemLanguage] ?? Segmenter(language: itemLanguage)
            segmenters[itemLanguage] = segmenter
            let segments = try segmenter.segments(in: item.input)
            let actual = segments.map(\.text)
            report.items += 1
            if item.textAltering == true {
                report.textAlteringItems += 1
                if actual == item.expected { report.textAlteringMatches += 1 }
                continue
            }
            report.scoredItems += 1
            if actual == item.expected {
                report.exactMatches += 1
            } else {
                report.failures.append(
                    Failure(
                        id: item.id ?? "#\(report.items)", input: item.input, expected: item.expected, actual: actual))
            }
            guard let expectedEnds = boundaryOffsets(of: item.expected, in: item.input) else {
                report.unlocatableItems += 1
                continue
            }
            let actualEnds = Set(segments.dropLast().map(\.range.upperBound))
            report.truePositives += expectedEnds.intersection(actualEnds).count
            report.falsePositives += actualEnds.subtracting(expectedEnds).count
            report.falseNegatives += expectedEnds.subtracting(actualEnds).count
        }
        return report
    }

    /// End offsets (in scalars, trailing white space trimmed) of all expected segments but the
    /// last, found in order in the input; `nil` if a segment is not in the input verbatim.
    static func boundaryOffsets(of expected: [String], in input: String) -> Set<Int>? {
        let scalars = Array(input.unicodeScalars)
        var cursor = 0
        var ends: [Int] = []
        for segment in expected {
            let needle = Array(segment.unicodeScalars)
            guard let start = firstIndex(of: needle, in: scalars, from: cursor) else { return nil }
            var end = start + needle.count
            while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
            ends.append(end)
            cursor = start + needle.count
        }
        return Set(ends.dropLast())
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int?
    {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

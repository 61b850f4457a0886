import Foundation
import Synchronization

/// The format of the word-list resources (`segmentation-*.txt`, `stopwords-detect.txt`):
/// `[section]` headers, white-space separated words, `#` comments.
package struct SectionedWordList: Sendable {
    /// Sections in file order, each with its words in file order.
    package var sections: [(name: String, words: [String])] = []

    package init(parsing text: String) {
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.prefix(while: { $0 != "#" }).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                sections.append((String(line.dropFirst().dropLast()), []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].words += line.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
    }

    /// A resource of this module, read and parsed once per process; nil when it is not shipped.
    package static func resource(_ name: String) -> SectionedWordList? {
        loaded.withLock { cache in
            if let list = cache[name] { return list }
            let list = Bundle.module.url(forResource: name, withExtension: "txt")
                .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
                .map(SectionedWordList.init(parsing:))
            cache[name] = list
            return list
        }
    }

    private static let loaded = Mutex<[String: SectionedWordList?]>([:])
}

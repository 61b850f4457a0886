import Foundation

/// Where a query occurs in a text, for the concordance: the text cut into fragments, those that
/// match marked. Case and accents are ignored ("pjongjang" finds "Pjöngjang").
enum Concordance {
    static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]

    static func fragments(_ text: String, _ query: String) -> [SearchHit.Fragment] {
        guard !query.isEmpty, !text.isEmpty else { return text.isEmpty ? [] : [.init(text: text, hit: false)] }
        var fragments: [SearchHit.Fragment] = []
        var start = text.startIndex
        while start < text.endIndex, let found = text.range(of: query, options: options, range: start..<text.endIndex) {
            guard !found.isEmpty else { break }
            if found.lowerBound > start {
                fragments.append(.init(text: String(text[start..<found.lowerBound]), hit: false))
            }
            fragments.append(.init(text: String(text[found]), hit: true))
            start = found.upperBound
        }
        if start < text.endIndex { fragments.append(.init(text: String(text[start...]), hit: false)) }
        return fragments
    }
}

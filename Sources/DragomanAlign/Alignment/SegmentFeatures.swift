import DragomanNames
import DragomanText

/// What the aligner knows of each segment: its length, its words as stemmed ids, and its
/// anchors (numbers, word beginnings, name skeletons, quotation marks).
struct SegmentFeatures: Sendable {
    /// Characters without spaces.
    var length: Double
    /// Distinct stemmed words of at least two letters, as ids in the side's vocabulary.
    var words: [Int32]
    /// Numbers and the first four letters of longer words, as ids shared by both sides.
    var anchors: [Int32]
}

/// Vocabularies and features for one side of an alignment.
struct FeatureExtractor {
    let normalizer: WordNormalizer
    var vocabulary: [String: Int32] = [:]
    /// Name skeletons of capitalised words, computed once per word.
    var nameSkeletons: [Substring: [String]] = [:]
    /// Word → (stem id, anchor id of its first four letters or −1).
    var stems: [Substring: (word: Int32, prefix: Int32)] = [:]

    init(language: LanguageCode) {
        normalizer = WordNormalizer(language: language)
    }

    mutating func id(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    mutating func skeletons(of word: Substring) -> [String] {
        if let known = nameSkeletons[word] { return known }
        let key = try? NameKey(String(word))
        // "Nordkorea" is read as "korea" qualified by north: the qualifier stays in the anchor,
        // so that it does not meet "Südkorea".
        let qualifier = key.map { $0.qualifiers == 0 ? "" : "\($0.qualifiers)/" } ?? ""
        let found = (key?.parts.first?.skeletons ?? []).map { qualifier + String(decoding: $0, as: UTF8.self) }
        nameSkeletons[word] = found
        return found
    }

    mutating func features(_ text: String, anchors: inout AnchorVocabulary) -> SegmentFeatures {
        var words = Set<Int32>()
        var anchorIDs = Set<Int32>()
        var length = 0
        var quoted = false
        for character in text where !character.isWhitespace {
            length += 1
            if "\"„“”«»‚‘’".contains(character) { quoted = true }
        }
        // Quotations usually stay quotations in a translation.
        if quoted { anchorIDs.insert(anchors.id("Q")) }
        for (position, word) in WordNormalizer.words(text).enumerated() {
            if word.allSatisfy(\.isNumber) {
                anchorIDs.insert(anchors.id("#" + word))
                continue
            }
            guard word.count >= 2 else { continue }
            // Stems and their ids are computed once per distinct word.
            let known =
                stems[word]
                ?? {
                    let stem = normalizer.stem(String(word))
                    let entry = (id(stem), word.count >= 5 ? anchors.id(String(stem.prefix(4))) : -1)
                    stems[word] = entry
                    return entry
                }()
            words.insert(known.word)
            if known.prefix >= 0 { anchorIDs.insert(known.prefix) }
            // Names written by other conventions meet on their skeletons (Selenskyj, Zelensky).
            if position > 0, word.count >= 4, word.first?.isUppercase == true {
                for skeleton in skeletons(of: word) { anchorIDs.insert(anchors.id("N:" + skeleton)) }
            }
        }
        return SegmentFeatures(length: Double(length), words: Array(words), anchors: Array(anchorIDs))
    }
}

/// Anchor ids shared by both sides: equal numbers and equal word beginnings (cognates and
/// names: "Himalaya", "expédition"/"Expedition").
struct AnchorVocabulary {
    var ids: [String: Int32] = [:]

    mutating func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }
}

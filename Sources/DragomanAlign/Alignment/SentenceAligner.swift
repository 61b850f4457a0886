import DragomanText
import Foundation

/// Aligns the segments of a document with those of its translation.
///
/// Dynamic programming over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 3-2, 2-3, 3-3,
/// 4-1, 1-4) in a band around the diagonal, with a cost that combines a Gale-Church length
/// model on characters, the bead type's prior, and the share of words linked by a bilingual
/// dictionary, by cognates and by numbers. The lexical bonus grows with a bead's larger side
/// (a merge whose sentences all link earns more than a 1-1 bead, less than two), and every
/// sentence of a merge must be linked about as well as the bead as a whole. A second pass
/// learns a translation lexicon (IBM Model 1) from the first pass's 1-1 beads and realigns in
/// a band around the first path. Each bead's score is then its posterior probability over
/// the paths near it (`AlignmentModel.confidences`): calibrated, so that a reviewer can be
/// sent to the beads below a threshold.
///
/// - Complexity: O((n + m) · w) time and memory for band width w.
public struct SentenceAligner: Sendable {
    public struct Options: Sendable {
        /// Half-width of the search band around the diagonal, in segments.
        public var band = 60
        /// Weight of the lexical and anchor evidence against the length and type costs.
        public var lexicalWeight = 12.0
        public var secondPass = true
        /// Target characters per source character to expect. By default the document's own
        /// ratio; a caller aligning a small part of a document (one unit's sentences) passes the
        /// whole document's, since a part with a sentence missing has a ratio of its own.
        public var lengthRatio: Double?
        /// Temperature of the bead confidences (see `AlignmentModel.confidences`).
        public var confidenceTemperature = 1.0

        public init() {}
    }

    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    public let dictionary: BilingualDictionary?
    public var options: Options

    public init(
        sourceLanguage: LanguageCode, targetLanguage: LanguageCode, dictionary: BilingualDictionary? = nil,
        options: Options = Options()
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.dictionary = dictionary
        self.options = options
    }

    /// Bead types (source count, target count) with their prior costs (−log probability).
    static let beadTypes: [(Int, Int, Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.02)), (0, 1, -log(0.02)), (2, 1, -log(0.045)), (1, 2, -log(0.045)),
        (2, 2, -log(0.011)), (3, 1, -log(0.006)), (1, 3, -log(0.006)), (3, 2, -log(0.002)), (2, 3, -log(0.002)),
        (3, 3, -log(0.001)), (4, 1, -log(0.001)), (1, 4, -log(0.001)),
    ]

    public func align(source: [String], target: [String]) -> [Bead] {
        let n = source.count
        let m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: [$0], target: [], score: 0) }
                + (0..<m).map { Bead(source: [], target: [$0], score: 0) }
        }
        // The two sides are read at once, each with its own anchor vocabulary; the target's
        // anchor ids are then renumbered into the source's so that equal anchors meet.
        let (sourceLanguage, targetLanguage) = (self.sourceLanguage, self.targetLanguage)
        // A few sentences (QA aligns one unit's, from many threads at once) are read on this thread.
        let sides = ConcurrentPair(
            serially: n + m < 64,
            { () -> (FeatureExtractor, [SegmentFeatures], AnchorVocabulary) in
                var anchors = AnchorVocabulary()
                var side = FeatureExtractor(language: sourceLanguage)
                let features = source.map { side.features($0, anchors: &anchors) }
                return (side, features, anchors)
            },
            { () -> (FeatureExtractor, [SegmentFeatures], AnchorVocabulary) in
                var anchors = AnchorVocabulary()
                var side = FeatureExtractor(language: targetLanguage)
                let features = target.map { side.features($0, anchors: &anchors) }
                return (side, features, anchors)
            })
        let (sourceSide, sourceFeatures, sourceAnchors) = sides.first
        let (targetSide, firstTargetFeatures, targetAnchors) = sides.second
        var targetFeatures = firstTargetFeatures
        var anchors = sourceAnchors
        var renumbered = [Int32](repeating: 0, count: targetAnchors.ids.count)
        for (key, id) in targetAnchors.ids { renumbered[Int(id)] = anchors.id(key) }
        for index in targetFeatures.indices {
            targetFeatures[index].anchors = targetFeatures[index].anchors.map { renumbered[Int($0)] }
        }
        // Source word id → target word ids it may translate to.
        var lexicon: [[Int32]] = Array(repeating: [], count: sourceSide.vocabulary.count)
        if let dictionary {
            for (word, id) in sourceSide.vocabulary {
                guard
                    let translations = dictionary.translations[word] ?? Self.compoundHead(word, dictionary: dictionary)
                else {
                    continue
                }
                lexicon[Int(id)] = translations.compactMap { targetSide.vocabulary[$0] }
            }
        }
        let model = AlignmentModel(
            source: sourceFeatures, target: targetFeatures, lexicon: lexicon, lexicalWeight: options.lexicalWeight,
            lengthRatio: options.lengthRatio)
        // Widen the band until it holds a path; the whole matrix always does.
        var halfWidth = options.band
        var found = model.search(band: Band.diagonal(n: n, m: m, halfWidth: halfWidth))
        while found == nil && halfWidth < max(n, m) {
            halfWidth *= 2
            found = model.search(band: Band.diagonal(n: n, m: m, halfWidth: halfWidth))
        }
        guard var beads = found else { return [] }
        var finalModel = model
        if options.secondPass {
            let learned = model.learnLexicon(from: beads, sourceVocabulary: sourceSide.vocabulary.count)
            let refined = AlignmentModel(
                source: sourceFeatures, target: targetFeatures, lexicon: learned, lexicalWeight: options.lexicalWeight,
                lengthRatio: options.lengthRatio)
            if let better = refined.search(
                band: Band.around(beads, n: n, m: m, halfWidth: max(10, options.band * 2 / 3)))
            {
                beads = better
                finalModel = refined
            }
        }
        for (index, confidence) in finalModel.confidences(of: beads, temperature: options.confidenceTemperature)
            .enumerated()
        {
            beads[index].score = confidence
        }
        return beads
    }

    /// German compounds missing from the dictionary: the translations of their longest known
    /// head ("Gletscherrand" → "rand"), with an optional linking s.
    static func compoundHead(_ word: String, dictionary: BilingualDictionary) -> Set<String>? {
        for head in WordNormalizer.compoundHeads(of: word) {
            if let found = dictionary.translations[head] { return found }
        }
        return nil
    }
}

/// Runs two closures at once and keeps both results.
struct ConcurrentPair<A, B> {
    let first: A
    let second: B

    init(serially: Bool = false, _ makeFirst: () -> A, _ makeSecond: @escaping @Sendable () -> B) {
        if serially {
            first = makeFirst()
            second = makeSecond()
            return
        }
        let box = ResultBox<B>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.value = makeSecond() }
        first = makeFirst()
        group.wait()
        second = box.value!
    }
}

/// The slot a background closure writes its result to; read only after the group is done.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

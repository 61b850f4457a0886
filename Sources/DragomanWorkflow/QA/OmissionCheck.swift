import DragomanAlign
import DragomanGlossary
import DragomanStore
import DragomanText

/// A sentence the translator left out: a source sentence with no counterpart in the target,
/// told apart from a target nobody has written yet (`empty-target`) and from a target that is
/// merely long or short (`length-ratio`).
///
/// Two signals must agree. The unit's source and target sentences are aligned (length,
/// names, numbers, cognates) and a source sentence is left without a partner; and the target
/// is short by about that sentence's share of the source, against the document's usual length
/// ratio. A source of one sentence whose aligned translation had several sentences counts too
/// when the target now has fewer and is that much shorter, and so does a one-sentence target
/// that lacks names or numbers of its source and is not much more than half its usual length
/// (a clause left out). Merges and splits a translator
/// makes on purpose keep the length, and stay silent.
struct OmissionCheck: Sendable {
    let sourceSegmenter: Segmenter
    let targetSegmenter: Segmenter
    let aligner: SentenceAligner
    let usage: TermUsage
    let dictionary: DictionaryLoader?

    /// How much longer than its expected length without the missing sentence a target may be
    /// for the omission to be reported: a translator who merges two sentences condenses them
    /// a little (the own sample's merge is at 78% where 60% would be the sentence missing).
    static let slack = 0.1
    /// The same for a one-sentence source whose aligned translation had several sentences,
    /// where the missing part's share is only known as one sentence of the translation.
    static let partSlack = 0.15
    /// The length below which a one-sentence target that lacks names or numbers of its source
    /// is taken to leave part of it out (a close translation is near 100%, a condensed one
    /// rarely below 70%).
    static let partShare = 0.6
    /// …or that renders less than this share of its source's dictionary words.
    static let partCoverage = 0.6

    init(usage: TermUsage, dictionary: DictionaryLoader? = nil) throws {
        sourceSegmenter = try Segmenter(language: usage.sourceLanguage)
        targetSegmenter = try Segmenter(language: usage.targetLanguage)
        aligner = SentenceAligner(sourceLanguage: usage.sourceLanguage, targetLanguage: usage.targetLanguage)
        self.usage = usage
        self.dictionary = dictionary
    }

    /// The share of a sentence's dictionary words that `target` renders, if there are enough to say.
    func coverage(of sentence: String, in target: String) -> Double? {
        dictionary?.dictionary?.coverage(of: sentence, in: target).map { Double($0.linked) / Double($0.known) }
    }

    /// A sentence the dictionary finds (almost) nothing of in the target, while it finds much
    /// of every other one: the one left out, even with no name or number to show it. (Free
    /// dictionaries give every word many senses, so a left-out sentence keeps a chance link.)
    static let unrenderedCoverage = 0.3
    static let renderedCoverage = 0.5

    func sentences(_ text: String, _ segmenter: Segmenter) -> [String] {
        ((try? segmenter.segments(in: text)) ?? []).filter(\.isTranslatable).map(\.text)
    }

    /// The finding for `unit`, if a part of its source seems to be missing from `target`.
    /// `median` is the document's usual target/source length ratio.
    func finding(unit: TranslationUnit, target: String, median: Double?) -> (Finding, absent: [String])? {
        let sources = sentences(unit.source, sourceSegmenter)
        let targets = sentences(target, targetSegmenter)
        guard !sources.isEmpty, !targets.isEmpty else { return nil }
        let ratio = median ?? 1
        let sourceLength = Double(unit.source.unicodeScalars.count)
        let share = Double(target.unicodeScalars.count) / max(1, sourceLength * ratio)
        if sources.count >= 2 {
            var aligner = self.aligner
            aligner.options.lengthRatio = ratio
            let beads = aligner.align(source: sources, target: targets)
            let unmatched = beads.filter { $0.target.isEmpty }.flatMap(\.source)
            let sentenceShare = { (index: Int) in Double(sources[index].unicodeScalars.count) / sourceLength }
            var missing = unmatched.first
            var absent = missing.map { evidence(of: sources[$0], in: target) } ?? []
            // The aligner gave a sentence nothing on lengths alone, but another one has all its
            // names and numbers missing from the target: that one is left out.
            if let chosen = missing, absent.isEmpty, unmatched.count == 1 {
                for index in sources.indices where index != chosen {
                    let lacking = evidence(of: sources[index], in: target)
                    if !lacking.isEmpty && lacking.count == evidence(of: sources[index], in: "").count {
                        missing = index
                        absent = lacking
                        break
                    }
                }
            }
            if missing == nil, targets.count < sources.count {
                // The aligner may give every source sentence to the target sentences left: a
                // sentence whose names or numbers are all missing, in a target short by about it,
                // is the one left out.
                // Read only where a sentence could be missing by the lengths: loading the dictionary costs.
                var known: [Double?]?
                func coverages() -> [Double?] {
                    if let known { return known }
                    let found = sources.map { coverage(of: $0, in: target) }
                    known = found
                    return found
                }
                for index in sources.indices where share <= 1 - sentenceShare(index) + Self.slack {
                    let lacking = evidence(of: sources[index], in: target)
                    if !lacking.isEmpty && lacking.count == evidence(of: sources[index], in: "").count {
                        missing = index
                        absent = lacking
                        break
                    }
                    // No names or numbers to go by: the dictionary's links.
                    let all = coverages()
                    if let own = all[index], own <= Self.unrenderedCoverage,
                        all.indices.allSatisfy({
                            $0 == index || (all[$0] ?? 0) >= max(Self.renderedCoverage, own + 0.4)
                        })
                    {
                        missing = index
                        absent = lacking
                        break
                    }
                }
            }
            guard let missing else { return nil }
            let missingShare = (unmatched.isEmpty ? [missing] : unmatched).reduce(0.0) { $0 + sentenceShare($1) }
            guard share <= 1 - missingShare + Self.slack else { return nil }
            var message =
                "source sentence \(missing + 1) of \(sources.count) (“\(Self.excerpt(sources[missing]))”) seems to have "
                + "no counterpart in the target: the target is \(Int((share * 100).rounded()))% of the usual length"
            if !absent.isEmpty { message += "; not in the target: " + absent.joined(separator: ", ") }
            return (Finding(unitID: unit.id, severity: .warning, rule: "omission", message: message), absent)
        }
        let absent = evidence(of: unit.source, in: target)
        var message: String
        if let aligned = unit.targetSegmentCount, aligned >= 2, targets.count < aligned,
            share <= 1 - 1 / Double(aligned) + Self.partSlack
        {
            message =
                "part of the source seems untranslated: the aligned translation had \(aligned) sentences, the target "
                + "has \(targets.count) and is \(Int((share * 100).rounded()))% of the usual length"
        } else if share <= Self.partShare,
            !absent.isEmpty || (coverage(of: unit.source, in: target).map { $0 < Self.partCoverage } ?? false)
        {
            // A clause left out of a one-sentence source: its names or numbers are missing and the
            // target is little more than half as long as the document's translations usually are.
            message =
                "part of the source seems untranslated: the target is \(Int((share * 100).rounded()))% of the usual "
                + "length"
        } else {
            return nil
        }
        if !absent.isEmpty { message += "; not in the target: " + absent.joined(separator: ", ") }
        return (Finding(unitID: unit.id, severity: .warning, rule: "omission", message: message), absent)
    }

    /// What of `sentence` the target lacks: glossary names (by their preferred target form) and
    /// numbers.
    func evidence(of sentence: String, in target: String) -> [String] {
        var absent: [String] = []
        for use in usage.uses(of: usage.sourceMatches(in: sentence), in: target)
        where use.used.isEmpty && use.corrections.isEmpty {
            absent.append(use.preferred.text)
        }
        let numbers = Set(NumberScanner.numbers(in: target).map(\.value))
        for number in NumberScanner.numbers(in: sentence).map(\.value) where !numbers.contains(number) {
            absent.append(number)
        }
        return absent
    }

    static func excerpt(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        return words.count <= 8 ? sentence : words.prefix(8).joined(separator: " ") + " …"
    }
}

/// Sentence segmentation of one line of text: ICU's sentence boundaries, filtered and
/// completed by Dragoman's rules.
///
/// A line never holds a line break, so every line break is a boundary (headlines without a
/// full stop stand alone). Positions are UTF-16 offsets into the line.
struct LineSegmentation {
    typealias C = CodeUnitClass

    let units: UnsafeBufferPointer<UInt16>
    let rules: SegmentationRules
    /// Interiors of quotations that open and close on this line: no boundary inside.
    let quotations: [Range<Int>]
    /// Markup and layout that belong to no segment: tags, dot leaders with page numbers,
    /// decorative rules.
    let masks: [Range<Int>]

    var count: Int { units.count }

    init(units: UnsafeBufferPointer<UInt16>, rules: SegmentationRules) {
        self.units = units
        self.rules = rules
        quotations = Self.quotations(in: units)
        masks = Self.masks(in: units)
    }

    /// The trimmed ranges of the line's segments, in order.
    ///
    /// - Complexity: O(n) in the line length plus O(k log k) for k candidate boundaries.
    func segmentRanges(icuBoundaries: ArraySlice<Int32>) -> [Range<Int>] {
        var candidates: [(position: Int, fromICU: Bool)] = []
        candidates.reserveCapacity(icuBoundaries.count + 4)
        for boundary in icuBoundaries where Int(boundary) < count {
            candidates.append((Int(boundary), true))
        }
        var forced: [Int] = []
        var judged: [Int] = []
        insertedBoundaries(forced: &forced, judged: &judged)
        for mask in masks { forced.append(contentsOf: [mask.lowerBound, mask.upperBound]) }
        for position in forced { candidates.append((position, false)) }
        // Boundaries ICU misses but that must pass the same judgement as ICU's own.
        for position in judged { candidates.append((position, true)) }
        candidates.sort { $0.position < $1.position || ($0.position == $1.position && !$0.fromICU && $1.fromICU) }

        var boundaries: [Int] = [0]
        for candidate in candidates {
            let previous = boundaries[boundaries.count - 1]
            guard candidate.position > previous, candidate.position < count else { continue }
            if !candidate.fromICU {
                boundaries.append(candidate.position)
            } else if let position = acceptedBoundary(at: candidate.position, after: previous), position > previous {
                boundaries.append(position)
            }
        }
        boundaries.append(count)
        for index in boundaries.indices.dropFirst().dropLast() {
            if let end = footnoteMarkersEnd(from: boundaries[index]), end <= boundaries[index + 1] {
                boundaries[index] = end
            }
        }

        var ranges: [Range<Int>] = []
        for index in 0..<(boundaries.count - 1) {
            var start = boundaries[index]
            var end = boundaries[index + 1]
            if masks.contains(where: { $0.contains(start) }) { continue }
            while start < end && C.isSpace(units[start]) { start += 1 }
            while end > start && C.isSpace(units[end - 1]) { end -= 1 }
            if start < end { ranges.append(start..<end) }
        }
        return ranges
    }

    // MARK: Judging ICU's boundaries

    /// Where a boundary that ICU proposes at `position` really goes, or `nil` to drop it.
    private func acceptedBoundary(at position: Int, after previous: Int) -> Int? {
        var contentEnd = position
        while contentEnd > previous && C.isSpace(units[contentEnd - 1]) { contentEnd -= 1 }
        if (contentEnd..<position).contains(where: { C.isHardSeparator(units[$0]) }) { return position }

        if let span = quotations.first(where: { $0.lowerBound < position && position < $0.upperBound }),
            isBracket(span) || !isAttributed(span)
        {
            return nil
        }
        // A segment never ends with an opening bracket or quote ("martyr.[" + "1] The").
        if contentEnd > previous && isOpeningOnly(units[contentEnd - 1]) { return nil }

        var terminatorEnd = contentEnd
        while terminatorEnd > previous && C.isCloser(units[terminatorEnd - 1]) { terminatorEnd -= 1 }
        var terminatorStart = terminatorEnd
        while terminatorStart > previous && C.isTerminator(units[terminatorStart - 1]) { terminatorStart -= 1 }
        guard terminatorStart < terminatorEnd else { return position }

        // Footnote markers go with the sentence before them: the boundary moves past them later.
        if contentEnd < position && footnoteMarkersEnd(from: position) != nil { return position }
        let next = nextWord(from: position)
        let spaced = contentEnd < position
        let first = units[position]
        if first == 0x28 && isTrailingAside(from: position) { return nil }

        if !spaced {
            // "Yahoo!J", "!Xũ", "example.com/a.b", "3.50": no break without space, except a
            // full stop before a capital ("1,000.That"), which ICU already judged.
            if isInsideLink(at: contentEnd) { return nil }
            if !C.isFullStop(units[terminatorEnd - 1]) { return nil }
            if C.isLower(first) || C.isDigit(first) { return nil }
        }
        if next.isLowercase { return nil }
        if first == 0x2C || first == 0x3B || first == 0x3A { return nil }
        if isListMarker(previous..<terminatorEnd) { return nil }

        let terminatorLength = terminatorEnd - terminatorStart
        if terminatorLength == 1 && C.isFullStop(units[terminatorStart]) {
            return judgeFullStop(at: terminatorStart, boundary: position, next: next, segmentStart: previous)
        }
        if units[terminatorStart] == 0x2E || units[terminatorStart] == 0x2026,
            (terminatorStart..<terminatorEnd).allSatisfy({ units[$0] == 0x2E || units[$0] == 0x2026 })
        {
            // An ellipsis in brackets marks an omission ("stairways [...]"), not an end.
            if terminatorStart > 0 && (units[terminatorStart - 1] == 0x5B || units[terminatorStart - 1] == 0x28) {
                return nil
            }
        }
        return position
    }

    private func judgeFullStop(at dot: Int, boundary: Int, next: NextWord, segmentStart: Int) -> Int? {
        if let ellipsis = spacedEllipsis(endingAt: dot) {
            // ". . ." after a word-final full stop begins the next sentence ("compounds. . . .
            // The practice"); a free-standing ". . ." is a pause, ". . . ." a pause and an end.
            if ellipsis.attached { return next.isCapitalized ? ellipsis.firstDot + 1 : nil }
            return ellipsis.dots >= 4 ? boundary : nil
        }
        let word = abbreviationCandidate(endingAt: dot)
        guard !word.parts.isEmpty else { return boundary }

        let last = word.parts[word.parts.count - 1]
        // A capital letter on its own is a letter or an initial, never "c." (circa) or "v." (versus).
        let isCapitalLetter = word.parts.count == 1 && last.count == 1 && C.isUpper(units[last.lowerBound])
        for key in word.keys {
            if rules.prefixAbbreviations.contains(key) && !isCapitalLetter { return nil }
            if rules.numericAbbreviations.contains(key) {
                if boundary < count && C.isDigit(units[boundary]) { return nil }
            }
            if rules.finalAbbreviations.contains(key) {
                // "At 5 a.m. Mr. Smith went …": an introductory phrase is no sentence of its own.
                return isIntroductoryPhrase(segmentStart..<dot) ? nil : boundary
            }
            if rules.ambiguousAbbreviations.contains(key) { return next.isStarter(rules) ? boundary : nil }
        }
        let isInitial = last.count == 1 && C.isLetter(units[last.lowerBound])
        let isDottedAcronym =
            word.parts.count >= 2 && word.parts.allSatisfy { $0.count <= 2 && C.isLetter(units[$0.lowerBound]) }
        if isDottedAcronym { return next.isStarter(rules) ? boundary : nil }
        if isInitial {
            // A capital letter after a lower-case word is a one-letter word ending a sentence
            // ("He posted on X. Then he left."), when the next word begins one: a capital that
            // is no conjunction, or a conjunction followed by a subject or a number ("Then he",
            // "About 7.6 million"); not a conjunction before a symbol ("a vertex in X. If X = …").
            if C.isUpper(units[last.lowerBound]), followsLowercaseWord(last.lowerBound), next.isCapitalized {
                if !next.isStarter(rules) || next.isStrongStarter(rules) { return boundary }
                let after = wordAfter(next, from: boundary)
                return after.isStrongStarter(rules) || after.isNumber ? boundary : nil
            }
            // After an initial of a name ("Albert I. Jones", "Twitter X. The") only a word that
            // surely starts a sentence ends it ("you and I. Did you …").
            return next.isStrongStarter(rules) ? boundary : nil
        }
        if isOrdinal(number: last, boundary: boundary, next: next) { return nil }
        return boundary
    }

    /// Whether the word before `start` is written in lower case ("on X"), or a number.
    private func followsLowercaseWord(_ start: Int) -> Bool {
        var end = start
        while end > 0 && C.isSpace(units[end - 1]) { end -= 1 }
        guard end < start, end > 0 else { return false }
        var first = end
        while first > 0 && C.isLetterOrDigit(units[first - 1]) { first -= 1 }
        return first < end && (C.isLower(units[first]) || C.isDigit(units[first]))
    }

    /// The word after `word`, which begins the text at `boundary`.
    private func wordAfter(_ word: NextWord, from boundary: Int) -> NextWord {
        var index = boundary
        while index < count && C.isOpener(units[index]) { index += 1 }
        while index < count && C.isLetter(units[index]) { index += 1 }
        while index < count && C.isSpace(units[index]) { index += 1 }
        return index < count ? nextWord(from: index) : NextWord(text: nil, isLowercase: false, isCapitalized: false)
    }

    /// A few words opened by a preposition or conjunction ("At 5 a.m", "Um 9 Uhr"), which a
    /// sentence continues.
    private func isIntroductoryPhrase(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound && (C.isSpace(units[start]) || C.isOpener(units[start])) { start += 1 }
        var end = start
        while end < range.upperBound && C.isLetter(units[end]) { end += 1 }
        guard end > start, rules.clauseStarters.contains(string(start..<end).lowercased()) else { return false }
        var words = 0
        var inWord = false
        for index in range {
            let isSpace = C.isSpace(units[index])
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words <= 4
    }

    /// German ordinals and dates: "am 3. Oktober", "der 45. Präsident", "im 1. -3. Jahrhundert".
    private func isOrdinal(number piece: Range<Int>, boundary: Int, next: NextWord) -> Bool {
        guard !rules.ordinalContext.isEmpty else { return false }
        var number = piece
        while !number.isEmpty && C.isDash(units[number.lowerBound]) {
            number = (number.lowerBound + 1)..<number.upperBound
        }
        guard !number.isEmpty, number.count <= 3, number.allSatisfy({ C.isDigit(units[$0]) }) else { return false }
        if boundary < count && C.isDash(units[boundary]) { return true }
        // The second half of a range of ordinals ("im 1. -3. Jahrhundert", "1.–3. Klasse").
        var before = number.lowerBound
        if before > 0 && C.isDash(units[before - 1]) {
            before -= 1
            while before > 0 && C.isSpace(units[before - 1]) { before -= 1 }
            if before > 1 && units[before - 1] == 0x2E && C.isDigit(units[before - 2]) { return true }
        }
        if let word = next.text, rules.months.contains(word.lowercased()) { return true }
        var end = number.lowerBound
        while end > 0 && C.isSpace(units[end - 1]) { end -= 1 }
        var start = end
        while start > 0 && C.isLetter(units[start - 1]) { start -= 1 }
        guard start < end else { return false }
        let previous = string(start..<end)
        if rules.ordinalContext.contains(previous.lowercased()) { return true }
        // An inflected adjective before the number ("des späten 15. Jahrhunderts", "ihr
        // 60. Jubiläumsjahr"); sentence-final numbers follow nouns, verbs and prepositions.
        guard C.isLower(units[start]), previous.count >= 4, !rules.notOrdinalContext.contains(previous) else {
            return false
        }
        return rules.adjectiveEndings.contains { previous.hasSuffix($0) }
    }

    /// Where footnote markers end that follow a boundary at `position` ("Japanese. [2] He …",
    /// "in 2014. [17] [18]", "[citation needed]"): they belong to the sentence before them. Nil
    /// when what follows is no marker, or the markers run into lower-case text.
    private func footnoteMarkersEnd(from position: Int) -> Int? {
        var index = position
        var end: Int?
        while true {
            var start = index
            while start < count && C.isSpace(units[start]) { start += 1 }
            // Superscript note numbers ("40 Prozent. ¹ Die Methode").
            var superscript = start
            while superscript < count && Self.isSuperscriptDigit(units[superscript]) { superscript += 1 }
            if superscript > start {
                index = superscript
                end = index
                continue
            }
            guard start < count, units[start] == 0x5B else { break }
            var close = start + 1
            while close < count && close - start <= 40 && units[close] != 0x5D {
                let unit = units[close]
                guard C.isLetterOrDigit(unit) || unit == 0x20 || unit == 0x3F || unit == 0x2D else { return end }
                close += 1
            }
            guard close < count, units[close] == 0x5D, close > start + 1 else { break }
            index = close + 1
            end = index
        }
        guard let end else { return nil }
        var next = end
        while next < count && C.isSpace(units[next]) { next += 1 }
        if next < count && !(C.isUpper(units[next]) || C.isDigit(units[next]) || C.isOpener(units[next])) { return nil }
        return end
    }

    static func isSuperscriptDigit(_ unit: UInt16) -> Bool {
        unit == 0xB9 || unit == 0xB2 || unit == 0xB3 || (unit >= 0x2070 && unit <= 0x2079)
    }

    private func isBracket(_ span: Range<Int>) -> Bool {
        units[span.lowerBound] == 0x28 || units[span.lowerBound] == 0x5B
    }

    /// Whether a quotation continues into its attribution ("…“, sagte Selenskyj", "…,” Zelensky
    /// said", "…“ sagte er") or is announced by it after a colon ("Sie sagte: „…“"): the press
    /// quotes a speaker sentence by sentence, and each sentence
    /// is a segment, the attribution staying with the last. A quotation standing alone, or
    /// followed by a new sentence or a conjunction ("… The Queen!" and the gardeners…), stays
    /// whole, as dialogue in fiction is segmented.
    private func isAttributed(_ span: Range<Int>) -> Bool {
        // Announced by its speaker: "Sie sagte: „…“", "He said: "…"".
        var before = span.lowerBound
        while before > 0 && C.isSpace(units[before - 1]) { before -= 1 }
        if before > 0 && units[before - 1] == 0x3A { return true }
        var close = span.upperBound - 1
        while close > span.lowerBound && C.isCloser(units[close - 1]) { close -= 1 }
        if close > span.lowerBound && units[close - 1] == 0x2C { return true }
        var next = span.upperBound
        while next < count && C.isCloser(units[next]) { next += 1 }
        if next < count && units[next] == 0x2C { return true }
        while next < count && C.isSpace(units[next]) { next += 1 }
        guard next < count, C.isLower(units[next]) else { return false }
        let word = nextWord(from: next)
        return !word.isStarter(rules)
    }

    // MARK: Boundaries ICU does not propose

    /// Boundaries Dragoman adds: before bullets and enumerated list items, after a full stop
    /// glued to the next sentence ("world.Today"), after fullwidth stops.
    private func insertedBoundaries(forced positions: inout [Int], judged: inout [Int]) {
        var index = 0
        while index < count {
            let unit = units[index]
            if C.isASCIILower(unit) {
                index += 1
                continue
            }
            if C.isSpace(unit) {
                if index + 1 < count && !C.isSpace(units[index + 1]) {
                    var end = index
                    while end > 0 && C.isCloser(units[end - 1]) { end -= 1 }
                    let afterTerminator = end > 0 && C.isTerminator(units[end - 1])
                    let next = units[index + 1]
                    // A sentence that starts with a number ("… verboten hatte. 1856 brach …"), a
                    // dash ("What do you see? - Posted …") or follows an ellipsis character:
                    // ICU's rules do not break there.
                    if afterTerminator
                        && (C.isDigit(next) || isEllipsisEnd(before: index)
                            || (C.isDash(next) && index + 2 < count && C.isSpace(units[index + 2])))
                    {
                        judged.append(index + 1)
                    }
                    // Footnote markers after a full stop ("so. [citation needed] Then"): ICU reads
                    // the bracket as part of the sentence before.
                    if afterTerminator && (next == 0x5B || Self.isSuperscriptDigit(next)) { judged.append(index + 1) }
                    // A quotation broken off with a dash ("to--\" At this moment") ends there.
                    if end < index, end >= 1, C.isDash(units[end - 1]), C.isUpper(next) { judged.append(index + 1) }
                }
            } else if C.isBullet(unit) {
                if index > 0 && C.isSpace(units[index - 1]) { positions.append(index) }
            } else if unit == 0x2E || unit == 0x21 || unit == 0x3F {
                if let end = footnoteEnd(afterTerminator: index) {
                    positions.append(end)
                    index = end
                    continue
                }
                if unit == 0x2E, index > 1, index + 2 < count, C.isLower(units[index - 1]),
                    C.isLetter(units[index - 2]),
                    C.isUpper(units[index + 1]), C.isLower(units[index + 2]), !isInsideLink(at: index)
                {
                    positions.append(index + 1)
                }
            } else if C.isWideTerminator(unit) {
                var end = index + 1
                while end < count && (C.isCloser(units[end]) || C.isTerminator(units[end])) { end += 1 }
                if end < count && !C.isSpace(units[end]) { positions.append(end) }
                index = end
                continue
            }
            index += 1
        }
        positions.append(contentsOf: listItemBoundaries())
    }

    /// Whether the text before `position` ends in "…" and is followed by a capital.
    private func isEllipsisEnd(before position: Int) -> Bool {
        position > 0 && units[position - 1] == 0x2026 && position + 1 < count && C.isUpper(units[position + 1])
    }

    // MARK: Pieces of context

    struct SpacedEllipsis {
        var firstDot: Int
        var dots: Int
        /// The first dot follows a word directly ("compounds. . . .").
        var attached: Bool
    }

    /// A chain ". . ." of full stops separated by single spaces that ends at `dot`.
    private func spacedEllipsis(endingAt dot: Int) -> SpacedEllipsis? {
        var first = dot
        var dots = 1
        while first >= 2 && units[first - 1] == 0x20 && units[first - 2] == 0x2E {
            first -= 2
            dots += 1
        }
        guard dots >= 3 else { return nil }
        let attached = first > 0 && !C.isSpace(units[first - 1])
        return SpacedEllipsis(firstDot: first, dots: dots, attached: attached)
    }

    struct AbbreviationCandidate {
        /// The word pieces before the dot, first to last ("z", "B" for "z. B").
        var parts: [Range<Int>] = []
        /// Lookup keys, longest first: "z.b", "b".
        var keys: [String] = []
    }

    /// The word before the full stop at `dot`, with the short pieces of a multi-part
    /// abbreviation before it ("U.S", "z. B", "Dr. med").
    private func abbreviationCandidate(endingAt dot: Int) -> AbbreviationCandidate {
        var candidate = AbbreviationCandidate()
        var end = dot
        while candidate.parts.count < 4 {
            var start = end
            while start > 0 && isAbbreviationUnit(units[start - 1]) { start -= 1 }
            guard start < end else { break }
            candidate.parts.insert(start..<end, at: 0)
            // Continue into "x." or "x. " directly before, for short pieces only.
            if end - start > 4 || start < 2 { break }
            if units[start - 1] == 0x2E {
                end = start - 1
            } else if units[start - 1] == 0x20 && units[start - 2] == 0x2E && end - start <= 2 {
                end = start - 2
            } else {
                break
            }
            if end == 0 || !isAbbreviationUnit(units[end - 1]) { break }
        }
        guard let last = candidate.parts.last else { return candidate }
        // A piece glued to something else ("(Ind." is fine; "x10." or "%11." is not a word).
        let lastText = string(last)
        let pieces = candidate.parts.map { string($0).lowercased() }
        for first in pieces.indices {
            candidate.keys.append(pieces[first...].joined(separator: "."))
        }
        if lastText.isEmpty { candidate.parts = [] }
        return candidate
    }

    private func isAbbreviationUnit(_ unit: UInt16) -> Bool {
        C.isLetterOrDigit(unit) || unit == 0xB0 || unit == 0x27 || unit == 0x2019 || unit == 0x2D
    }

    /// Whether `position` lies in a URL, e-mail address or path ("Jane.Doe@example.com").
    func isInsideLink(at position: Int) -> Bool {
        var start = position
        while start > 0 && !C.isSpace(units[start - 1]) { start -= 1 }
        var end = position
        while end < count && !C.isSpace(units[end]) { end += 1 }
        let token = string(start..<end).lowercased()
        return token.contains("@") || token.contains("://") || token.hasPrefix("www.") || token.contains("http")
            || token.contains("/")
    }

    struct NextWord {
        var text: String?
        var isLowercase: Bool
        var isCapitalized: Bool
        var isNumber = false

        func isStrongStarter(_ rules: SegmentationRules) -> Bool {
            guard let text else { return false }
            return rules.sentenceStarters.contains(text.lowercased())
        }

        func isStarter(_ rules: SegmentationRules) -> Bool {
            guard let text else { return false }
            let word = text.lowercased()
            return rules.sentenceStarters.contains(word) || rules.clauseStarters.contains(word)
        }
    }

    /// The word that would begin the next segment, after opening quotes and brackets.
    private func nextWord(from position: Int) -> NextWord {
        var start = position
        while start < count && C.isOpener(units[start]) { start += 1 }
        var end = start
        while end < count && C.isLetter(units[end]) { end += 1 }
        guard start < count else { return NextWord(text: nil, isLowercase: false, isCapitalized: false) }
        let first = units[start]
        return NextWord(
            text: end > start ? string(start..<end) : nil, isLowercase: C.isLower(first),
            isCapitalized: C.isUpper(first), isNumber: C.isDigit(first))
    }

    func string(_ range: Range<Int>) -> String {
        String(utf16: UnsafeBufferPointer(rebasing: units[range]))
    }
}

extension LineSegmentation {
    // MARK: Quotations

    /// The quotations and brackets that open and close on the line, each as the range from
    /// its opening mark to its closing mark (inclusive). Handles German „…“ and ‚…‘, English “…” and
    /// ‘…’, guillemets in both directions, ``…'', and straight quotes, which pair only when they
    /// look like quotation marks (an apostrophe inside a word, "they'll", is none). A mark
    /// without a partner makes no span.
    ///
    /// - Complexity: O(n) in the line length.
    static func quotations(in units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        typealias C = CodeUnitClass
        var open: [(index: Int, closer: UInt16)] = []
        var spans: [Range<Int>] = []
        let count = units.count
        // Straight double quotes pair only when their count is even; counted at the first one.
        var straightDoubles: Int?
        func opensHere(_ index: Int) -> Bool {
            let before =
                index == 0 || C.isSpace(units[index - 1]) || C.isOpener(units[index - 1]) || C.isDash(units[index - 1])
            return before && index + 1 < count && !C.isSpace(units[index + 1])
        }
        func closesHere(_ index: Int) -> Bool {
            let after = index + 1 == count || !C.isLetterOrDigit(units[index + 1])
            return index > 0 && !C.isSpace(units[index - 1]) && after
        }
        func close(_ index: Int, _ mark: UInt16) -> Bool {
            guard let top = open.last, top.closer == mark else { return false }
            open.removeLast()
            spans.append(top.index..<(index + 1))
            return true
        }
        var brackets: [(index: Int, closer: UInt16)] = []
        for index in 0..<count {
            let unit = units[index]
            if C.isASCIILower(unit) { continue }
            switch unit {
            case 0x28: brackets.append((index, 0x29))
            case 0x5B: brackets.append((index, 0x5D))
            case 0x29, 0x5D:
                if let top = brackets.last, top.closer == unit {
                    brackets.removeLast()
                    spans.append(top.index..<(index + 1))
                }
            case 0x201E: open.append((index, 0x201C))  // „ … “
            case 0x201A: open.append((index, 0x2018))  // ‚ … ‘
            case 0x201C: if !close(index, unit) { open.append((index, 0x201D)) }  // “ … ”
            case 0x201D: _ = close(index, unit)
            case 0xAB: if !close(index, unit) { open.append((index, 0xBB)) }  // « … »
            case 0xBB: if !close(index, unit) { open.append((index, 0xAB)) }  // » … «
            case 0x2018: if !close(index, unit), opensHere(index) { open.append((index, 0x2019)) }
            case 0x60 where index + 1 < count && units[index + 1] == 0x60:
                open.append((index + 1, 0x60))  // ``…'' (TeX and treebank style)
            case 0x27 where index + 1 < count && units[index + 1] == 0x27:
                // '' closes ``…''; it is never a single quote of its own.
                if open.last?.closer == 0x60 {
                    let top = open.removeLast()
                    spans.append((top.index - 1)..<(index + 2))
                }
            case 0x27 where index > 0 && units[index - 1] == 0x27:
                continue
            case 0x2019, 0x27:
                let inWord =
                    index > 0 && index + 1 < count && C.isLetter(units[index - 1]) && C.isLetter(units[index + 1])
                if inWord { continue }
                if closesHere(index), close(index, unit) { continue }
                if unit == 0x27, opensHere(index) { open.append((index, 0x27)) }
            case 0x22:
                if straightDoubles == nil { straightDoubles = units.reduce(0) { $0 + ($1 == 0x22 ? 1 : 0) } }
                guard straightDoubles! % 2 == 0 else { continue }
                if open.last?.closer == 0x22 && closesHere(index) {
                    _ = close(index, unit)
                } else if opensHere(index) {
                    open.append((index, 0x22))
                }
            default: continue
            }
        }
        return spans
    }

    // MARK: Markup and layout

    /// Ranges that belong to no segment: HTML/XML tags, dot leaders with their page number
    /// at the end of a line ("About Me........5"), and decorative rules ("////////", "=====").
    ///
    /// - Complexity: O(n) in the line length.
    static func masks(in units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        typealias C = CodeUnitClass
        var masks: [Range<Int>] = []
        let count = units.count
        var index = 0
        while index < count {
            let unit = units[index]
            if C.isASCIILower(unit) {
                index += 1
                continue
            }
            if unit == 0x3C, let end = tagEnd(in: units, from: index) {
                // An inline code of XLIFF or TMX (<bpt>…</bpt>) holds the native markup it stands
                // for, no text: the whole element belongs to no segment.
                let elementEnd = inlineCodeEnd(in: units, tag: index..<end) ?? end
                masks.append(index..<elementEnd)
                index = elementEnd
                continue
            }
            // Line breaks written out as escapes ("Hello World. \\r\\n Hello."), as text copied
            // from source code or JSON has them.
            if unit == 0x5C, let end = escapedLineBreakEnd(in: units, from: index) {
                masks.append(index..<end)
                index = end
                continue
            }
            if unit == 0x2E || unit == 0x2026 || isRuleCharacter(unit) {
                var end = index
                while end < count && units[end] == unit { end += 1 }
                let run = end - index
                if (unit == 0x2E && run >= 4) || (unit == 0x2026 && run >= 2) {
                    var tail = end
                    while tail < count && C.isSpace(units[tail]) { tail += 1 }
                    var digits = tail
                    while digits < count && isPageNumberUnit(units[digits]) && digits - tail < 9 { digits += 1 }
                    var rest = digits
                    while rest < count && C.isSpace(units[rest]) { rest += 1 }
                    if rest == count && (digits > tail || index > 0 && !C.isSpace(units[index - 1])) && tail < count
                        || rest == count && digits > tail
                    {
                        masks.append(index..<count)
                        return masks
                    }
                } else if isRuleCharacter(unit) && run >= 5 {
                    masks.append(index..<end)
                }
                index = end
                continue
            }
            index += 1
        }
        return masks
    }

    /// Digits, roman numerals and range dashes of a page reference ("5", "xii", "16-17").
    private static func isPageNumberUnit(_ unit: UInt16) -> Bool {
        CodeUnitClass.isDigit(unit) || CodeUnitClass.isDash(unit) || [0x69, 0x76, 0x78].contains(unit | 0x20)
    }

    private static func isRuleCharacter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2F, 0x3D, 0x2A, 0x5F, 0x23, 0x7E, 0x2B, 0x2D, 0x2500, 0x2550: return true
        default: return false
        }
    }

    /// The end of the inline-code element (`bpt`, `ept`, `ph`, `it`) whose start tag is `tag`.
    private static func inlineCodeEnd(in units: UnsafeBufferPointer<UInt16>, tag: Range<Int>) -> Int? {
        let name = String(
            decoding: UnsafeBufferPointer(rebasing: units[(tag.lowerBound + 1)..<tag.upperBound]), as: UTF16.self
        ).prefix { $0.isLetter }
        guard ["bpt", "ept", "ph", "it"].contains(name), units[tag.upperBound - 2] != 0x2F else { return nil }
        let closing = Array("</\(name)>".utf16)
        var index = tag.upperBound
        while index + closing.count <= units.count && index - tag.upperBound < 1000 {
            if units[index] == 0x3C && Array(units[index..<(index + closing.count)]) == closing {
                return index + closing.count
            }
            index += 1
        }
        return nil
    }

    /// The end of a token made only of written-out line breaks (`\\n`, `\\r\\n`) standing alone.
    private static func escapedLineBreakEnd(in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
        guard start == 0 || CodeUnitClass.isSpace(units[start - 1]) else { return nil }
        var index = start
        while index + 1 < units.count && units[index] == 0x5C && (units[index + 1] == 0x6E || units[index + 1] == 0x72)
        {
            index += 2
        }
        guard index > start, index == units.count || CodeUnitClass.isSpace(units[index]) else { return nil }
        return index
    }

    /// The end of a markup tag starting at `start` ("<p>", "</div>", "<img src=…>", "<!-- … -->").
    private static func tagEnd(in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
        var index = start + 1
        guard index < units.count else { return nil }
        if units[index] == 0x2F || units[index] == 0x21 { index += 1 }
        guard index < units.count, units[index] < 0x80, CodeUnitClass.isLetter(units[index]) || units[index] == 0x2D
        else {
            return nil
        }
        while index < units.count && index - start < 1000 {
            if units[index] == 0x3C { return nil }
            if units[index] == 0x3E { return index + 1 }
            index += 1
        }
        return nil
    }

    // MARK: Small judgements

    /// Opening brackets and quotes that never end a segment.
    func isOpeningOnly(_ unit: UInt16) -> Bool {
        unit == 0x28 || unit == 0x5B || unit == 0x7B || unit == 0x201E || unit == 0x201A || unit == 0xBF || unit == 0xA1
    }

    /// Whether a parenthesis opening at `start` closes a remark that ends the line ("…
    /// house!' (Which was very likely true.)"): such an aside stays with its sentence.
    func isTrailingAside(from start: Int) -> Bool {
        var depth = 0
        var index = start
        while index < count && index - start < 400 {
            if units[index] == 0x28 { depth += 1 }
            if units[index] == 0x29 {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < count, depth == 0 else { return false }
        index += 1
        while index < count && (C.isTerminator(units[index]) || C.isCloser(units[index]) || C.isSpace(units[index])) {
            index += 1
        }
        return index == count
    }

    /// The end of a footnote reference right after a sentence's full stop ("martyr.[1] The",
    /// "consultation.11 12 Take", "(type 2).10 This"), when a capitalised sentence follows.
    func footnoteEnd(afterTerminator terminator: Int) -> Int? {
        guard terminator > 0, C.isLetter(units[terminator - 1]) || units[terminator - 1] == 0x29 else { return nil }
        var index = terminator + 1
        var end = index
        if index < count && units[index] == 0x5B {
            while index < count && units[index] == 0x5B {
                var digit = index + 1
                while digit < count && C.isDigit(units[digit]) && digit - index <= 3 { digit += 1 }
                guard digit > index + 1, digit < count, units[digit] == 0x5D else { break }
                index = digit + 1
                end = index
            }
        } else {
            while true {
                var digit = index
                while digit < count && C.isDigit(units[digit]) && digit - index < 3 { digit += 1 }
                guard digit > index, digit == count || !C.isDigit(units[digit]) else { break }
                end = digit
                guard digit + 1 < count, units[digit] == 0x20, C.isDigit(units[digit + 1]) else { break }
                index = digit + 1
            }
            if end > terminator + 1 && units[terminator - 1] != 0x29 {
                // Not after an abbreviation that takes a number ("Abs.2 Satz 1").
                var wordStart = terminator
                while wordStart > 0 && C.isLetter(units[wordStart - 1]) { wordStart -= 1 }
                let word = String(
                    decoding: UnsafeBufferPointer(rebasing: units[wordStart..<terminator]), as: UTF16.self)
                let key = word.lowercased()
                if word.count < 3 || rules.numericAbbreviations.contains(key) || rules.prefixAbbreviations.contains(key)
                    || rules.ambiguousAbbreviations.contains(key)
                {
                    return nil
                }
            }
        }
        guard end > terminator + 1, end + 1 < count, C.isSpace(units[end]) else { return nil }
        var next = end + 1
        while next < count && C.isOpener(units[next]) { next += 1 }
        guard next < count, C.isUpper(units[next]) else { return nil }
        return end
    }
}

extension LineSegmentation {
    // MARK: Enumerations and bullets

    /// Starts of enumerated items run together on one line ("1. The first item 2. The second
    /// item", "a) here b) there"): a run of consecutive markers that begins at the start of
    /// the line or after a sentence end.
    func listItemBoundaries() -> [Int] {
        var markers: [ListMarker] = []
        var index = 0
        while index < count {
            if mayStartListMarker(at: index), index == 0 || C.isSpace(units[index - 1]) || C.isBullet(units[index - 1]),
                let marker = listMarker(at: index)
            {
                markers.append(marker)
                index = marker.end
            } else {
                index += 1
            }
        }
        guard markers.count >= 2 else { return [] }

        var positions: [Int] = []
        var used = Set<Int>()
        for (offset, start) in markers.enumerated() where !used.contains(offset) && startsItemRun(start) {
            var run = [start]
            var expected = start.value + 1
            for candidate in markers[(offset + 1)...]
            where candidate.style == start.style && candidate.value == expected {
                run.append(candidate)
                expected += 1
            }
            guard run.count >= 2 else { continue }
            for (member, marker) in run.enumerated() {
                if member > 0 || !isLineStart(marker.start) { positions.append(itemStart(of: marker)) }
                if let found = markers.firstIndex(where: { $0.start == marker.start }) { used.insert(found) }
            }
        }
        return positions
    }

    /// Where the item of `marker` starts: at its bullet when it has one ("• 10.").
    func itemStart(of marker: ListMarker) -> Int {
        var start = marker.start
        while start > 0 && (C.isSpace(units[start - 1]) || C.isBullet(units[start - 1])) { start -= 1 }
        while start < marker.start && C.isSpace(units[start]) { start += 1 }
        return start
    }

    func startsItemRun(_ marker: ListMarker) -> Bool {
        var before = marker.start
        while before > 0 && (C.isSpace(units[before - 1]) || C.isBullet(units[before - 1])) { before -= 1 }
        if before == 0 { return true }
        var end = before
        while end > 0 && C.isCloser(units[end - 1]) { end -= 1 }
        return end > 0 && C.isTerminator(units[end - 1])
    }

    func isLineStart(_ position: Int) -> Bool {
        (0..<position).allSatisfy { C.isSpace(units[$0]) || C.isBullet(units[$0]) }
    }

    struct ListMarker {
        enum Alphabet { case digit, lower, upper }
        var start: Int
        var end: Int
        var style: Style
        var value: Int

        struct Style: Equatable {
            var alphabet: Alphabet
            var opening: Bool
            var closing: [UInt16]
        }
    }

    /// A cheap test that rules out most positions before ``listMarker(at:)`` looks closer.
    @inline(__always)
    func mayStartListMarker(at index: Int) -> Bool {
        let unit = units[index]
        if (unit >= 0x30 && unit <= 0x39) || unit == 0x28 { return true }
        guard unit < 0x80, index + 1 < count else { return false }
        let next = units[index + 1]
        return (next == 0x2E || next == 0x29) && C.isLetter(unit)
    }

    /// A list marker at `start` followed by a space: "1.", "1.)", "1)", "a.", "(b)", "iv)".
    func listMarker(at start: Int) -> ListMarker? {
        // Fast rejection of ordinary words: a marker's body is one letter or a few digits.
        if start + 1 < count && C.isLetter(units[start]) && units[start + 1] != 0x2E && units[start + 1] != 0x29 {
            return nil
        }
        var index = start
        let opening = units[index] == 0x28
        if opening { index += 1 }
        let bodyStart = index
        while index < count && C.isDigit(units[index]) && index - bodyStart < 3 { index += 1 }
        var alphabet = ListMarker.Alphabet.digit
        var value = 0
        if index > bodyStart {
            if index < count && C.isDigit(units[index]) { return nil }
            value = Int(string(bodyStart..<index)) ?? 0
        } else if index < count, units[index] < 0x80, C.isLetter(units[index]) {
            alphabet = C.isUpper(units[index]) ? .upper : .lower
            value = Int(units[index] | 0x20) - 0x60
            index += 1
        } else {
            return nil
        }
        var closing: [UInt16] = []
        while index < count && (units[index] == 0x2E || units[index] == 0x29) && closing.count < 2 {
            closing.append(units[index])
            index += 1
        }
        guard !closing.isEmpty, closing != [0x29, 0x2E], index < count, C.isSpace(units[index]) else { return nil }
        if opening && closing != [0x29] { return nil }
        return ListMarker(
            start: start, end: index, style: .init(alphabet: alphabet, opening: opening, closing: closing), value: value
        )
    }

    /// Whether `range` (after leading space and bullets) holds only a list marker or a lone
    /// letter with a full stop ("1.", "2.)", "(a)", "Q."): not a sentence of its own.
    func isListMarker(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound && (C.isSpace(units[start]) || C.isBullet(units[start])) { start += 1 }
        var end = range.upperBound
        while end > start && C.isSpace(units[end - 1]) { end -= 1 }
        guard start < end, end - start <= 6 else { return false }
        var index = start
        if units[index] == 0x28 { index += 1 }
        let body = index
        while index < end && C.isLetterOrDigit(units[index]) { index += 1 }
        guard index > body, index - body <= 4, index < end else { return false }
        if index - body > 1 && !(body..<index).allSatisfy({ C.isDigit(units[$0]) || isRomanDigit(units[$0]) }) {
            return false
        }
        return (index..<end).allSatisfy { units[$0] == 0x2E || units[$0] == 0x29 }
    }

    func isRomanDigit(_ unit: UInt16) -> Bool {
        switch unit | 0x20 {
        case 0x69, 0x76, 0x78: return true  // i v x
        default: return false
        }
    }
}

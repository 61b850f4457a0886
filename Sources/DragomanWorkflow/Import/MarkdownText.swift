/// The visible text of a Markdown file (CommonMark's common constructs): headings, emphasis,
/// code markers, link and image syntax, list and quote markers, rules and HTML tags are left
/// out; fenced code blocks are skipped; lines of one paragraph are joined with a space, so
/// that a sentence wrapped over two lines stays one segment.
enum MarkdownText {
    static func visible(_ original: [Unicode.Scalar]) -> VisibleText {
        var visible = VisibleText()
        var lineStart = 0
        var inFence = false
        var inParagraph = false
        while lineStart < original.count {
            var lineEnd = lineStart
            while lineEnd < original.count && original[lineEnd] != "\n" && original[lineEnd] != "\r" { lineEnd += 1 }
            var next = lineEnd
            if next < original.count && original[next] == "\r" { next += 1 }
            if next < original.count && original[next] == "\n" { next += 1 }
            if next == lineEnd { next = lineEnd + 1 }
            let line = Array(original[lineStart..<lineEnd])
            let trimmed = String(String.UnicodeScalarView(line)).trimmingWhitespace
            defer { lineStart = next }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                visible.breakLine(at: lineStart)
                inParagraph = false
                continue
            }
            if inFence { continue }
            if trimmed.isEmpty || isRule(trimmed) || isLinkDefinition(trimmed) || isSetextUnderline(trimmed) {
                visible.breakLine(at: lineStart)
                inParagraph = false
                continue
            }
            var position = 0
            while position < line.count && line[position] == " " { position += 1 }
            var blockStart = false
            // Block quote markers, then a heading or list marker.
            while position < line.count && line[position] == ">" {
                position += 1
                if position < line.count && line[position] == " " { position += 1 }
                blockStart = true
            }
            if let end = headingMarkerEnd(line, from: position) {
                position = end
                visible.breakLine(at: lineStart + position)
                inParagraph = false
                inline(line, from: position, to: headingContentEnd(line), offset: lineStart, into: &visible)
                visible.breakLine(at: lineEnd)
                continue
            }
            if let end = listMarkerEnd(line, from: position) {
                position = end
                blockStart = true
            }
            if blockStart || !inParagraph {
                visible.breakLine(at: lineStart + position)
            } else {
                visible.space(at: lineStart)
            }
            inParagraph = true
            inline(line, from: position, to: line.count, offset: lineStart, into: &visible)
        }
        visible.breakLine(at: original.count)
        return visible
    }

    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isSetextUnderline(_ line: String) -> Bool { !line.isEmpty && line.allSatisfy { $0 == "=" } }

    private static func isLinkDefinition(_ line: String) -> Bool {
        line.hasPrefix("[") && line.contains("]:")
    }

    private static func headingMarkerEnd(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        while position < line.count && line[position] == "#" { position += 1 }
        let level = position - start
        guard (1...6).contains(level), position == line.count || line[position] == " " else { return nil }
        while position < line.count && line[position] == " " { position += 1 }
        return position
    }

    /// A heading's content ends before an optional closing run of `#`.
    private static func headingContentEnd(_ line: [Unicode.Scalar]) -> Int {
        var end = line.count
        while end > 0 && line[end - 1] == " " { end -= 1 }
        var hashes = end
        while hashes > 0 && line[hashes - 1] == "#" { hashes -= 1 }
        return hashes < end && (hashes == 0 || line[hashes - 1] == " ") ? hashes : end
    }

    private static func listMarkerEnd(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < line.count else { return nil }
        if "-*+".unicodeScalars.contains(line[start]), start + 1 < line.count, line[start + 1] == " " {
            return start + 2
        }
        var position = start
        while position < line.count && position - start < 9 && line[position].properties.numericType != nil
            && line[position].isASCII
        {
            position += 1
        }
        if position > start, position + 1 < line.count, line[position] == "." || line[position] == ")",
            line[position + 1] == " "
        {
            return position + 2
        }
        return nil
    }

    /// Where each bracket, parenthesis and angle bracket of a line leads, found in one pass each,
    /// so that inline parsing is linear whatever the line holds (180,000 unmatched `[` included).
    struct LineIndex {
        /// For each `[`, its matching `]` (nested pairs counted).
        var closingBracket: [Int: Int] = [:]
        /// The first position at or after each index holding `)`, `]` and `>` (or the line's end).
        var nextParenthesis: [Int]
        var nextBracket: [Int]
        var nextAngle: [Int]

        init(_ line: [Unicode.Scalar], end: Int) {
            var open: [Int] = []
            for index in 0..<end {
                if line[index] == "[" { open.append(index) }
                if line[index] == "]", let start = open.popLast() { closingBracket[start] = index }
            }
            func next(_ scalar: Unicode.Scalar) -> [Int] {
                var result = [Int](repeating: end, count: end + 1)
                var index = end - 1
                while index >= 0 {
                    result[index] = line[index] == scalar ? index : result[index + 1]
                    index -= 1
                }
                return result
            }
            nextParenthesis = next(")")
            nextBracket = next("]")
            nextAngle = next(">")
        }

        /// After `]`: `(destination)` or `[reference]`; returns the position after it.
        func destinationEnd(_ line: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
            guard start + 1 < end else { return nil }
            let close: Int
            switch line[start] {
            case "(": close = nextParenthesis[start + 1]
            case "[": close = nextBracket[start + 1]
            default: return nil
            }
            return close < end ? close + 1 : nil
        }
    }

    /// Inline content: emphasis and code markers dropped, `[text](url)` kept as text,
    /// images and autolinks and HTML tags dropped, backslash escapes resolved. Without recursion:
    /// a link's text is read in place, and the destination skipped when its `]` is reached.
    private static func inline(
        _ line: [Unicode.Scalar], from start: Int, to end: Int, offset: Int, into visible: inout VisibleText
    ) {
        let index = LineIndex(line, end: end)
        // The `]` of each open link whose text is being read, innermost last, with where to go on.
        var linkEnds: [(close: Int, after: Int)] = []
        var position = start
        while position < end {
            if let link = linkEnds.last, link.close == position {
                linkEnds.removeLast()
                position = link.after
                continue
            }
            // Inside a link's text, nothing reaches past its `]`.
            let limit = linkEnds.last?.close ?? end
            let scalar = line[position]
            switch scalar {
            case "\\"
            where position + 1 < limit && line[position + 1].properties.isASCIIHexDigit == false
                && line[position + 1].isASCII && !line[position + 1].properties.isAlphabetic:
                visible.append(line[position + 1], from: (offset + position)..<(offset + position + 2))
                position += 2
            case "*", "`":
                position += 1
            case "_":
                // Intra-word underscores are text (snake_case), flanking ones are emphasis.
                let before = position > start ? line[position - 1] : " "
                let after = position + 1 < limit ? line[position + 1] : " "
                if before.properties.isAlphabetic && after.properties.isAlphabetic {
                    visible.append("_", at: offset + position)
                }
                position += 1
            case "!" where position + 1 < limit && line[position + 1] == "[":
                if let close = index.closingBracket[position + 1],
                    let after = index.destinationEnd(line, from: close + 1, end: limit)
                {
                    position = after
                } else {
                    visible.append(scalar, at: offset + position)
                    position += 1
                }
            case "[":
                if let close = index.closingBracket[position],
                    let after = index.destinationEnd(line, from: close + 1, end: limit)
                {
                    linkEnds.append((close, after))
                } else {
                    visible.append(scalar, at: offset + position)
                }
                position += 1
            case "<":
                let close = index.nextAngle[position]
                if close < limit, close > position + 1,
                    line[position + 1].properties.isAlphabetic || line[position + 1] == "/"
                        || line[position + 1] == "!"
                {
                    position = close + 1
                } else {
                    visible.append(scalar, at: offset + position)
                    position += 1
                }
            default:
                visible.append(scalar, at: offset + position)
                position += 1
            }
        }
    }
}

/// The visible text of an HTML page: tags left out, block elements as line breaks, white
/// space collapsed, character references decoded, and the head, scripts, styles, templates
/// and comments skipped.
enum HTMLText {
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
        "table", "blockquote", "section", "article", "header", "footer", "figcaption", "figure", "hr", "main",
        "aside", "nav", "pre", "address", "caption", "body", "html",
    ]
    static let skippedElements: Set<String> = ["head", "script", "style", "template", "noscript", "svg"]

    static func visible(_ original: [Unicode.Scalar]) -> VisibleText {
        var visible = VisibleText()
        var position = 0
        let count = original.count
        while position < count {
            let scalar = original[position]
            if scalar == "<" {
                if matches(original, at: position, "<!--") {
                    position = find(original, "-->", from: position + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard let close = tagEnd(original, from: position) else {
                    visible.append(scalar, at: position)
                    position += 1
                    continue
                }
                let name = tagName(original, from: position + 1, to: close)
                let isClosing = position + 1 < count && original[position + 1] == "/"
                if !isClosing, skippedElements.contains(name) {
                    position =
                        find(original, "</\(name)", from: close + 1, caseInsensitive: true)
                        .flatMap { tagEnd(original, from: $0) }.map { $0 + 1 } ?? count
                    continue
                }
                if blockElements.contains(name) { visible.breakLine(at: position) }
                position = close + 1
                continue
            }
            if scalar == "&", let (decoded, end) = reference(original, at: position) {
                if decoded.properties.isWhitespace && decoded != "\u{A0}" {
                    visible.space(at: position)
                } else {
                    visible.append(decoded, from: position..<end)
                }
                position = end
                continue
            }
            if scalar.properties.isWhitespace {
                visible.space(at: position)
            } else {
                visible.append(scalar, at: position)
            }
            position += 1
        }
        visible.breakLine(at: count)
        return visible
    }

    private static func matches(
        _ text: [Unicode.Scalar], at position: Int, _ literal: String, caseInsensitive: Bool = false
    ) -> Bool {
        let wanted = Array(literal.unicodeScalars)
        guard position + wanted.count <= text.count else { return false }
        for (offset, scalar) in wanted.enumerated() {
            let found = text[position + offset]
            if found == scalar { continue }
            if caseInsensitive, found.properties.lowercaseMapping == String(scalar) { continue }
            return false
        }
        return true
    }

    private static func find(
        _ text: [Unicode.Scalar], _ literal: String, from start: Int, caseInsensitive: Bool = false
    ) -> Int? {
        var position = start
        while position < text.count {
            if matches(text, at: position, literal, caseInsensitive: caseInsensitive) { return position }
            position += 1
        }
        return nil
    }

    /// The `>` that ends a tag starting at `start`, skipping quoted attribute values.
    private static func tagEnd(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < text.count else { return nil }
        let first = text[start + 1]
        guard first.properties.isAlphabetic || first == "/" || first == "!" || first == "?" else { return nil }
        var quote: Unicode.Scalar?
        var position = start + 1
        while position < text.count {
            let scalar = text[position]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return position
            }
            position += 1
        }
        return nil
    }

    private static func tagName(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var position = start
        if position < end && text[position] == "/" { position += 1 }
        var name = ""
        while position < end, text[position].properties.isAlphabetic || text[position].properties.numericType != nil {
            name += text[position].properties.lowercaseMapping
            position += 1
        }
        return name
    }

    /// A character reference at `position` (`&amp;`, `&#228;`, `&#xE4;`, `&bdquo;`…) and the
    /// position after it; nil for a lone ampersand or an unknown name, which stay text.
    private static func reference(_ text: [Unicode.Scalar], at position: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = text[position..<min(text.count, position + 12)].firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(text[(position + 1)..<semicolon]))
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            guard let value = UInt32(body.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) else {
                return nil
            }
            return (scalar, semicolon + 1)
        }
        if body.hasPrefix("#") {
            guard let value = UInt32(body.dropFirst()), let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, semicolon + 1)
        }
        guard let scalar = namedReferences[body] else { return nil }
        return (scalar, semicolon + 1)
    }

    /// The named references news pages use; others are left as written.
    static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "iacute": "í", "uacute": "ú",
        "ntilde": "ñ", "ccedil": "ç", "Eacute": "É", "ndash": "–", "mdash": "—", "hellip": "…", "bdquo": "„",
        "ldquo": "“", "rdquo": "”", "sbquo": "‚", "lsquo": "‘", "rsquo": "’", "laquo": "«", "raquo": "»",
        "euro": "€", "copy": "©", "deg": "°", "middot": "·", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}",
    ]
}

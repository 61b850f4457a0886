import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small element tree parsed from an untrusted XML file.
///
/// Safe by construction: no external entity or DTD is ever fetched (a DOCTYPE may name one;
/// it is ignored), entity declarations are refused outright, so no entity can expand, and the
/// input size is bounded. Errors name the file, line and column.
package struct SafeXMLDocument {
    package final class Element {
        package let name: String
        package let attributes: [String: String]
        package var children: [Element] = []
        package var text = ""
        /// Text and child elements in document order, for mixed content.
        package var content: [Content] = []
        package let line: Int

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        package func children(named name: String) -> [Element] { children.filter { $0.name == name } }
        package func first(_ name: String) -> Element? { children.first { $0.name == name } }
        /// The text of the element in document order, leaving out the content of elements
        /// named in `skipping` (inline codes of TMX and XLIFF).
        package func text(skipping: Set<String>) -> String {
            var result = ""
            for piece in content {
                switch piece {
                case .text(let string): result += string
                case .element(let child) where !skipping.contains(child.name): result += child.text(skipping: skipping)
                case .element: break
                }
            }
            return result
        }

        /// The element's text with its descendants', white space collapsed.
        package var allText: String {
            if children.isEmpty && Self.isCollapsed(text) { return text }
            let joined = ([text] + children.map(\.allText)).joined(separator: " ")
            return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        /// Whether `text` has no white space to collapse: no line breaks or tabs, no space at
        /// either end or next to another, and none of the bytes that start a non-ASCII space.
        /// Most terms and notes are such, and skip the slower collapsing.
        private static func isCollapsed(_ text: String) -> Bool {
            var previous: UInt8 = 0x20
            for byte in text.utf8 {
                switch byte {
                case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3: return false
                case 0x20 where previous == 0x20: return false
                default: previous = byte
                }
            }
            return previous != 0x20 || text.isEmpty
        }
    }

    package enum Content {
        case text(String)
        case element(Element)
    }

    package static let maximumBytes = 64 << 20

    /// libxml2's codes (xmlParserErrors) for the problems people meet in hand-edited files.
    static let libxml2Problems: [Int: String] = [
        4: "empty document", 5: "extra content or unfinished document", 9: "invalid character",
        23: "'&' or '<' not allowed here", 26: "undeclared entity", 27: "undeclared entity",
        38: "unfinished attribute value",
        39: "attribute without value", 41: "attribute without '='", 65: "missing space between attributes",
        68: "name expected", 73: "'>' expected", 76: "closing tag does not match the opening tag",
        77: "unfinished element", 201: "undefined namespace prefix",
    ]

    package let root: Element

    /// - Parameter kind: what the file is, for messages ("glossary files", "TMX files").
    package init(data: Data, file: String, kind: String = "XML files") throws {
        guard data.count <= Self.maximumBytes else {
            throw FileFormatError(
                file: file,
                problem: "file of \(data.count) bytes is larger than the limit of \(Self.maximumBytes) bytes")
        }
        // Refuse entity declarations before the parser sees them: nothing to expand, nothing to fetch.
        if let declaration = data.range(of: Data("<!ENTITY".utf8)) {
            let line = data[..<declaration.lowerBound].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw FileFormatError(
                file: file, line: line, problem: "entity declarations are not accepted in \(kind)")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder(parser: parser)
        parser.delegate = builder
        // The parser may recover from some errors and still report success: any reported error,
        // or elements left open, make the file invalid.
        guard parser.parse(), builder.error == nil, builder.stack.isEmpty, let root = builder.root else {
            let error = builder.error ?? parser.parserError
            let code = (error as NSError?)?.code ?? 0
            let reason = Self.libxml2Problems[code].map { "\($0) (libxml2 error \(code))" } ?? "libxml2 error \(code)"
            let problem =
                builder.error == nil && !builder.stack.isEmpty
                ? "invalid XML: <\(builder.stack.last!.name)> is never closed" : "invalid XML: \(reason)"
            throw FileFormatError(
                file: file, line: builder.errorLine ?? parser.lineNumber,
                column: builder.errorColumn ?? parser.columnNumber,
                problem: problem)
        }
        self.root = root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var stack: [Element] = []
        var root: Element?
        var error: Error?
        var errorLine: Int?
        var errorColumn: Int?

        init(parser: XMLParser) { self.parser = parser }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: name, attributes: attributes, line: parser.lineNumber)
            stack.last?.children.append(element)
            stack.last?.content.append(.element(element))
            if stack.isEmpty { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
            if case .text(let previous) = stack.last?.content.last {
                stack.last?.content[stack.last!.content.count - 1] = .text(previous + string)
            } else {
                stack.last?.content.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil {
                error = parseError
                errorLine = parser.lineNumber
                errorColumn = parser.columnNumber
            }
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            error = NSError(domain: "Dragoman", code: 1, userInfo: [NSLocalizedDescriptionKey: "entity declaration"])
            parser.abortParsing()
        }
    }
}

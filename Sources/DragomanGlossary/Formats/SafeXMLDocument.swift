import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small element tree parsed from an untrusted XML file.
///
/// Safe by construction: no external entity or DTD is ever fetched (a DOCTYPE may name one;
/// it is ignored), entity declarations are refused outright, so no entity can expand, and the
/// input size is bounded. Errors name the file, line and column.
struct SafeXMLDocument {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        let line: Int

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        func children(named name: String) -> [Element] { children.filter { $0.name == name } }
        func first(_ name: String) -> Element? { children.first { $0.name == name } }
        /// The element's text with its descendants', white space collapsed.
        var allText: String {
            let joined = ([text] + children.map(\.allText)).joined(separator: " ")
            return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    static let maximumBytes = 64 << 20

    let root: Element

    init(data: Data, file: String) throws {
        guard data.count <= Self.maximumBytes else {
            throw GlossaryFormatError(
                file: file,
                problem: "file of \(data.count) bytes is larger than the limit of \(Self.maximumBytes) bytes")
        }
        // Refuse entity declarations before the parser sees them: nothing to expand, nothing to fetch.
        if let declaration = data.range(of: Data("<!ENTITY".utf8)) {
            let line = data[..<declaration.lowerBound].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw GlossaryFormatError(
                file: file, line: line, problem: "entity declarations are not accepted in glossary files")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder(parser: parser)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let error = builder.error ?? parser.parserError
            let reason = (error as NSError?)?.localizedDescription ?? "not well-formed XML"
            throw GlossaryFormatError(
                file: file, line: parser.lineNumber, column: parser.columnNumber, problem: "invalid XML: \(reason)")
        }
        self.root = root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var stack: [Element] = []
        var root: Element?
        var error: Error?

        init(parser: XMLParser) { self.parser = parser }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: name, attributes: attributes, line: parser.lineNumber)
            stack.last?.children.append(element)
            if stack.isEmpty { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            error = parseError
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            error = NSError(domain: "Dragoman", code: 1, userInfo: [NSLocalizedDescriptionKey: "entity declaration"])
            parser.abortParsing()
        }
    }
}

enum XMLText {
    /// `text` escaped for element content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

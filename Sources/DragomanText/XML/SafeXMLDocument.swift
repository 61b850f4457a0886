import CLibXML2
import Foundation

/// A small element tree parsed from an untrusted XML file, through libxml2's streaming reader.
///
/// Safe by construction: nothing is fetched (no network, no DTD loading), entity declarations
/// and references are refused whatever the file's encoding, so no entity can expand; the input
/// size and the nesting depth are bounded. Any bytes give a tree or a ``FileFormatError``
/// naming the file, line and column and the problem in words, never a trap (Foundation's
/// `XMLParser` traps on an invalid UTF-8 byte in a name).
///
/// The tree is flat (nodes in arrays, children by index): building it, walking it and freeing
/// it use no recursion, whatever the depth.
package struct SafeXMLDocument {
    /// An element of the tree: a view into the document's storage.
    package struct Element {
        fileprivate let storage: Storage
        fileprivate let index: Int

        // Each property reads its one field in place: copying the whole node would retain and
        // release all its arrays on every access.
        package var name: String { storage.nodes[index].name }
        package var attributes: [String: String] { storage.nodes[index].attributes }
        /// The element's own text (not its descendants').
        package var text: String { storage.nodes[index].text }
        package var line: Int { storage.nodes[index].line }
        package var children: [Element] { storage.nodes[index].children.map { Element(storage: storage, index: $0) } }
        /// Text and child elements in document order, for mixed content.
        package var content: [Content] {
            storage.nodes[index].content.map { piece in
                switch piece {
                case .text(let text): .text(text)
                case .element(let child): .element(Element(storage: storage, index: child))
                }
            }
        }

        package func children(named name: String) -> [Element] {
            storage.nodes[index].children.filter { storage.nodes[$0].name == name }.map {
                Element(storage: storage, index: $0)
            }
        }

        package func first(_ name: String) -> Element? {
            storage.nodes[index].children.first { storage.nodes[$0].name == name }.map {
                Element(storage: storage, index: $0)
            }
        }

        /// The text of the element in document order, leaving out the content of elements
        /// named in `skipping` (inline codes of TMX and XLIFF).
        package func text(skipping: Set<String>) -> String {
            var result = ""
            // Depth-first over the content, with an explicit stack of (node, next piece).
            var stack: [(node: Int, piece: Int)] = [(index, 0)]
            while let (current, piece) = stack.last {
                let pieces = storage.nodes[current].content
                guard piece < pieces.count else {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].piece += 1
                switch pieces[piece] {
                case .text(let string): result += string
                case .element(let child) where !skipping.contains(storage.nodes[child].name): stack.append((child, 0))
                case .element: break
                }
            }
            return result
        }

        /// The element's text with its descendants', white space collapsed.
        package var allText: String {
            let own = storage.nodes[index]
            if own.children.isEmpty && Self.isCollapsed(own.text) { return own.text }
            // The element's own text first, then each child's, depth-first (as the elements nest).
            var parts: [String] = []
            var stack = [index]
            while let current = stack.popLast() {
                parts.append(storage.nodes[current].text)
                stack.append(contentsOf: storage.nodes[current].children.reversed())
            }
            return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
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

    fileprivate enum Piece {
        case text(String)
        case element(Int)
    }

    fileprivate struct Node {
        var name: String
        var attributes: [String: String]
        var line: Int
        var text = ""
        var children: [Int] = []
        var content: [Piece] = []
    }

    fileprivate final class Storage {
        var nodes: [Node] = []
    }

    /// Room for our own XLIFF 2.1 export of a 100,000-unit project (about 1.6 kB a unit, with
    /// names and notes); the tree takes a few times the file's size in memory.
    package static let maximumBytes = 256 << 20
    /// Deeper than any format we read needs by far (XLIFF nests about ten levels).
    package static let maximumDepth = 10_000

    package let root: Element

    /// - Parameter kind: what the file is, for messages ("glossary files", "TMX files").
    package init(data: Data, file: String, kind: String = "XML files") throws {
        guard data.count <= Self.maximumBytes else {
            throw FileFormatError(
                file: file,
                problem: "file of \(data.count) bytes is larger than the limit of 256 MB (\(Self.maximumBytes) bytes)")
        }
        guard !data.isEmpty else { throw FileFormatError(file: file, problem: "empty file: no XML document") }
        let storage = Storage()
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard
                let reader = dm_xml_reader_open(
                    buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count))
            else { throw FileFormatError(file: file, problem: "out of memory opening the XML reader") }
            defer { dm_xml_reader_close(reader) }
            try Self.build(storage, from: reader, file: file, kind: kind) {
                // The declaration's own line when the file is ASCII-compatible; else where the
                // reader is (the end of the document type declaration).
                data.range(of: Data("<!ENTITY".utf8)).map { found in
                    data[..<found.lowerBound].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                }
            }
        }
        guard !storage.nodes.isEmpty else { throw FileFormatError(file: file, problem: "invalid XML: no root element") }
        root = Element(storage: storage, index: 0)
    }

    private static func build(
        _ storage: Storage, from reader: OpaquePointer, file: String, kind: String, entityLine: () -> Int?
    ) throws {
        var open: [Int] = []
        func fail(_ problem: String) -> FileFormatError {
            FileFormatError(
                file: file, line: Int(dm_xml_reader_line(reader)), column: Int(dm_xml_reader_column(reader)),
                problem: problem)
        }
        func appendText(_ string: String) {
            guard let parent = open.last else { return }
            storage.nodes[parent].text += string
            if case .text(let previous) = storage.nodes[parent].content.last {
                storage.nodes[parent].content[storage.nodes[parent].content.count - 1] = .text(previous + string)
            } else {
                storage.nodes[parent].content.append(.text(string))
            }
        }
        while true {
            let step = dm_xml_reader_next(reader)
            if step == 0 { break }
            guard step > 0 else { throw Self.error(of: reader, file: file) }
            switch Int(dm_xml_reader_node_type(reader)) {
            case Int(DM_XML_ELEMENT):
                guard dm_xml_reader_depth(reader) < Self.maximumDepth else {
                    throw fail("element nested deeper than \(Self.maximumDepth.formatted()) levels")
                }
                if open.isEmpty && !storage.nodes.isEmpty { throw fail("invalid XML: a second root element") }
                let isEmpty = dm_xml_reader_is_empty_element(reader) != 0
                var node = Node(
                    name: String(cString: dm_xml_reader_name(reader)), attributes: [:],
                    line: Int(dm_xml_reader_line(reader)))
                var first: Int32 = 1
                while dm_xml_reader_move_to_attribute(reader, first) != 0 {
                    first = 0
                    let name = String(cString: dm_xml_reader_name(reader))
                    node.attributes[name] = dm_xml_reader_value(reader).map { String(cString: $0) } ?? ""
                }
                if first == 0 { dm_xml_reader_move_to_element(reader) }
                let index = storage.nodes.count
                storage.nodes.append(node)
                if let parent = open.last {
                    storage.nodes[parent].children.append(index)
                    storage.nodes[parent].content.append(.element(index))
                }
                if !isEmpty { open.append(index) }
            case Int(DM_XML_END_ELEMENT):
                open.removeLast()
            case Int(DM_XML_TEXT), Int(DM_XML_CDATA), Int(DM_XML_WHITESPACE), Int(DM_XML_SIGNIFICANT_WHITESPACE):
                if let value = dm_xml_reader_value(reader) { appendText(String(cString: value)) }
            case Int(DM_XML_DOCUMENT_TYPE):
                if dm_xml_reader_declares_entities(reader) != 0 {
                    if let line = entityLine() {
                        throw FileFormatError(
                            file: file, line: line, problem: "entity declarations are not accepted in \(kind)")
                    }
                    throw fail("entity declarations are not accepted in \(kind)")
                }
            case Int(DM_XML_ENTITY_REFERENCE):
                throw fail("entity references are not accepted in \(kind)")
            default:
                continue  // comments, processing instructions
            }
        }
        if let unclosed = open.last { throw fail("invalid XML: <\(storage.nodes[unclosed].name)> is never closed") }
    }

    /// libxml2's first error, in words.
    private static func error(of reader: OpaquePointer, file: String) -> FileFormatError {
        let code = Int(dm_xml_reader_error_code(reader))
        let message = String(cString: dm_xml_reader_error_message(reader))
        let line = Int(dm_xml_reader_error_line(reader))
        let column = Int(dm_xml_reader_error_column(reader))
        var problem = Self.problems[code] ?? (message.isEmpty ? "the document could not be read" : message)
        // libxml2 reports undecodable input as an invalid character, with the bytes it met.
        if message.contains("not proper UTF-8") {
            let bytes = message.range(of: "Bytes:").map {
                message[$0.upperBound...].trimmingCharacters(in: .whitespaces)
            }
            problem =
                "bytes that are not valid UTF-8"
                + (bytes.map { " (\($0.split(separator: " ").prefix(4).joined(separator: " ")))" } ?? "")
        }
        return FileFormatError(
            file: file, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
            problem: "invalid XML: \(problem)")
    }

    /// libxml2's codes (xmlParserErrors) for the problems people meet in hand-edited and broken
    /// files, in plainer words than its messages.
    static let problems: [Int: String] = [
        4: "empty document", 5: "extra content after the document or an unfinished document",
        9: "invalid character", 23: "'&' or '<' not allowed here", 26: "undeclared entity",
        27: "undeclared entity", 38: "unfinished attribute value", 39: "attribute without value",
        41: "attribute without '='", 65: "missing space between attributes", 68: "name expected",
        73: "'>' expected", 76: "closing tag does not match the opening tag", 77: "unfinished element",
        201: "undefined namespace prefix", 31: "unknown encoding", 32: "unsupported encoding",
        81: "bytes that are not valid in the file's encoding (UTF-8 unless it declares another)",
        6003: "bytes that do not convert from the file's declared encoding",
    ]
}

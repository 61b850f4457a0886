import DragomanStore
import DragomanText
import Foundation

/// An XLIFF file (1.2, 2.0 or 2.1, ours or another tool's) read as a bilingual document: each
/// unit's id, source and target text (native codes left out) and stated status, in file order,
/// and the Dragoman project id when the file names one.
public struct XLIFFDocument: Sendable {
    public struct Unit: Hashable, Sendable {
        public var id: String
        public var source: String
        public var target: String?
        /// The status the file states (see ``ReviewStatus``); nil for a state Dragoman does not know.
        public var status: UnitStatus?
        public var state: String?
        /// Line of the unit in the file, for messages.
        public var line: Int
    }

    public var file: String
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var projectID: String?
    /// The Dragoman export the file came from, when it says.
    public var exportID: String?
    /// The XLIFF version's major number (1 or 2).
    public var majorVersion = 2
    public var units: [Unit]

    /// XLIFF 1.2 elements whose content is native code, not text (`g`, `mrk` and 2.x `pc` hold
    /// text and are kept; the other inline elements are empty).
    static let nativeCodes: Set<String> = ["bpt", "ept", "ph", "it"]

    public static func read(_ data: Data, file: String) throws -> XLIFFDocument {
        let root = try SafeXMLDocument(data: data, file: file, kind: "XLIFF files").root
        guard root.name == "xliff", let version = root.attributes["version"] else {
            throw FileFormatError(file: file, line: root.line, problem: "not an XLIFF file (root <\(root.name)>)")
        }
        var document = XLIFFDocument(file: file, units: [])
        if version.hasPrefix("1.") {
            document.majorVersion = 1
            document.read12(root)
        } else {
            document.read2(root)
        }
        return document
    }

    private mutating func read12(_ root: SafeXMLDocument.Element) {
        for fileElement in root.children(named: "file") {
            sourceLanguage = sourceLanguage ?? fileElement.attributes["source-language"]
            targetLanguage = targetLanguage ?? fileElement.attributes["target-language"]
            for note in fileElement.first("header")?.children(named: "note") ?? [] {
                let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                switch note.attributes["from"] {
                case "dragoman-project": projectID = text
                case "dragoman-export": exportID = text
                default: continue
                }
            }
            for unit in fileElement.first("body")?.descendants(named: "trans-unit") ?? [] {
                let target = unit.first("target")
                let state = target?.attributes["state"]
                let preserve = unit.attributes["xml:space"] == "preserve"
                units.append(
                    Unit(
                        id: unit.attributes["id"] ?? String(units.count + 1),
                        source: Self.text(unit.first("source"), preserve: preserve) ?? "",
                        target: Self.text(target, preserve: preserve), status: ReviewStatus.status(xliff12: state),
                        state: state, line: unit.line))
            }
        }
    }

    private mutating func read2(_ root: SafeXMLDocument.Element) {
        sourceLanguage = root.attributes["srcLang"]
        targetLanguage = root.attributes["trgLang"]
        for fileElement in root.children(named: "file") {
            for note in fileElement.first("notes")?.children(named: "note") ?? [] {
                let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                switch note.attributes["category"] {
                case "dragoman-project": projectID = text
                case "dragoman-export": exportID = text
                default: continue
                }
            }
            for unit in fileElement.descendants(named: "unit") {
                let segments = unit.children(named: "segment")
                let first = segments.first
                let preserve = unit.attributes["xml:space"] == "preserve"
                let targets = segments.compactMap { Self.text($0.first("target"), preserve: preserve) }
                let state = first?.attributes["state"]
                units.append(
                    Unit(
                        id: unit.attributes["id"] ?? String(units.count + 1),
                        source: segments.compactMap { Self.text($0.first("source"), preserve: preserve) }
                            .joined(separator: " "),
                        target: targets.isEmpty ? nil : targets.filter { !$0.isEmpty }.joined(separator: " "),
                        status: ReviewStatus.status(xliff21: state, subState: first?.attributes["subState"]),
                        state: state, line: unit.line))
            }
        }
    }

    /// An element's text without native codes; white space collapsed unless the file says to
    /// preserve it.
    private static func text(_ element: SafeXMLDocument.Element?, preserve: Bool) -> String? {
        guard let raw = element?.text(skipping: nativeCodes) else { return nil }
        return preserve ? raw : raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension SafeXMLDocument.Element {
    /// Elements named `name` among the descendants (groups nest units), in document order.
    /// Iterative: the nesting of an untrusted file may be deep.
    func descendants(named name: String) -> [SafeXMLDocument.Element] {
        var found: [SafeXMLDocument.Element] = []
        var stack = Array(children.reversed())
        while let element = stack.popLast() {
            if element.name == name {
                found.append(element)
            } else {
                stack.append(contentsOf: element.children.reversed())
            }
        }
        return found
    }
}

extension ReviewedFile {
    /// A reviewed XLIFF file (1.2 or 2.x) as Dragoman exported it: unit ids `uN`, known states.
    public static func readXLIFF(_ data: Data, file: String) throws -> ReviewedFile {
        let document = try XLIFFDocument.read(data, file: file)
        let units = try document.units.map { unit in
            guard unit.id.hasPrefix("u"), let id = ReviewedFile.unitID(unit.id.dropFirst()) else {
                throw FileFormatError(
                    file: file, line: unit.line, problem: "unit id \(unit.id) is not a Dragoman unit id (u1, u2, …)")
            }
            // XLIFF 1.2 states are optional: a target without one leaves the unit's status as it is.
            if document.majorVersion == 1 && unit.state == nil {
                return ReviewedFile.Unit(id: id, source: unit.source, target: unit.target, status: nil, line: unit.line)
            }
            guard let status = unit.status else {
                throw FileFormatError(file: file, line: unit.line, problem: "unknown state \(unit.state ?? "")")
            }
            return ReviewedFile.Unit(
                id: id, source: unit.source, target: unit.target, status: status, line: unit.line)
        }
        return ReviewedFile(file: file, projectID: document.projectID, exportID: document.exportID, units: units)
    }
}

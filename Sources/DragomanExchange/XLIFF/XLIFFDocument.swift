import DragomanStore
import DragomanText
import Foundation

/// An XLIFF file from another tool (1.2, 2.0 or 2.1), read as a bilingual document: each unit's
/// source and target text (inline codes left out) and state, in file order.
public struct XLIFFDocument: Sendable {
    public struct Unit: Hashable, Sendable {
        public var id: String
        public var source: String
        public var target: String?
        public var status: UnitStatus
    }

    public var file: String
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var units: [Unit]

    /// XLIFF 1.2 elements whose content is native code, not text (`g`, `mrk` and 2.x `pc` hold
    /// text and are kept; the other inline elements are empty).
    static let nativeCodes: Set<String> = ["bpt", "ept", "ph", "it"]

    public static func read(_ data: Data, file: String) throws -> XLIFFDocument {
        let root = try SafeXMLDocument(data: data, file: file, kind: "XLIFF files").root
        guard root.name == "xliff", let version = root.attributes["version"] else {
            throw XMLInputError(file: file, line: root.line, problem: "not an XLIFF file (root <\(root.name)>)")
        }
        var document = XLIFFDocument(file: file, units: [])
        func text(_ element: SafeXMLDocument.Element?) -> String? {
            element.map { collapse($0.text(skipping: nativeCodes)) }
        }
        if version.hasPrefix("1.") {
            for fileElement in root.children(named: "file") {
                document.sourceLanguage = document.sourceLanguage ?? fileElement.attributes["source-language"]
                document.targetLanguage = document.targetLanguage ?? fileElement.attributes["target-language"]
                for unit in fileElement.first("body")?.descendants(named: "trans-unit") ?? [] {
                    let target = unit.first("target")
                    let status = ReviewStatus.status(xliff12: target?.attributes["state"]) ?? .translated
                    let targetText = text(target).flatMap { $0.isEmpty ? nil : $0 }
                    document.units.append(
                        Unit(
                            id: unit.attributes["id"] ?? String(document.units.count + 1),
                            source: text(unit.first("source")) ?? "", target: targetText,
                            status: targetText == nil ? .new : (status == .new ? .translated : status)))
                }
            }
        } else {
            document.sourceLanguage = root.attributes["srcLang"]
            document.targetLanguage = root.attributes["trgLang"]
            for fileElement in root.children(named: "file") {
                for unit in fileElement.descendants(named: "unit") {
                    let segments = unit.children(named: "segment")
                    let first = segments.first
                    let source = segments.compactMap { text($0.first("source")) }.joined(separator: " ")
                    let target = segments.compactMap { text($0.first("target")) }.filter { !$0.isEmpty }
                        .joined(separator: " ")
                    let status =
                        ReviewStatus.status(
                            xliff21: first?.attributes["state"], subState: first?.attributes["subState"])
                        ?? .translated
                    document.units.append(
                        Unit(
                            id: unit.attributes["id"] ?? String(document.units.count + 1), source: source,
                            target: target.isEmpty ? nil : target,
                            status: target.isEmpty ? .new : (status == .new ? .translated : status)))
                }
            }
        }
        return document
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension SafeXMLDocument.Element {
    /// Elements named `name` among the descendants (groups nest units), in document order.
    func descendants(named name: String) -> [SafeXMLDocument.Element] {
        children.flatMap { $0.name == name ? [$0] : $0.descendants(named: name) }
    }
}

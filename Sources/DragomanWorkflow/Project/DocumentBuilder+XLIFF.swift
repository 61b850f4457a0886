import DragomanExchange
import DragomanStore
import DragomanText
import Foundation

extension DocumentBuilder {
    /// A document from another tool's XLIFF file, keeping that tool's segmentation: one segment
    /// and one unit per XLIFF unit, with its target and status (origin `aligned`: the
    /// translation came with the file). The original text is the sources, one per line.
    public static func document(
        fromXLIFF xliff: XLIFFDocument, sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) -> NewDocument {
        var segments: [NewDocument.Segment] = []
        var units: [NewDocument.Unit] = []
        var offset = 0
        for unit in xliff.units {
            let length = unit.source.unicodeScalars.count
            let translatable = unit.source.contains { $0.isLetter || $0.isNumber }
            segments.append(
                NewDocument.Segment(text: unit.source, range: offset..<(offset + length), isTranslatable: translatable))
            offset += length + 1
            if translatable {
                units.append(
                    NewDocument.Unit(
                        segments: (segments.count - 1)..<segments.count, target: unit.target, status: unit.status,
                        origin: unit.target == nil ? nil : .aligned, targetSegmentCount: unit.target == nil ? nil : 1))
            }
        }
        return NewDocument(
            name: URL(fileURLWithPath: xliff.file).lastPathComponent, path: xliff.file, format: .xliff,
            sourceLanguage: sourceLanguage.tag, targetLanguage: targetLanguage.tag,
            originalText: xliff.units.map(\.source).joined(separator: "\n"), segments: segments, units: units)
    }
}

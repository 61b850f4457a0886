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
            guard translatable else { continue }
            // A target without a (known) state, or with one that says untouched, is taken as translated.
            let target = unit.target.flatMap { $0.isEmpty ? nil : $0 }
            let stated = unit.status ?? .translated
            let status: UnitStatus = target == nil ? .new : (stated == .new ? .translated : stated)
            units.append(
                NewDocument.Unit(
                    segments: (segments.count - 1)..<segments.count, target: target, status: status,
                    origin: target == nil ? nil : .aligned, targetSegmentCount: target == nil ? nil : 1))
        }
        return NewDocument(
            name: URL(fileURLWithPath: xliff.file).lastPathComponent, path: xliff.file, format: .xliff,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            originalText: xliff.units.map(\.source).joined(separator: "\n"), segments: segments, units: units)
    }
}

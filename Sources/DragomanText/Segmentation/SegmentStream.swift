/// Segments a text file line by line in bounded memory, numbering segments across the file.
public struct SegmentStream {
    public let reader: TextFileReader
    public let segmenter: Segmenter

    public init(reader: TextFileReader, segmenter: Segmenter) {
        self.reader = reader
        self.segmenter = segmenter
    }

    /// Calls `body` with each segment in document order.
    public func forEachSegment(_ body: (Segment) throws -> Void) throws {
        var scratch = Segmenter.Scratch()
        var index = 0
        try reader.forEachLine { line in
            try segmenter.segment(line, scratch: &scratch) { range, text, translatable in
                try body(Segment(index: index, range: range, text: text, isTranslatable: translatable))
                index += 1
            }
        }
    }
}

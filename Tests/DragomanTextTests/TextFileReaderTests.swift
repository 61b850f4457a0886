import Foundation
import Testing

@testable import DragomanText

@Suite("Reading text files")
struct TextFileReaderTests {
    /// Writes `bytes` to a new temporary file and returns its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dragoman-test-\(UUID().uuidString).txt"
        ).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func lines(of path: String) throws -> [TextLine] {
        var lines: [TextLine] = []
        try TextFileReader(path: path).forEachLine { lines.append($0) }
        return lines
    }
}

extension TextFileReaderTests {
    @Test("Lines split at LF, CR LF and CR, with scalar offsets")
    func lineEnds() throws {
        let path = try Self.file(Array("Eins\r\nZwei\rDrei\nVier 😀 fünf".utf8))
        let lines = try Self.lines(of: path)
        #expect(lines.map(\.text) == ["Eins", "Zwei", "Drei", "Vier 😀 fünf"])
        #expect(lines.map(\.scalarStart) == [0, 6, 11, 16])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines[3].scalarCount == 11)
    }

    @Test("Invalid UTF-8 is reported with line, column and byte offset")
    func invalidUTF8() throws {
        let path = try Self.file(Array("Erste Zeile\nZwei".utf8) + [0xC3, 0x28] + Array(" Rest".utf8))
        #expect(
            throws: TextInputError(file: path, problem: .invalidUTF8(byte: 0x28), line: 2, column: 5, byteOffset: 17)
        ) {
            try Self.lines(of: path)
        }
        let truncated = try Self.file(Array("Ende".utf8) + [0xE2, 0x80])
        #expect(throws: TextInputError.self) { try Self.lines(of: truncated) }
        let overlong = try Self.file([0x41, 0xC0, 0xAF])
        #expect(throws: TextInputError.self) { try Self.lines(of: overlong) }
    }

    @Test("Binary files, missing files and directories are refused clearly")
    func unreadable() throws {
        let binary = try Self.file([0x89, 0x50, 0x4E, 0x47] + [0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(throws: TextInputError.self) { try Self.lines(of: binary) }
        let text = try Self.file(Array("Text\u{0}mit NUL".utf8))
        #expect {
            try Self.lines(of: text)
        } throws: { error in
            (error as? TextInputError)?.description
                == "\(text):1:5: looks like a binary file (NUL byte at byte offset 4), not text"
        }
        #expect(throws: TextInputError.self) { try TextFileReader(path: "/nonexistent/dragoman.txt") }
        #expect(throws: TextInputError(file: "/tmp", problem: .isDirectory)) { try TextFileReader(path: "/tmp") }
    }

    @Test("An empty file has no lines")
    func emptyFile() throws {
        #expect(try Self.lines(of: Self.file([])).isEmpty)
    }

    @Test("A character split across read chunks decodes whole")
    func chunkBoundary() throws {
        // The reader reads 1 MiB at a time; put "ö" across the first chunk boundary.
        let line = Array(String(repeating: "a", count: 99).utf8) + [0x0A]
        var bytes: [UInt8] = []
        while bytes.count + line.count < (1 << 20) { bytes += line }
        bytes += [UInt8](repeating: 0x62, count: (1 << 20) - 1 - bytes.count)
        bytes += Array("ö\nEnde".utf8)
        let lines = try Self.lines(of: Self.file(bytes))
        #expect(lines[lines.count - 2].text.hasSuffix("bö"))
        #expect(lines[lines.count - 1].text == "Ende")
        #expect(lines[lines.count - 1].scalarStart == (1 << 20) + 1)
    }

    @Test("Over-long lines are delivered in pieces cut after a sentence")
    func longLine() throws {
        let sentence = "Das ist ein Satz. "
        let count = TextFileReader.maximumLineLength / sentence.utf16.count + 100
        let text = String(repeating: sentence, count: count)
        let lines = try Self.lines(of: Self.file(Array(text.utf8)))
        #expect(lines.count == 2)
        #expect(lines[0].text.hasSuffix("Satz. "))
        #expect(lines[1].scalarStart == lines[0].scalarCount)
        #expect(lines.map(\.text).joined() == text)
    }

    @Test("A sample for language detection does not consume the stream")
    func sampleThenRead() throws {
        let path = try Self.file(Array("Erste Zeile\nZweite Zeile".utf8))
        let reader = try TextFileReader(path: path)
        #expect(try reader.sample(maxBytes: 5) == "Erste")
        var lines: [String] = []
        try reader.forEachLine { lines.append($0.text) }
        #expect(lines == ["Erste Zeile", "Zweite Zeile"])
    }

    @Test("Segments stream from a file with document-wide indices and offsets")
    func segmentStream() throws {
        let path = try Self.file(Array("Titel\nEins. Zwei.\n\nDrei.".utf8))
        var segments: [Segment] = []
        try SegmentStream(reader: TextFileReader(path: path), segmenter: Segmenter(language: .german)).forEachSegment {
            segments.append($0)
        }
        #expect(segments.map(\.text) == ["Titel", "Eins.", "Zwei.", "Drei."])
        #expect(segments.map(\.index) == [0, 1, 2, 3])
        #expect(segments.map(\.range) == [0..<5, 6..<11, 12..<17, 19..<24])
    }
}

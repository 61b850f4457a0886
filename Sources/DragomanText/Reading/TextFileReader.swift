#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a UTF-8 text file (or standard input) line by line in bounded memory.
///
/// Decoding is strict: invalid UTF-8 and NUL bytes (binary files) are errors that name the
/// file, line, column and byte offset. Lines longer than ``maximumLineLength`` UTF-16 units are
/// delivered in pieces cut after a sentence end or a space, so memory stays bounded whatever
/// the input.
public final class TextFileReader {
    public let file: String
    public static let maximumLineLength = 1 << 20
    private static let chunkSize = 1 << 20

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Bytes read ahead (for ``sample(maxBytes:)``) and not yet decoded.
    private var readAhead: [UInt8] = []
    private var atEnd = false
    /// Bytes read from the file so far, for progress reports.
    public private(set) var bytesRead = 0
    /// The file's size in bytes, when it is a regular file.
    public private(set) var size: Int?

    /// Opens `path`; "-" is standard input.
    public init(path: String) throws(TextInputError) {
        file = path
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw TextInputError(file: path, problem: .isDirectory)
        }
        if (info.st_mode & S_IFMT) == S_IFREG { size = Int(info.st_size) }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else {
            throw TextInputError(file: path, problem: .cannotOpen(reason: String(cString: strerror(errno))))
        }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Up to `maxBytes` from the start of the file, decoded leniently, without consuming them:
    /// for language detection before segmenting a stream.
    public func sample(maxBytes: Int = 64 * 1024) throws(TextInputError) -> String {
        while readAhead.count < maxBytes && !atEnd {
            let chunk = try readChunk(maxBytes - readAhead.count)
            readAhead.append(contentsOf: chunk)
        }
        return String(decoding: readAhead.prefix(maxBytes), as: UTF8.self)
    }

    private func readChunk(_ size: Int = chunkSize) throws(TextInputError) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: size)
        var got = 0
        while true {
            got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
            if got < 0 && errno == EINTR { continue }
            break
        }
        if got < 0 {
            throw TextInputError(file: file, problem: .readFailed(reason: String(cString: strerror(errno))))
        }
        if got == 0 { atEnd = true }
        bytesRead += got
        chunk.removeSubrange(got...)
        return chunk
    }

    /// Decodes the whole file, calling `body` for each line (without its terminator).
    public func forEachLine(_ body: (TextLine) throws -> Void) throws {
        var decoder = LineDecoder(file: file)
        if !readAhead.isEmpty {
            try decoder.decode(readAhead, isLast: false, body)
            readAhead = []
        }
        while !atEnd {
            let chunk = try readChunk()
            try decoder.decode(chunk, isLast: atEnd, body)
        }
        try decoder.finish(body)
    }
}

/// Incremental strict UTF-8 to UTF-16 decoding, split into lines at LF, CR LF and CR.
package struct LineDecoder {
    let file: String
    private var line: [UInt16] = []
    private var lineHasSurrogates = false
    private var lineNumber = 1
    private var lineStartScalar = 0
    private var scalarOffset = 0
    private var byteOffset = 0
    private var column = 1
    private var previousWasCR = false
    /// Bytes of a character split across two chunks.
    private var pending: [UInt8] = []

    package init(file: String) {
        self.file = file
        line.reserveCapacity(4096)
    }

    package mutating func decode(_ chunk: [UInt8], isLast: Bool, _ body: (TextLine) throws -> Void) throws {
        let bytes = pending.isEmpty ? chunk : pending + chunk
        pending = []
        try bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    try ascii(byte, body)
                    index += 1
                    continue
                }
                let length: Int
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF:
                    length = 2
                    scalar = UInt32(byte & 0x1F)
                case 0xE0...0xEF:
                    length = 3
                    scalar = UInt32(byte & 0x0F)
                case 0xF0...0xF4:
                    length = 4
                    scalar = UInt32(byte & 0x07)
                default: throw invalid(byte)
                }
                if index + length > count {
                    if isLast { throw invalid(byte) }
                    pending = Array(buffer[index...])
                    return
                }
                for next in 1..<length {
                    let continuation = buffer[index + next]
                    guard continuation & 0xC0 == 0x80 else {
                        byteOffset += next
                        throw invalid(continuation)
                    }
                    scalar = scalar << 6 | UInt32(continuation & 0x3F)
                }
                // Overlong forms, surrogates and values beyond U+10FFFF are not UTF-8.
                let minimum: UInt32 = length == 3 ? 0x800 : (length == 4 ? 0x10000 : 0x80)
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                    throw invalid(byte)
                }
                if scalar >= 0x10000 {
                    let value = scalar - 0x10000
                    line.append(UInt16(0xD800 + (value >> 10)))
                    line.append(UInt16(0xDC00 + (value & 0x3FF)))
                    lineHasSurrogates = true
                } else {
                    line.append(UInt16(scalar))
                }
                previousWasCR = false
                index += length
                byteOffset += length
                scalarOffset += 1
                column += 1
                if line.count >= TextFileReader.maximumLineLength { try emitLongLinePiece(body) }
            }
        }
    }

    @inline(__always)
    private mutating func ascii(_ byte: UInt8, _ body: (TextLine) throws -> Void) throws {
        switch byte {
        case 0x0A:
            if !previousWasCR { try endLine(body) }
            previousWasCR = false
            lineStartScalar = scalarOffset + 1
        case 0x0D:
            try endLine(body)
            previousWasCR = true
            lineStartScalar = scalarOffset + 1
        case 0x00:
            throw TextInputError(file: file, problem: .binary, line: lineNumber, column: column, byteOffset: byteOffset)
        default:
            line.append(UInt16(byte))
            previousWasCR = false
            column += 1
            if line.count >= TextFileReader.maximumLineLength { try emitLongLinePiece(body) }
        }
        byteOffset += 1
        scalarOffset += 1
    }

    private mutating func endLine(_ body: (TextLine) throws -> Void) throws {
        try body(
            TextLine(units: line, scalarStart: lineStartScalar, number: lineNumber, hasSurrogates: lineHasSurrogates))
        line.removeAll(keepingCapacity: true)
        lineHasSurrogates = false
        lineNumber += 1
        column = 1
    }

    /// Delivers the first part of an over-long line, cut after the last sentence end (or
    /// space) in it, and keeps the rest.
    private mutating func emitLongLinePiece(_ body: (TextLine) throws -> Void) throws {
        var cut = line.count
        if let sentenceEnd = line.indices.reversed().first(where: {
            $0 > 1 && CodeUnitClass.isSpace(line[$0 - 1]) && CodeUnitClass.isTerminator(line[$0 - 2])
        }) {
            cut = sentenceEnd
        } else if let space = line.lastIndex(where: CodeUnitClass.isSpace), space > 0 {
            cut = space + 1
        } else if UTF16.isLeadSurrogate(line[cut - 1]) {
            cut -= 1
        }
        let piece = TextLine(units: Array(line[..<cut]), scalarStart: lineStartScalar, number: lineNumber)
        try body(piece)
        lineStartScalar += piece.scalarCount
        line.removeSubrange(..<cut)
        lineHasSurrogates = line.contains { UTF16.isLeadSurrogate($0) }
    }

    package mutating func finish(_ body: (TextLine) throws -> Void) throws {
        if let byte = pending.first { throw invalid(byte) }
        if !line.isEmpty { try endLine(body) }
    }

    private func invalid(_ byte: UInt8) -> TextInputError {
        TextInputError(
            file: file, problem: .invalidUTF8(byte: byte), line: lineNumber, column: column, byteOffset: byteOffset)
    }
}

import DragomanText

#if canImport(Glibc)
    import Glibc
#endif

/// Buffered standard output: segmenting a large file prints millions of lines.
final class StandardOutput {
    nonisolated(unsafe) static let shared = StandardOutput()
    private var buffer: [UInt8] = []

    private init() { buffer.reserveCapacity(1 << 16) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written < 0 && errno == EPIPE {
                    // The reader went away (`| head`): stop quietly, as other Unix tools do.
                    exit(ExitStatus.success.rawValue)
                }
                if written <= 0 {
                    // Anything else (a full disk, /dev/full, an I/O error) loses output: say so.
                    let reason = written < 0 ? systemErrorText(errno) : "nothing written"
                    StandardError.write("dragoman: cannot write to standard output (\(reason))\n")
                    exit(ExitStatus.failure.rawValue)
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    static var isTerminal: Bool { isatty(2) == 1 }

    /// A note for a person at a terminal ("detected language de"); scripted runs stay quiet.
    static func note(_ text: String) {
        if isTerminal { write("dragoman: \(text)\n") }
    }
}

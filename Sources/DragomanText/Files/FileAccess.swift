import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file that cannot be read or written, said in words: what the path is and what was
/// expected, with the system's own reason as the cause.
public struct FileAccessError: DragomanError, Equatable {
    public var file: String
    public var problem: String
    public var cause: String?

    public init(file: String, problem: String, cause: String? = nil) {
        self.file = file
        self.problem = problem
        self.cause = cause
    }

    public var location: ErrorLocation? { ErrorLocation(file: file) }
}

/// Whole files read and written with errors that name the file and say what it is.
///
/// Writing is atomic for regular files (a temporary file beside the target, then a rename), so
/// a failure never leaves half a file; a symbolic link is followed and the file it points to is
/// replaced, never the link; a device, FIFO or socket is written through, never replaced.
public enum FileAccess {
    /// What kind of thing is at `path` (following symbolic links), if anything.
    public enum Kind: Sendable, Equatable {
        case regular, directory, fifo, characterDevice, blockDevice, socket, other

        var words: String {
            switch self {
            case .regular: "a file"
            case .directory: "a directory"
            case .fifo: "a FIFO (named pipe)"
            case .characterDevice: "a character device"
            case .blockDevice: "a block device"
            case .socket: "a socket"
            case .other: "not a regular file"
            }
        }
    }

    public static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// The bytes of a regular file (or `-`, standard input). `what` names what the file should
    /// be ("a glossary", "a review file") in the message about a directory or device.
    public static func read(_ path: String, expected what: String = "a file") throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let kind = kind(of: path) else {
            throw FileAccessError(file: path, problem: "cannot read \(what)", cause: systemErrorText(errno))
        }
        guard kind == .regular else {
            throw FileAccessError(file: path, problem: "is \(kind.words), expected \(what)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileAccessError(file: path, problem: "cannot read \(what)", cause: systemErrorText(errno))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileAccessError(file: path, problem: "read failed", cause: systemErrorText(errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// A UTF-8 text file; invalid UTF-8 is reported as ``TextFileReader`` reports it, with its
    /// line, column and byte offset.
    public static func readText(_ path: String, expected what: String = "a text file") throws -> String {
        let data = try read(path, expected: what)
        if let text = String(validating: data, as: UTF8.self) { return text }
        try TextFileReader(path: path).forEachLine { _ in }
        throw FileAccessError(file: path, problem: "not UTF-8 text")
    }

    /// Writes `data` to `path`: atomically for a regular file (or a new one), through a
    /// symbolic link to the file it names, straight into a device or FIFO.
    public static func write(_ data: Data, to path: String) throws {
        let target = resolvedTarget(of: path)
        switch kind(of: target) {
        case .directory?:
            throw FileAccessError(file: path, problem: "is a directory, expected a file to write")
        case .fifo?, .characterDevice?, .blockDevice?, .socket?:
            try writeThrough(data, to: target, named: path)
        case .regular?, .other?, nil:
            try writeAtomically(data, to: target, named: path)
        }
    }

    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// The path a chain of symbolic links ends at (the last link's target may not exist yet).
    static func resolvedTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return current
            }
            current =
                destination.hasPrefix("/")
                ? destination
                : (URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path)
        }
        return current
    }

    private static func writeThrough(_ data: Data, to target: String, named path: String) throws {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileAccessError(file: path, problem: "cannot write", cause: systemErrorText(errno))
        }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, named: path)
    }

    private static func writeAtomically(_ data: Data, to target: String, named path: String) throws {
        let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let temporary = directory + "/." + URL(fileURLWithPath: target).lastPathComponent + ".dragoman-\(getpid())-tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileAccessError(file: path, problem: "cannot write", cause: systemErrorText(errno))
        }
        do {
            try writeAll(data, to: descriptor, named: path)
            guard fsync(descriptor) == 0 else {
                throw FileAccessError(file: path, problem: "cannot write", cause: systemErrorText(errno))
            }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        // Keep an existing file's permissions.
        var info = stat()
        if stat(target, &info) == 0 { chmod(temporary, info.st_mode & 0o7777) }
        guard rename(temporary, target) == 0 else {
            let reason = systemErrorText(errno)
            unlink(temporary)
            throw FileAccessError(file: path, problem: "cannot write", cause: reason)
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, named path: String) throws {
        try data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileAccessError(file: path, problem: "cannot write", cause: systemErrorText(errno))
                }
                offset += written
            }
        }
    }
}

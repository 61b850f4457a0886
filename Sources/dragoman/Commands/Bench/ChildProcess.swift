#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion and reports its peak resident memory. Not through
/// `ProcessRunner`: the child is watched with `wait4`, and Foundation's `Process` reaps its child itself.
enum ChildProcess {
    /// The path of the running executable.
    static var currentExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Peak resident set size in bytes of `program` run with `arguments`, its output discarded.
    static func peakMemory(of program: String, arguments: [String]) throws -> Int {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CommandFailure.input("cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        // The child's own high-water mark (VmHWM of its address space), read while it runs: not
        // wait4's ru_maxrss, which Linux carries across exec and which posix_spawn's child starts
        // with the parent's peak (measured: four different commands all "peaked" at the bench's
        // own 224 MB). posix_spawn returns after the exec, so every reading is the child's.
        var status: Int32 = 0
        var usage = rusage()
        var peakKilobytes = 0
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 {
                guard errno == EINTR else { throw CommandFailure.input("waiting for \(program) failed") }
                continue
            }
            peakKilobytes = max(peakKilobytes, highWaterMarkKilobytes(of: pid) ?? 0)
            usleep(5_000)
        }
        guard status == 0 else {
            throw CommandFailure.input("\(program) \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        return peakKilobytes * 1024
    }

    /// `VmHWM` of /proc/PID/status, in kilobytes: the peak resident set of the process's memory.
    static func highWaterMarkKilobytes(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
    }
}

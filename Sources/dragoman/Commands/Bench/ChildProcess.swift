#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion and reports its peak resident memory. Not through
/// `ProcessRunner`: the figure comes from `wait4`, and Foundation's `Process` reaps its child itself.
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
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw CommandFailure.input("waiting for \(program) failed") }
        }
        guard status == 0 else {
            throw CommandFailure.input("\(program) \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        // Linux reports ru_maxrss in kilobytes.
        return Int(usage.ru_maxrss) * 1024
    }
}

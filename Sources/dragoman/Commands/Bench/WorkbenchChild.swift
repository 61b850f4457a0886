import DragomanPostgres
import Foundation

/// A `dragoman serve` of this executable in a child process, on a free loopback port, for
/// benchmarks that send it HTTP requests; stopped with `stop()`.
final class WorkbenchChild {
    let process = Process()
    let url: URL

    init(project: String, token: String) throws {
        process.executableURL = URL(fileURLWithPath: ChildProcess.currentExecutable)
        process.arguments = ["serve", "--project", project, "--host", "127.0.0.1", "--port", "0", "--token", token]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line it prints is its address.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let more = output.fileHandleForReading.availableData
            if more.isEmpty { break }
            line.append(more)
        }
        guard
            let text = String(data: line, encoding: .utf8)?.split(separator: "\n").first,
            let address = URL(string: String(text)), let port = address.port,
            let base = URL(string: "http://127.0.0.1:\(port)")
        else {
            process.terminate()
            process.waitUntilExit()
            throw CommandFailure.input(
                "dragoman serve --project \(ProjectLocation.displayed(project)) printed no address")
        }
        url = base
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

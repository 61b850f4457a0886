import Foundation

/// A one-line progress report on standard error, shown only when it is a terminal so that
/// scripted runs stay clean.
final class Progress {
    private let label: String
    private let total: Int?
    private let enabled: Bool
    private var lastUpdate = Date.distantPast

    init(_ label: String, total: Int?, minimumTotal: Int = 8 << 20) {
        self.label = label
        self.total = total
        enabled = StandardError.isTerminal && (total ?? Int.max) >= minimumTotal
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastUpdate) >= 0.2 else { return }
        lastUpdate = now
        let megabytes = Double(done) / 1e6
        if let total, total > 0 {
            let percent = Int(100 * Double(done) / Double(total))
            StandardError.write(
                String(format: "\r%@: %3d%% (%.0f of %.0f MB)", label, percent, megabytes, Double(total) / 1e6))
        } else {
            StandardError.write(String(format: "\r%@: %.0f MB", label, megabytes))
        }
    }

    func finish() {
        guard enabled, lastUpdate != .distantPast else { return }
        StandardError.write("\r\u{1B}[K")
    }
}

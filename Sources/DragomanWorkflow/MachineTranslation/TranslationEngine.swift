import DragomanText

/// A machine-translation engine: text in the source language in, a draft in the target
/// language out. Engines are outside programs; each request has a time limit.
public protocol TranslationEngine: Sendable {
    /// For messages and the units' history ("apertium spa-eng").
    var name: String { get }
    func translate(_ text: String) throws -> String
    /// Whether the engine takes a whole document in one call (``translate(lines:)``): worth it
    /// for engines with a start-up cost.
    var translatesLines: Bool { get }
    /// One translation per line, in order.
    func translate(lines: [String]) throws -> [String]
}

extension TranslationEngine {
    public var translatesLines: Bool { false }

    /// One call per line, for engines that need them.
    public func translate(lines: [String]) throws -> [String] { try lines.map(translate) }

    /// `lines` sent as one text, a line each, and the answer split into as many lines: an engine
    /// that joins or splits lines is an error naming the counts, never a silent shift.
    func translateJoined(_ lines: [String], with translate: (String) throws -> String) throws -> [String] {
        guard !lines.isEmpty else { return [] }
        // A line break inside a segment would shift every line after it.
        // Each line ends in a line break, the last too: a program reading lines sees them all.
        let text = lines.map { $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        let answer = try translate(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard answer.count == lines.count else {
            throw EngineError.unusableAnswer(
                engine: name, message: "sent \(lines.count) lines, one segment each, and got \(answer.count) back")
        }
        return answer
    }
}

/// Why an engine gave no translation. Every case names the engine.
public enum EngineError: DragomanError, Equatable {
    case notInstalled(engine: String, hint: String)
    case failed(engine: String, status: Int32, message: String)
    case timedOut(engine: String, seconds: Double)
    /// The engine answered, but not in the form it was asked for (a line lost or added).
    case unusableAnswer(engine: String, message: String)

    public var location: ErrorLocation? { nil }

    public var problem: String {
        switch self {
        case .notInstalled(let engine, _): "\(engine): not installed"
        case .failed(let engine, let status, _): "\(engine): failed with exit status \(status)"
        case .timedOut(let engine, let seconds): "\(engine): no answer within \(seconds) s (see --timeout)"
        case .unusableAnswer(let engine, _): "\(engine): an answer that cannot be used"
        }
    }

    public var cause: String? {
        switch self {
        case .notInstalled(_, let hint): hint
        case .failed(_, _, let message): message.isEmpty ? nil : message
        case .timedOut: nil
        case .unusableAnswer(_, let message): message
        }
    }

}

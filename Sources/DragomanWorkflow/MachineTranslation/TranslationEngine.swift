/// A machine-translation engine: text in the source language in, a draft in the target
/// language out. Engines are outside programs; each request has a time limit.
public protocol TranslationEngine: Sendable {
    /// For messages and the units' history ("apertium spa-eng").
    var name: String { get }
    func translate(_ text: String) throws -> String
}

/// Why an engine gave no translation. Every case names the engine.
public enum EngineError: Error, Equatable, CustomStringConvertible {
    case notInstalled(engine: String, hint: String)
    case failed(engine: String, status: Int32, message: String)
    case timedOut(engine: String, seconds: Double)

    public var description: String {
        switch self {
        case .notInstalled(let engine, let hint): "\(engine): not installed (\(hint))"
        case .failed(let engine, let status, let message):
            "\(engine): failed with exit status \(status)" + (message.isEmpty ? "" : ": \(message)")
        case .timedOut(let engine, let seconds): "\(engine): no answer within \(seconds) s (see --timeout)"
        }
    }
}

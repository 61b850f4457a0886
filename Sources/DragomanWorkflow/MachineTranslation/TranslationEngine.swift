import DragomanText

/// A machine-translation engine: text in the source language in, a draft in the target
/// language out. Engines are outside programs; each request has a time limit.
public protocol TranslationEngine: Sendable {
    /// For messages and the units' history ("apertium spa-eng").
    var name: String { get }
    func translate(_ text: String) throws -> String
}

/// Why an engine gave no translation. Every case names the engine.
public enum EngineError: DragomanError, Equatable {
    case notInstalled(engine: String, hint: String)
    case failed(engine: String, status: Int32, message: String)
    case timedOut(engine: String, seconds: Double)

    public var location: ErrorLocation? { nil }

    public var problem: String {
        switch self {
        case .notInstalled(let engine, _): "\(engine): not installed"
        case .failed(let engine, let status, _): "\(engine): failed with exit status \(status)"
        case .timedOut(let engine, let seconds): "\(engine): no answer within \(seconds) s (see --timeout)"
        }
    }

    public var cause: String? {
        switch self {
        case .notInstalled(_, let hint): hint
        case .failed(_, _, let message): message.isEmpty ? nil : message
        case .timedOut: nil
        }
    }

}

import DragomanText

/// What the workbench refuses on its own account (the library's errors keep their types).
public enum WorkbenchError: DragomanError, Equatable {
    /// A request the API cannot use: its message says why.
    case badRequest(String)
    /// A machine-translation draft was asked for, but `dragoman serve` was started without an engine.
    case noEngine

    public var location: ErrorLocation? { nil }

    public var problem: String {
        switch self {
        case .badRequest(let message): message
        case .noEngine:
            "no machine-translation engine is configured (start `dragoman serve` with --engine apertium or "
                + "--engine command --command PROGRAM)"
        }
    }
}

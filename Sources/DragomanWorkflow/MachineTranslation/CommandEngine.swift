/// Any program that reads source text on standard input and writes its translation on
/// standard output, run through `/bin/sh -c`, for engines a translator already has.
///
/// By default it is run once per unit. With `wholeDocument`, it is run once per document with
/// one segment per line and must write one translation per line: for engines with a start-up
/// cost (a model to load), where a process per unit would cost that each time.
public struct CommandEngine: TranslationEngine {
    public var command: String
    public var timeout: Double
    public var wholeDocument: Bool
    public var name: String { "command `\(command)`" }
    public var translatesLines: Bool { wholeDocument }

    public init(command: String, timeout: Double = 60, wholeDocument: Bool = false) {
        self.command = command
        self.timeout = timeout
        self.wholeDocument = wholeDocument
    }

    public func translate(lines: [String]) throws -> [String] {
        wholeDocument ? try translateJoined(lines, with: translate) : try lines.map(translate)
    }

    public func translate(_ text: String) throws -> String {
        try EngineProcess.translate(
            text, executable: "/bin/sh", arguments: ["-c", command], timeout: timeout, engine: name)
    }
}

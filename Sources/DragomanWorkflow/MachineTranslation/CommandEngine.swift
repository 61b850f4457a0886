/// Any program that reads source text on standard input and writes its translation on
/// standard output, run through `/bin/sh -c`, for engines a translator already has.
public struct CommandEngine: TranslationEngine {
    public var command: String
    public var timeout: Double
    public var name: String { "command `\(command)`" }

    public init(command: String, timeout: Double = 60) {
        self.command = command
        self.timeout = timeout
    }

    public func translate(_ text: String) throws -> String {
        try EngineProcess.translate(
            text, executable: "/bin/sh", arguments: ["-c", command], timeout: timeout, engine: name)
    }
}

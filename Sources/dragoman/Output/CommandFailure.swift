import DragomanText

/// How a command ends when it does not succeed and no library error says why: a usage problem
/// the command itself finds, or "ran fine but found problems" (exit status 1).
struct CommandFailure: DragomanError {
    var exitStatus: ExitStatus
    /// Empty when the command has already said everything (QA's findings, for example).
    var problem: String
    var location: ErrorLocation?

    static func usage(_ message: String) -> CommandFailure { CommandFailure(exitStatus: .failure, problem: message) }
    static func input(_ message: String, file: String? = nil) -> CommandFailure {
        CommandFailure(exitStatus: .failure, problem: message, location: file.map { ErrorLocation(file: $0) })
    }
    static func problemsFound(_ message: String? = nil) -> CommandFailure {
        CommandFailure(exitStatus: .findings, problem: message ?? "")
    }
}

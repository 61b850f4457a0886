/// How a command ends when it does not succeed, following the exit-status convention:
/// 1 for "ran fine but found problems / no match", 2 for bad usage or unreadable input.
struct CommandFailure: Error {
    var exitCode: Int32
    var message: String?

    static func usage(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }
    static func input(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }
    static func problemsFound(_ message: String? = nil) -> CommandFailure {
        CommandFailure(exitCode: 1, message: message)
    }
}

import ArgumentParser
import DragomanText

#if canImport(Glibc)
    import Glibc
#endif

/// The `dragoman` command: a thin layer over the Dragoman library.
struct Dragoman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "A toolkit for translators of news articles: segmentation, names, alignment, glossaries, exports.",
        discussion: """
            Output meant for scripts (--format json|tsv) goes to standard output; messages go to standard error.
            Exit status: 0 success, 1 ran fine but found problems or no match, 2 bad usage or unreadable input.
            """,
        subcommands: [
            SegmentCommand.self, DetectLanguageCommand.self, TranslitCommand.self, NormalizeCommand.self,
            EvalCommand.self, BenchCommand.self,
        ]
    )
}

@main
enum Main {
    static func main() {
        do {
            var command = try Dragoman.parseAsRoot()
            try command.run()
            StandardOutput.shared.flush()
        } catch let failure as CommandFailure {
            StandardOutput.shared.flush()
            if let message = failure.message { StandardError.write("dragoman: \(message)\n") }
            exit(failure.exitCode)
        } catch {
            StandardOutput.shared.flush()
            let code = Dragoman.exitCode(for: error)
            if code == .success || code == .failure && Dragoman.fullMessage(for: error).isEmpty {
                Dragoman.exit(withError: error)
            }
            if error is TextInputError || error is ICUError || code == .validationFailure || code.rawValue == 64 {
                let message = Dragoman.fullMessage(for: error)
                StandardError.write(message.hasSuffix("\n") ? message : message + "\n")
                exit(2)
            }
            // Errors from the library name their file and position; show them on one line.
            StandardError.write("dragoman: \(error)\n")
            exit(2)
        }
    }
}

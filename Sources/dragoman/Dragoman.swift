import ArgumentParser
import DragomanGlossary
import DragomanStore
import DragomanText
import DragomanWorkflow

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
            Exit status: 0 done; 1 ran fine, and the answer is "no" or there are findings (QA errors, no \
            match, review conflicts); 2 bad usage, input that cannot be used, or a failure around the work \
            (project busy, disk full, engine timed out), with a message "dragoman: FILE:LINE:COL: what went \
            wrong (cause)" on standard error and nothing changed.
            """,
        subcommands: [
            SegmentCommand.self, DetectLanguageCommand.self, TranslitCommand.self, NormalizeCommand.self,
            NamesCommand.self, GlossaryCommand.self, TermsCommand.self, AlignCommand.self, EvalCommand.self,
            AddCommand.self, SegmentsCommand.self, SetCommand.self, TranslateCommand.self, StatusCommand.self,
            QACommand.self, AttachCommand.self, MemoryCommand.self, ExportCommand.self, ImportReviewCommand.self,
            MachineTranslateCommand.self, SummarizeCommand.self, ServeCommand.self, ProjectCommand.self,
            BenchCommand.self,
        ]
    )
}

extension Dragoman {
    static let maximumArguments = 512
}

@main
enum Main {
    static func main() {
        // A closed pipe (`dragoman segment … | head`) must be an EPIPE that StandardOutput
        // handles, not a signal; this is the process's decision, so it is made here.
        signal(SIGPIPE, SIG_IGN)
        // ArgumentParser's time grows with the square of the argument count (20,000 repeated
        // options take minutes): a bound far above any real use keeps every parse short.
        let arguments = CommandLine.arguments.count - 1
        if arguments > Dragoman.maximumArguments {
            StandardError.write(
                "dragoman: \(arguments) command-line arguments are more than the \(Dragoman.maximumArguments) "
                    + "accepted; give long lists in a file instead\n")
            exit(ExitStatus.failure.rawValue)
        }
        do {
            var command = try Dragoman.parseAsRoot()
            try command.run()
            StandardOutput.shared.flush()
        } catch let error as DragomanError {
            // Every library error, and the commands' own: one rendering, one exit status table.
            StandardOutput.shared.flush()
            let message = error.description
            if !error.problem.isEmpty { StandardError.write("dragoman: \(message)\n") }
            exit(error.exitStatus.rawValue)
        } catch {
            StandardOutput.shared.flush()
            // Help and usage errors as ArgumentParser words them; usage errors exit with 2.
            let code = Dragoman.exitCode(for: error)
            if code == .success { Dragoman.exit(withError: error) }
            let message = Dragoman.fullMessage(for: error)
            if code == .validationFailure {
                StandardError.write(message.hasSuffix("\n") ? message : message + "\n")
                exit(ExitStatus.failure.rawValue)
            }
            StandardError.write("dragoman: \(message.isEmpty ? "\(error)" : message)\n")
            exit(ExitStatus.failure.rawValue)
        }
    }
}

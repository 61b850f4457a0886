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
            Exit status: 0 success, 1 ran fine but found problems or no match, 2 bad usage or unreadable input.
            """,
        subcommands: [
            SegmentCommand.self, DetectLanguageCommand.self, TranslitCommand.self, NormalizeCommand.self,
            NamesCommand.self, GlossaryCommand.self, TermsCommand.self, AlignCommand.self, EvalCommand.self,
            AddCommand.self, SegmentsCommand.self, SetCommand.self, TranslateCommand.self, StatusCommand.self,
            QACommand.self, AttachCommand.self, MemoryCommand.self, ExportCommand.self, ImportReviewCommand.self,
            MachineTranslateCommand.self, SummarizeCommand.self, BenchCommand.self,
        ]
    )
}

@main
enum Main {
    /// Reports an error about the input on one line (it names the file and position) and exits with 2.
    static func fail(_ error: some Error) -> Never {
        StandardOutput.shared.flush()
        StandardError.write("dragoman: \(error)\n")
        exit(2)
    }

    static func main() {
        do {
            var command = try Dragoman.parseAsRoot()
            try command.run()
            StandardOutput.shared.flush()
        } catch let failure as CommandFailure {
            StandardOutput.shared.flush()
            if let message = failure.message { StandardError.write("dragoman: \(message)\n") }
            exit(failure.exitCode)
        } catch let error as TextInputError {
            fail(error)
        } catch let error as ICUError {
            fail(error)
        } catch let error as SegmentationEvaluation.LoadError {
            fail(error)
        } catch let error as TSVTable.Problem {
            fail(error)
        } catch let error as FileFormatError {
            fail(error)
        } catch let error as ProjectError {
            fail(error)
        } catch let error as EngineError {
            fail(error)
        } catch {
            StandardOutput.shared.flush()
            // Help and usage errors as ArgumentParser words them; usage errors exit with 2.
            let code = Dragoman.exitCode(for: error)
            if code == .success { Dragoman.exit(withError: error) }
            let message = Dragoman.fullMessage(for: error)
            if code == .validationFailure {
                StandardError.write(message.hasSuffix("\n") ? message : message + "\n")
                exit(2)
            }
            StandardError.write("dragoman: \(message.isEmpty ? "\(error)" : message)\n")
            exit(2)
        }
    }
}

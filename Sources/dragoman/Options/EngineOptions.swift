import ArgumentParser
import DragomanText
import DragomanWorkflow

/// `--engine apertium|command [--command PROGRAM] [--pair P] [--timeout S]`: the
/// machine-translation engine, as `mt` and `serve` take it.
struct EngineOptions: ParsableArguments {
    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case apertium, command
    }

    @Option(name: .long, help: "The machine-translation engine: apertium or command.")
    var engine: Engine?

    @Option(name: .long, help: "The program for --engine command, run with /bin/sh -c.")
    var command: String?

    @Option(name: .long, help: "The Apertium language pair (default from the document's languages).")
    var pair: String?

    @Option(name: .long, help: "Seconds an engine may take per request.")
    var timeout: Double = 60

    @Flag(
        name: .long,
        help: "Run --command once per document: one segment per line in, one translation per line out.")
    var wholeDocument = false

    func validate() throws {
        if engine == .command && command == nil { throw ValidationError("--engine command needs --command PROGRAM") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if wholeDocument && engine != .command { throw ValidationError("--whole-document is for --engine command") }
    }

    /// The engine for a pair of languages, or nil when none was asked for.
    func make(source: LanguageCode, target: LanguageCode) throws -> (any TranslationEngine)? {
        switch engine {
        case nil: nil
        case .command: CommandEngine(command: command!, timeout: timeout, wholeDocument: wholeDocument)
        case .apertium: try ApertiumEngine(source: source, target: target, pair: pair, timeout: timeout)
        }
    }
}

import ArgumentParser
import DragomanStore
import DragomanText
import DragomanWorkflow

struct MachineTranslateCommand: ParsableCommand {
    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case apertium, command
    }

    static let configuration = CommandConfiguration(
        commandName: "mt",
        abstract: "Fill empty targets with machine-translation drafts that keep the glossary's names.",
        discussion: """
            Each unit without a target is sent to the engine with its glossary names and terms replaced by \
            placeholders, which come back as the names' preferred target forms; the result is stored as a \
            draft of origin machine translation. All requests are made before anything is stored, in one \
            transaction: an engine that fails or runs past --timeout leaves the project unchanged.
              apertium  the Apertium engine (apt-get install apertium apertium-eng-spa); the pair follows the \
            document's languages (spa-eng for es→en) unless --pair is given
              command   any program reading source text on stdin and writing the translation on stdout (--command)
              dragoman mt --engine apertium --project corea.db
            """
    )

    @Option(name: .long, help: "apertium or command.")
    var engine: Engine

    @Option(name: .long, help: "The program for --engine command, run with /bin/sh -c.")
    var command: String?

    @Option(name: .long, help: "The Apertium language pair (default from the document's languages).")
    var pair: String?

    @Option(name: .long, help: "Seconds an engine may take per request.")
    var timeout: Double = 60

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        if engine == .command && command == nil { throw ValidationError("--engine command needs --command PROGRAM") }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let store = try projectOptions.open()
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        guard let first = documents.first else {
            throw ProjectError.invalidDocument(path: projectOptions.project, reason: "the project has no documents")
        }
        let chosen: any TranslationEngine
        switch engine {
        case .command: chosen = CommandEngine(command: command!, timeout: timeout)
        case .apertium:
            chosen = try ApertiumEngine(
                source: first.sourceLanguage, target: first.targetLanguage, pair: pair, timeout: timeout)
        }
        let translator = MachineTranslator(engine: chosen, glossaries: try projectOptions.glossaries(of: store))
        let result = try translator.draft(store, document: document, author: "mt:\(chosen.name)") { done, total in
            if StandardError.isTerminal && total > 0 {
                StandardError.write("\rdrafting with \(chosen.name): \(done)/\(total)")
            }
        }
        if StandardError.isTerminal { StandardError.write("\r\u{1B}[K") }
        for (unit, names) in result.lostNames {
            StandardError.write("dragoman: unit \(unit): the engine dropped \(names.joined(separator: ", "))\n")
        }
        StandardOutput.shared.write(
            "drafted \(result.drafted) units with \(chosen.name) in \(projectOptions.project) "
                + "(\(result.protectedNames) names and terms carried through)\n")
    }
}

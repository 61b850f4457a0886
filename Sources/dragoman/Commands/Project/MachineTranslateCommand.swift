import ArgumentParser
import DragomanPostgres
import DragomanStore
import DragomanText
import DragomanWorkflow

struct MachineTranslateCommand: ParsableCommand {
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
              command   any program reading source text on stdin and writing the translation on stdout (--command), \
            run once per unit, or once per document with --whole-document (one segment per line in, one \
            translation per line out: for engines with a start-up cost)
              dragoman mt --engine apertium --project corea.db
            """
    )

    @OptionGroup var engineOptions: EngineOptions

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @OptionGroup var projectOptions: ProjectOptions

    func validate() throws {
        if engineOptions.engine == nil { throw ValidationError("Missing expected argument '--engine <engine>'") }
    }

    func run() throws {
        let store = try projectOptions.open()
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        guard let first = documents.first else {
            throw ProjectError.invalidDocument(
                path: ProjectLocation.displayed(projectOptions.project), reason: "the project has no documents")
        }
        let chosen = try engineOptions.make(source: first.sourceLanguage, target: first.targetLanguage)!
        let translator = MachineTranslator(engine: chosen, glossaries: try projectOptions.glossaries(of: store))
        let result = try translator.draft(store, document: document, author: "mt:\(chosen.name)") { done, total in
            guard StandardError.isTerminal && total > 0 else { return }
            if chosen.translatesLines && done < total {
                StandardError.write("\rdrafting with \(chosen.name): \(total) units in one call…")
            } else {
                StandardError.write("\rdrafting with \(chosen.name): \(done)/\(total)")
            }
        }
        if StandardError.isTerminal { StandardError.write("\r\u{1B}[K") }
        for (unit, names) in result.lostNames {
            StandardError.write("dragoman: unit \(unit): the engine dropped \(names.joined(separator: ", "))\n")
        }
        StandardOutput.shared.write(
            "drafted \(result.drafted) units with \(chosen.name) in \(ProjectLocation.displayed(projectOptions.project)) "
                + "(\(result.protectedNames) names and terms carried through)\n")
    }
}

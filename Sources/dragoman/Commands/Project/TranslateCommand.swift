import ArgumentParser
import DragomanStore
import DragomanWorkflow

#if canImport(Glibc)
    import Glibc
#endif

struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Work through the units that still need a translation, one at a time.",
        discussion: """
            Shows each unit's source, the names and terms in it with their preferred target forms, the best \
            translation-memory matches with their match percentage (numbers and names already substituted), and \
            the previous and next unit. Type the translation and press Enter to confirm it; every confirmed \
            unit is saved at once. Commands: :accept [N], :draft TEXT, :skip, :back, :quit, :help.
            When standard input is not a terminal, one action is read per line, so a session can be scripted:
              printf 'Kim met Putin.\\n:skip\\n:accept 1\\n' | dragoman translate
            """
    )

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let store = try projectOptions.open()
        if store.isReadOnly { throw ProjectError.readOnly(path: store.path) }
        let session = try TranslationSession(
            store: store, document: document, glossaries: try projectOptions.glossaries(of: store),
            author: author.name)
        let interactive = isatty(STDIN_FILENO) == 1
        let output = StandardOutput.shared
        var saved = 0
        guard try session.view() != nil else {
            output.write("nothing to translate: every unit is confirmed\n")
            return
        }
        var shown: Int64?
        var input = InputLines()
        while let view = try session.view() {
            if shown != view.unit.id { show(view, interactive: interactive) }
            shown = view.unit.id
            if interactive { output.write("› ") }
            output.flush()
            guard let line = try input.next() else { break }
            switch try session.perform(TranslateAction(line: line)) {
            case .saved(let unit):
                saved += 1
                output.write("saved unit \(unit.id) (\(unit.status.rawValue))\n")
            case .moved, .finished: break
            case .quit:
                output.write("stopped; \(saved) unit(s) saved, \(session.remaining) left\n")
                return
            case .help(let text): output.write(text + "\n")
            case .invalid(let message): output.write("? \(message)\n")
            case .conflict(let yours, let theirs):
                output.write(
                    "! unit \(theirs.id) changed since it was shown (another session or a review): nothing was saved\n"
                        + "  theirs: \(theirs.target ?? "—") (\(theirs.status.rawValue))\n  yours:  \(yours)\n"
                        + "  :mine saves yours over theirs; type another text; :skip keeps theirs\n")
            }
            output.flush()
        }
        output.write("done; \(saved) unit(s) saved, \(session.remaining) left\n")
    }

    private func show(_ view: TranslationSession.View, interactive: Bool) {
        let bold = interactive ? "\u{1B}[1m" : ""
        let dim = interactive ? "\u{1B}[2m" : ""
        let reset = interactive ? "\u{1B}[0m" : ""
        var text =
            "\n\(bold)unit \(view.unit.id)\(reset) (\(view.place) of \(view.total), \(view.unit.status.rawValue))\n"
        if let previous = view.previous {
            text += "\(dim)  before: \(previous.source)\n          \(previous.target ?? "—")\(reset)\n"
        }
        text += "  \(bold)source: \(view.unit.source)\(reset)\n"
        if let target = view.unit.target { text += "  draft:  \(target)\n" }
        for term in view.terms {
            text += "  name:   \(term.text) → \(term.preferredTarget ?? "(no \(term.kind.rawValue) form)")\n"
        }
        for (number, offer) in view.offers.enumerated() {
            text += "  [\(number + 1)] \(offer.percentage)%  \(offer.target)\n"
            text += "\(dim)         from: \(offer.memorySource)\(reset)\n"
            if !offer.substitutions.isEmpty {
                text += "         changed: \(offer.substitutions.joined(separator: ", "))\n"
            }
        }
        if let next = view.next { text += "\(dim)  after:  \(next.source)\(reset)\n" }
        StandardOutput.shared.write(text)
    }
}

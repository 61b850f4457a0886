import ArgumentParser
import DragomanGlossary
import DragomanWorkflow

struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach glossaries to a project, re-sync them from their files, or list them.",
        discussion: """
            A project keeps a copy of each glossary, so the project file is self-contained; --sync reads every \
            attached glossary again from the file it came from.
              dragoman attach Glossaries/news-names.csv
              dragoman attach --sync
            """
    )

    @Argument(help: "Glossary files (.tbx, .csv, .tsv) to attach.")
    var files: [String] = []

    @Flag(name: .long, help: "Re-read every attached glossary from its file.")
    var sync = false

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let attachments = try files.map { ProjectGlossaries.attachment(of: try GlossaryFile.read($0), path: $0) }
        if !attachments.isEmpty { try store.attach(attachments) }
        if sync { try ProjectGlossaries.sync(store) }
        for glossary in try store.glossaries() {
            StandardOutput.shared.write(
                "\(glossary.name)\t\(glossary.entryCount) entries\t\(glossary.path)\tsynced \(glossary.syncedAt)\n")
        }
    }
}

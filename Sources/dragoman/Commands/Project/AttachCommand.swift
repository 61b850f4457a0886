import ArgumentParser
import DragomanGlossary
import DragomanPostgres
import DragomanWorkflow

struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach glossaries to a project, re-sync them from their files, or list them.",
        discussion: """
            A project keeps a copy of each glossary, so the project file is self-contained; --sync reads every \
            attached glossary again from the file it came from. On PostgreSQL, --share puts the files into the \
            database's team termbase as well, and --team attaches a glossary of the termbase by name: a project \
            reads such a glossary as the termbase holds it now, so one correction shared reaches every project.
              dragoman attach Glossaries/news-names.csv
              dragoman attach --sync
              dragoman attach Glossaries/news-names.csv --share --project postgresql://me@db/newsroom?project=ukraine
              dragoman attach --team news-names.csv --project postgresql://me@db/newsroom?project=korea
            """
    )

    @Argument(help: "Glossary files (.tbx, .csv, .tsv) to attach.")
    var files: [String] = []

    @Flag(name: .long, help: "Re-read every attached glossary from its file.")
    var sync = false

    @Flag(name: .long, help: "Share the files in the database's team termbase too (PostgreSQL).")
    var share = false

    @Flag(name: .long, help: "With --share: replace a team glossary of the same name shared from another file.")
    var replace = false

    @Option(name: .long, help: "Attach a glossary of the team termbase by name (PostgreSQL; repeatable).")
    var team: [String] = []

    @Flag(name: .long, help: "List the team termbase's glossaries instead (PostgreSQL).")
    var listTeam = false

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        var attachments = try files.map { ProjectGlossaries.attachment(of: try GlossaryFile.read($0), path: $0) }
        if share || !team.isEmpty || listTeam {
            guard let database = store as? PostgresProjectStore else {
                throw CommandFailure.usage(
                    "the team termbase lives in a PostgreSQL database: give --project postgresql://USER@HOST/DB?project=NAME"
                )
            }
            if listTeam {
                for glossary in try database.teamGlossaries() {
                    StandardOutput.shared.write(
                        "\(glossary.name)\t\(glossary.entryCount) entries\t\(glossary.path)\tupdated \(glossary.syncedAt)\n"
                    )
                }
                return
            }
            if share {
                attachments = try attachments.map { glossary in
                    let (attachment, replaced) = try database.share(glossary, replacingAnotherFile: replace)
                    StandardError.write(
                        "dragoman: shared \(glossary.name) in the team termbase (\(glossary.entryCount) entries"
                            + (replaced.map { "; it had \($0.entryCount) from \($0.path)" } ?? "; new") + ")\n")
                    return attachment
                }
            }
            attachments += try team.map { try database.teamGlossary(named: $0) }
        }
        if !attachments.isEmpty { try store.attach(attachments) }
        if sync { try ProjectGlossaries.sync(store) }
        for glossary in try store.glossaries() {
            StandardOutput.shared.write(
                "\(glossary.name)\t\(glossary.entryCount) entries\t\(glossary.path)\tsynced \(glossary.syncedAt)\n")
        }
    }
}

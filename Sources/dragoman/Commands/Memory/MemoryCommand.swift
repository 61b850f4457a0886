import ArgumentParser

struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "The project's translation memory: import and export TMX, look up fuzzy matches.",
        subcommands: [MemoryImportCommand.self, MemoryExportCommand.self, MemoryLookupCommand.self]
    )
}

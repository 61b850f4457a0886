import ArgumentParser
import DragomanGlossary

/// `--glossary G` (repeatable) and `--no-default-glossaries`, as every command that uses
/// glossaries takes them.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "A glossary file (.tbx, .csv, .tsv) to use; repeatable.")
    var glossary: [String] = []

    @Flag(name: .long, help: "Use only the glossaries given with --glossary, not the shipped ones.")
    var noDefaultGlossaries = false

    var sources: GlossarySources {
        GlossarySources(explicitFiles: glossary, useDefaults: !noDefaultGlossaries)
    }

    func load() throws -> [Glossary] { try sources.load() }
}

import ArgumentParser
import DragomanGlossary

/// `--glossary G` (repeatable) and `--no-default-glossaries`, as every command that uses
/// glossaries takes them. The command layer chooses the default glossaries (the library is
/// given files) and names each one it chose on stderr.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: "A glossary file (.tbx, .csv, .tsv) to use; repeatable.")
    var glossary: [String] = []

    @Flag(name: .long, help: "Use only the glossaries given with --glossary, not the shipped ones.")
    var noDefaultGlossaries = false

    /// The files to use: those given, then the default ones, each named on stderr.
    func files() -> [String] {
        let chosen = GlossarySources(explicitFiles: glossary, useDefaults: !noDefaultGlossaries).files()
        let defaults = chosen.filter { $0.reason != "--glossary" }
        if !defaults.isEmpty {
            StandardError.note(
                "default glossaries (\(defaults[0].reason); --no-default-glossaries to leave them out): "
                    + defaults.map(\.path).joined(separator: ", "))
        }
        return chosen.map(\.path)
    }

    func load() throws -> [Glossary] { try files().map { try GlossaryFile.read($0) } }
}

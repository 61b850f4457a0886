import ArgumentParser
import DragomanGlossary

struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the entries of glossaries, or with --sources the glossary files in use.",
        discussion: """
            Without FILES, lists the glossaries found at run time: --glossary files, then the folder in \
            DRAGOMAN_GLOSSARIES, then Glossaries/ next to the executable's package or in the current \
            directory, then /usr/local/share/dragoman/glossaries or /usr/share/dragoman/glossaries.
            """
    )

    @Argument(help: "Glossary files to list (default: the glossaries in use).")
    var files: [String] = []

    @Flag(name: .long, help: "Print which glossary files are loaded and why, not their entries.")
    var sources = false

    @OptionGroup var glossaries: GlossaryOptions

    func run() throws {
        let output = StandardOutput.shared
        let found =
            files.isEmpty
            ? GlossarySources(explicitFiles: glossaries.glossary, useDefaults: !glossaries.noDefaultGlossaries).files()
            : files.map { ($0, "argument") }
        if sources {
            for (path, reason) in found { output.write("\(path)\t\(reason)\n") }
            if found.isEmpty { StandardError.write("dragoman: no glossaries in use\n") }
            return
        }
        for (path, _) in found {
            let glossary = try GlossaryFile.read(path)
            for entry in glossary.entries {
                output.write(TSV.line([glossary.title] + entry.summary.split(separator: "\t").map(String.init)))
            }
        }
    }
}

import ArgumentParser
import DragomanExchange
import DragomanText
import Foundation

struct MemoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TMX file (1.1 to 1.4b: OmegaT, translate-toolkit, Trados…) into the memory.",
        discussion: "Units without both languages are skipped; exact duplicates are not added twice."
    )

    @Argument(help: "The TMX file.")
    var file: String

    @Option(name: .long, help: "Source language of the entries to take.")
    var sourceLang: LanguageCode = .german

    @Option(name: .long, help: "Target language of the entries to take.")
    var targetLang: LanguageCode = .english

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let data = try FileAccess.read(file)
        let units = try TMXFile.read(
            data, file: file, sourceLanguage: sourceLang, targetLanguage: targetLang)
        let added = try store.addMemoryUnits(units)
        StandardOutput.shared.write(
            "\(file): \(units.count) \(sourceLang.tag)→\(targetLang.tag) units read, \(added) added to the memory\n")
    }
}

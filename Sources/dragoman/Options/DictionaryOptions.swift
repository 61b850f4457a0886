import ArgumentParser
import DragomanAlign
import DragomanText

/// `--dictionary FILE` (repeatable) and `--no-dictionary`: the bilingual dictionaries an
/// alignment uses. With neither, the one Debian installs for the pair is used, and stderr says so.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: "A dictionary file for the alignment: a dictd .index or a Ding text file; repeatable.")
    var dictionary: [String] = []

    @Flag(name: .long, help: "Use no dictionary, not even an installed one (glossary names still anchor).")
    var noDictionary = false

    func validate() throws {
        if noDictionary && !dictionary.isEmpty {
            throw ValidationError("Give --dictionary or --no-dictionary, not both.")
        }
    }

    /// The files to use for a pair, named on stderr when one is chosen for the user.
    func files(source: LanguageCode, target: LanguageCode) -> [String] {
        if noDictionary || !dictionary.isEmpty { return dictionary }
        return Self.installed(source: source, target: target)
    }

    /// The dictionary installed for the pair, if any, named on stderr.
    static func installed(source: LanguageCode, target: LanguageCode) -> [String] {
        guard let installed = BilingualDictionary.installedFile(source: source, target: target) else { return [] }
        StandardError.write("dragoman: dictionary: \(installed) (installed for \(source.tag)→\(target.tag))\n")
        return [installed]
    }
}

import ArgumentParser
import DragomanText
import Foundation

struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate text with an ICU transform or your own ICU rules.",
        discussion: """
            The transform is any ICU transform ID or compound ID, for example:
              dragoman translit --id 'Ukrainian-Latin/BGN' 'Зеленський'
              dragoman translit --id 'Any-Latin; Latin-ASCII' '평양'
              dragoman translit --rules my-rules.txt --file names.txt
            With --file each line of the file is transformed and printed. --list prints the available IDs.
            """
    )

    @Argument(help: "Text to transliterate (words are joined with spaces).")
    var text: [String] = []

    @Option(name: .long, help: "A file to transliterate line by line (- for standard input).")
    var file: String?

    @Option(name: .long, help: "ICU transform ID, e.g. 'Any-Latin; Latin-ASCII'.")
    var id: String?

    @Option(name: .long, help: "A file of transform rules in ICU rule syntax, used instead of --id.")
    var rules: String?

    @Flag(name: .long, help: "List the transform IDs that ICU provides.")
    var list = false

    func validate() throws {
        if list { return }
        if id == nil && rules == nil { throw ValidationError("Give a transform with --id ID or --rules FILE.") }
        if id != nil && rules != nil { throw ValidationError("Give either --id or --rules, not both.") }
        if text.isEmpty == (file == nil) { throw ValidationError("Give either TEXT or --file FILE.") }
    }

    func run() throws {
        if list {
            for id in Transliterator.availableIDs.sorted() { StandardOutput.shared.write(id + "\n") }
            return
        }
        let transform: Transliterator
        if let rules {
            let ruleText = try readRuleFile(rules)
            do {
                transform = try Transliterator.compiled(id: "Dragoman-Custom", rules: ruleText)
            } catch {
                guard let location = error.ruleLocation else { throw error }
                throw CommandFailure.input(
                    "\(rules):\(location.line):\(location.offset): invalid transform rules (\(error.status.name))")
            }
        } else {
            transform = try Transliterator.named(id!)
        }
        try TextTransformation.apply(text: text, file: file) { try transform.transform($0) }
    }

    private func readRuleFile(_ path: String) throws -> String {
        var lines: [String] = []
        try TextFileReader(path: path).forEachLine { line in
            lines.append(line.text)
        }
        return lines.joined(separator: "\n")
    }
}

/// Applies a string transformation to command-line text or to each line of a file.
enum TextTransformation {
    static func apply(text: [String], file: String?, _ transform: (String) throws -> String) throws {
        let output = StandardOutput.shared
        if let file {
            try TextFileReader(path: file).forEachLine { line in
                output.write(try transform(line.text))
                output.write("\n")
            }
        } else {
            output.write(try transform(text.joined(separator: " ")))
            output.write("\n")
        }
    }
}

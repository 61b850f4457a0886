import ArgumentParser
import DragomanText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise text to NFC, NFD, NFKC, NFKD, NFKC_Casefold, or a name-matching key.",
        discussion: """
            --form key folds case, accents, dashes, apostrophes and quotes, soft hyphens and spacing, \
            so that spellings of one name compare equal:
              dragoman normalize --form key 'Erdoğan'        # erdogan
              dragoman normalize --form nfc --file text.txt
            """
    )

    @Argument(help: "Text to normalise (words are joined with spaces).")
    var text: [String] = []

    @Option(name: .long, help: "A file to normalise line by line (- for standard input).")
    var file: String?

    @Option(name: .long, help: "nfc, nfd, nfkc, nfkd, nfkc_cf or key.")
    var form: String = "nfc"

    func validate() throws {
        if text.isEmpty == (file == nil) { throw ValidationError("Give either TEXT or --file FILE.") }
        if form.lowercased() != "key" && NormalizationForm(name: form) == nil {
            throw ValidationError("Unknown form '\(form)'; use nfc, nfd, nfkc, nfkd, nfkc_cf or key.")
        }
    }

    func run() throws {
        if form.lowercased() == "key" {
            try TextTransformation.apply(text: text, file: file) { try MatchingKey.make($0) }
        } else {
            let normalization = NormalizationForm(name: form)!
            try TextTransformation.apply(text: text, file: file) { try $0.normalized(normalization) }
        }
    }
}

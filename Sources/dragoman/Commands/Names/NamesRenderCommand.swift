import ArgumentParser
import DragomanGlossary
import DragomanNames
import DragomanText

struct NamesRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Propose how another language's press writes a name (German Winnyzja → English Vinnytsia).",
        discussion: """
            Rewrites the name with the target press's letter correspondences (Duden transcription ↔ \
            BGN/PCGN and the Ukrainian national system, German spellings of Arabic, Persian and Central \
            Asian names ↔ English ones) and ranks the spellings by how much they look like the target \
            language's names (letter statistics of CLDR's names and the glossaries' terms) and by whether \
            the language's installed word lists write it (Debian's wamerican-large, wbritish-large, \
            wngerman). No glossary \
            entry or candidate list is needed; the score is each proposal's share of the weight.
              dragoman names render Winnyzja
              dragoman names render 'Chmelnyzkyj' --top 3 --format tsv
              dragoman names render Kharkiv --from en --to de
            """
    )

    @Argument(help: "The name, as the source language's press writes it.")
    var name: [String]

    @Option(name: .long, help: "The convention the name is written in.")
    var from: LanguageCode = .german

    @Option(name: .long, help: "The convention to propose forms in.")
    var to: LanguageCode = .english

    @Option(name: .long, help: "How many proposals.")
    var top: Int = 5

    @Option(name: .long, help: "Output format.")
    var format: TextJSONOrTSV = .text

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let renderer = try NameRenderer.learning(from: glossaryOptions.load(), source: from, target: to)
        let proposals = renderer.render(name.joined(separator: " "), top: top)
        switch format {
        case .json:
            try JSONOutput.write(
                proposals.map { NameRenderer.Rendering(text: $0.text, score: $0.score.rounded(places: 4)) })
        case .tsv:
            for proposal in proposals {
                StandardOutput.shared.write(TSV.line([proposal.text, String(format: "%.4f", proposal.score)]))
            }
        case .text:
            for proposal in proposals {
                StandardOutput.shared.write(String(format: "%@\t%.3f\n", proposal.text, proposal.score))
            }
        }
    }
}

import ArgumentParser
import DragomanText

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut a text into sentence segments.",
        discussion: """
            Reads a UTF-8 text file (or standard input with -) and prints its segments, as a translator \
            would work through them. Every line break ends a segment, so headlines stand alone.

              text  one segment per line
              json  a JSON array of the segment strings
              tsv   index<TAB>start<TAB>end<TAB>segment; start and end are 0-based, half-open offsets in \
            Unicode characters (scalar values) of the file; tabs, newlines and backslashes in segments are \
            escaped as \\t, \\n, \\\\

            Segments without letters or digits (a stray ":") are printed too; they are not translatable.
            Examples:
              dragoman segment Samples/de-nordkorea-truppen.txt --lang de
              dragoman segment article.txt --format tsv
            """
    )

    @Argument(help: "The text file to segment, or - for standard input.")
    var file: String

    @Option(name: .long, help: "Language of the text as a BCP 47 code (de, en, …). Detected when omitted.")
    var lang: LanguageCode?

    @Option(name: .long, help: "Output format.")
    var format: TextJSONOrTSV = .text

    func run() throws {
        let reader = try TextFileReader(path: file)
        let language = try LanguageChoice.resolve(lang, file: file) { try reader.sample() }
        let segmenter = try Segmenter(language: language)
        let output = StandardOutput.shared
        let progress = Progress("segmenting \(file)", total: reader.size)
        var array = format == .json ? JSONOutput.ArrayWriter() : nil
        try SegmentStream(reader: reader, segmenter: segmenter).forEachSegment { segment in
            switch format {
            case .text:
                output.write(segment.text)
                output.write("\n")
            case .json:
                try array?.append(segment.text)
            case .tsv:
                output.write(
                    TSV.line([
                        String(segment.index), String(segment.range.lowerBound), String(segment.range.upperBound),
                        segment.text,
                    ]))
            }
            if segment.index % 1024 == 0 { progress.update(reader.bytesRead) }
        }
        progress.finish()
        array?.finish()
    }
}

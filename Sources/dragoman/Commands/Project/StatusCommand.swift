import ArgumentParser
import DragomanStore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the progress of each document: units and source words by status."
    )

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var projectOptions: ProjectOptions

    struct Progress: Encodable {
        var document: Int64
        var name: String
        var languages: String
        var units: [String: Int]
        var words: [String: Int]
        var totalUnits: Int
        var totalWords: Int
    }

    func run() throws {
        let store = try projectOptions.open()
        let info = try store.info
        let progress = try store.documents().map { document in
            var units: [String: Int] = [:]
            var words: [String: Int] = [:]
            for unit in try store.units(document: document.id) {
                units[unit.status.rawValue, default: 0] += 1
                words[unit.status.rawValue, default: 0] += unit.source.split(whereSeparator: \.isWhitespace).count
            }
            return Progress(
                document: document.id, name: document.name,
                languages: "\(document.sourceLanguage)→\(document.targetLanguage)", units: units, words: words,
                totalUnits: units.values.reduce(0, +), totalWords: words.values.reduce(0, +))
        }
        if format == .json {
            struct Report: Encodable {
                var project: String
                var documents: [Progress]
            }
            return try JSONOutput.write(Report(project: info.id, documents: progress))
        }
        let output = StandardOutput.shared
        output.write("project \(info.id) (\(store.path))\n")
        for document in progress {
            output.write("document \(document.document) \(document.name) \(document.languages): ")
            output.write("\(document.totalUnits) units, \(document.totalWords) words\n")
            for status in UnitStatus.allCases {
                let count = document.units[status.rawValue] ?? 0
                guard count > 0 else { continue }
                let percent = Int(
                    (Double(document.words[status.rawValue] ?? 0) / Double(max(document.totalWords, 1)) * 100).rounded()
                )
                output.write(
                    "  \(status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))"
                        + "\(String(count).leftPadded(5)) units \(String(document.words[status.rawValue] ?? 0).leftPadded(6)) words "
                        + "(\(percent)%)\n")
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

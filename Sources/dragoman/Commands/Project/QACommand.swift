import ArgumentParser
import DragomanStore
import DragomanText
import DragomanWorkflow

struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Check the translations of a project: terminology, numbers, quotes, empty and odd targets.",
        discussion: """
            Prints one finding per line: unit id, severity, rule, message. Exit status 1 when there are findings \
            at or above --fail-on (default error), 0 otherwise.
            Rules: terminology-deprecated (error: a deprecated or source-language form of any glossary name, \
            wherever it is), terminology-missing, terminology-inconsistent (an acronym and its expansion, UN and \
            United Nations, are one entry's forms), numbers (a time of day by another convention, 23.40 Uhr and \
            11.40 p.m., is one value), brackets, quotes, same-as-source, length-ratio, omission (a source sentence \
            with no counterpart in a target short by about that sentence, or one the aligned translation left out), \
            name-convention (a name copied from the German in the German press's spelling, Slowjansk, with the \
            English form `names render` proposes, where no glossary knows it) (warnings), empty-target (error for a translated or reviewed unit, info for one not yet translated; a unit \
            left empty on purpose is approved empty, `set ID '' --status approved`, and is silent).
            """
    )

    @Option(name: .long, help: "Only this document.")
    var document: Int64?

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @Option(name: .long, help: "Exit with 1 when findings of this severity or worse exist: error or warning.")
    var failOn: Finding.Severity = .error

    @OptionGroup var projectOptions: ProjectOptions

    func run() throws {
        let store = try projectOptions.open()
        let glossaries = try projectOptions.glossaries(of: store)
        let documents = try document.map { [try store.document(id: $0)] } ?? store.documents()
        var findings: [Finding] = []
        for document in documents {
            let (source, target) = (document.sourceLanguage, document.targetLanguage)
            let units = try store.units(document: document.id)
            let checker = try QualityChecker(
                glossaries: glossaries, sourceLanguage: source, targetLanguage: target,
                dictionary: DictionaryLoader.installed(
                    for: units.map(\.source), sourceLanguage: source, targetLanguage: target))
            findings += checker.findings(for: units)
        }
        if format == .json {
            try JSONOutput.write(findings)
        } else {
            for finding in findings {
                StandardOutput.shared.write(
                    "unit \(finding.unitID)\t\(finding.severity.rawValue)\t\(finding.rule)\t\(finding.message)\n")
            }
            let counts = Finding.Severity.allCases.reversed().map { severity in
                "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)s"
            }
            StandardError.write("dragoman: \(counts.joined(separator: ", "))\n")
        }
        if findings.contains(where: { $0.severity >= failOn }) { throw CommandFailure.problemsFound() }
    }
}

extension Finding.Severity: ExpressibleByArgument {}

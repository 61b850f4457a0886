import DragomanTestSupport
import Foundation
import Testing

/// docs/commands.md shows real output: every `$` line is run again and must print what the
/// page shows. README.md stays short.
@Suite("Documentation is true")
struct DocsTests {
    /// Project ids are new UUIDs on every run.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(
            of: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", with: "<project-id>",
            options: .regularExpression)
    }

    @Test("Every command in docs/commands.md prints what the page shows")
    func commandTour() throws {
        let page = try String(contentsOfFile: Repository.path("docs/commands.md"), encoding: .utf8)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["Samples", "Glossaries"] {
            try FileManager.default.createSymbolicLink(
                at: work.appendingPathComponent(name), withDestinationURL: Repository.root.appendingPathComponent(name))
        }
        var steps: [(command: String, expected: [String])] = []
        var inConsole = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```console") {
                inConsole = true
            } else if line.hasPrefix("```") {
                inConsole = false
            } else if inConsole, line.hasPrefix("$ ") {
                steps.append((String(line.dropFirst(2)), []))
            } else if inConsole, !steps.isEmpty {
                steps[steps.count - 1].expected.append(line)
            }
        }
        #expect(steps.count >= 25, "the tour shows \(steps.count) commands")
        for step in steps {
            let printed = try CommandRunner.shell(step.command, in: work).stdout
            // The page shows the output without its final newline.
            let shown = printed.hasSuffix("\n") ? String(printed.dropLast()) : printed
            #expect(
                Self.masked(shown) == Self.masked(step.expected.joined(separator: "\n")), "$ \(step.command)")
        }
    }

    @Test("README.md is short and its links lead somewhere")
    func readme() throws {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 200)
        for link in ["docs/commands.md", "docs/benchmarks.md"] {
            #expect(readme.contains(link))
            #expect(FileManager.default.fileExists(atPath: Repository.path(link)), "\(link)")
        }
    }
}

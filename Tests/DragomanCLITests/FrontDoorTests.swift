import DragomanTestSupport
import Foundation
import Testing

/// The command line's contract: exit statuses, output failures, JSON shapes and help that
/// tells the truth.
@Suite("The command line's contract")
struct FrontDoorTests {
    @Test("A full disk on stdout is an error (exit 2); a closed pipe ends quietly (exit 0)")
    func outputFailures() throws {
        let full = try CommandRunner.shell("dragoman segment Samples/de-nordkorea-truppen.txt --lang de > /dev/full")
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write to standard output (No space left on device)"), "\(full.stderr)")
        // Enough segments that the reader is gone before the writer is done.
        let long = try CommandRunner.temporaryFile(
            Array(String(repeating: "Der Kreml schwieg. Pjöngjang auch.\n", count: 40_000).utf8))
        defer { try? FileManager.default.removeItem(atPath: long) }
        let piped = try CommandRunner.shell("dragoman segment \(long) --lang de | head -1")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == "Der Kreml schwieg.\n")
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
    }

    @Test("-o writes through a symbolic link and into a device; it never replaces either")
    func outputTargets() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", project]).status == 0)
        let target = folder.appendingPathComponent("real.csv").path
        let link = folder.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let linked = try CommandRunner.run(["export", "--format", "csv", "-o", link, "--project", project])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Pyongyang"))
        let full = try CommandRunner.run(["export", "--format", "csv", "-o", "/dev/full", "--project", project])
        #expect(full.status == 2 && full.stderr.contains("/dev/full: cannot write (No space left on device)"))
        let null = try CommandRunner.run(["export", "--format", "tmx", "-o", "/dev/null", "--project", project])
        #expect(null.status == 0, "\(null.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
        let directory = try CommandRunner.run(["export", "--format", "csv", "-o", folder.path, "--project", project])
        #expect(directory.status == 2 && directory.stderr.contains("is a directory, expected a file to write"))
    }

    @Test("Exit statuses: 0 done, 1 a 'no' answer or findings, 2 bad input with FILE:LINE:COL and the cause")
    func exitStatuses() throws {
        #expect(try CommandRunner.run(["names", "match", "Selenskyj", "Zelensky"]).status == 0)
        #expect(try CommandRunner.run(["names", "match", "Kim Jong Un", "Kim Jong Il"]).status == 1)
        let missing = try CommandRunner.run(["segment", "no-such-file.txt", "--lang", "de"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "dragoman: no-such-file.txt: cannot open (No such file or directory)\n")
        let bad = try CommandRunner.temporaryFile(Array("Ein Satz.\nZwei \u{FF}".utf8) + [0xC3, 0x28], suffix: ".txt")
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let invalid = try CommandRunner.run(["segment", bad, "--lang", "de"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.hasPrefix("dragoman: \(bad):2:"), "\(invalid.stderr)")
        let dictionary = try CommandRunner.run([
            "align", "Samples/de-nordkorea-truppen.txt", "Samples/en-nordkorea-truppen.txt", "--dictionary",
            "/no/such.index",
        ])
        #expect(dictionary.status == 2)
        #expect(dictionary.stderr.contains("/no/such.index: cannot read a dictd index (No such file or directory)"))
        let directory = try CommandRunner.run(["import-review", "/tmp", "--project", "/tmp/none.db"])
        #expect(directory.status == 2 && !directory.stderr.contains("NSCocoaErrorDomain"))
        let usage = try CommandRunner.run(["segment"])
        #expect(usage.status == 2)
        // The table is in the tool's help, where a user looks for it.
        let help = try CommandRunner.run(["--help"]).stdout
        for status in ["0 done", "1 ran fine", "2 bad usage"] { #expect(help.contains(status), "\(status)") }
    }

    @Test("A second add of the same article is refused unless --again")
    func duplicateAdd() throws {
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        let add = ["add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--project", project]
        #expect(try CommandRunner.run(add).status == 0)
        let count = try ProjectCommandTests.units(project).count
        #expect(count > 10)
        let again = try CommandRunner.run(add)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already in the project as document 1 (same text); nothing was changed"))
        #expect(try ProjectCommandTests.units(project).count == count)
        #expect(try CommandRunner.run(add + ["--again"]).status == 0)
        let both = try ProjectCommandTests.units(project)
        #expect(both.count == 2 * count)
        // The copy's units have new ids, and its segments are numbered from 0 again, like the first's.
        let (first, second) = (both.prefix(count), both.suffix(count))
        #expect(second.first?["unit"] as? Int == count + 1)
        #expect(first.map { $0["segments"] as? [Int] ?? [] } == second.map { $0["segments"] as? [Int] ?? [] })
    }
}

extension FrontDoorTests {
    /// The JSON shapes as docs/commands.md lists them: a row per command with example
    /// arguments (PROJECT stands for a project of the sample pair) and its keys (`key?` when
    /// it may be absent); "(strings)" for an array of strings.
    static func documentedShapes() throws -> [(command: String, arguments: String, keys: Set<String>)] {
        let text = try String(contentsOfFile: Repository.path("docs/commands.md"), encoding: .utf8)
        guard let start = text.range(of: "## JSON shapes") else { return [] }
        return text[start.upperBound...].split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
            }
            guard cells.count == 3, !cells[0].isEmpty, cells[0] != "command", !cells[0].hasPrefix("-") else {
                return nil
            }
            let keys = cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return (cells[0], cells[1], Set(keys))
        }
    }

    /// Every key of every object in `value`, at any depth.
    static func allKeys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys + object.values.flatMap(allKeys) }
        if let array = value as? [Any] { return array.flatMap(allKeys) }
        return []
    }

    @Test("Every --format json output parses, uses snake_case keys and has the keys docs/commands.md lists")
    func jsonShapes() throws {
        let shapes = try Self.documentedShapes()
        let offered = try Self.commandsOffering(format: "json")
        #expect(Set(shapes.map(\.command)) == offered, "documented \(shapes.map(\.command)), offered \(offered)")
        let folder = try ProjectCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.db").path
        #expect(try CommandRunner.run(ProjectCommandTests.samplePair + ["--project", project]).status == 0)
        for (command, arguments, documented) in shapes {
            let line =
                "dragoman \(command) \(arguments.replacingOccurrences(of: "PROJECT", with: project)) --format json"
            let result = try CommandRunner.shell(line + " 2>/dev/null")
            let parsed = try #require(
                try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)),
                "\(line): \(result.stdout.prefix(300))")
            for key in Self.allKeys(parsed) {
                #expect(key.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(command): key \(key)")
            }
            let top: Set<String>
            if let object = parsed as? [String: Any] {
                top = Set(object.keys)
            } else if let first = (parsed as? [Any])?.first {
                top = (first as? [String: Any]).map { Set($0.keys) } ?? ["(strings)"]
            } else {
                Issue.record("\(line): an empty array shows no shape")
                continue
            }
            let optional = Set(documented.filter { $0.hasSuffix("?") }.map { String($0.dropLast()) })
            let required = documented.filter { !$0.hasSuffix("?") }
            #expect(
                required.union(optional).isSuperset(of: top),
                "\(command): undocumented \(top.subtracting(required.union(optional)))")
            #expect(top.isSuperset(of: required), "\(command): missing \(required.subtracting(top))")
        }
    }

    /// The leaf commands (as "glossary list") whose `--format` accepts `value`.
    static func commandsOffering(format value: String) throws -> Set<String> {
        Set(try leafCommands().filter { try acceptedFormats(of: $0).contains(value) })
    }

    /// Every leaf subcommand, walked from `dragoman --help`.
    static func leafCommands(_ path: [String] = []) throws -> [String] {
        let help = try CommandRunner.run(path + ["--help"]).stdout
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [path.joined(separator: " ")] }
        let names = help[section.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else {
                return nil
            }
            return name == "See" ? nil : String(name)
        }
        return try names.flatMap { try leafCommands(path + [$0]) }
    }

    /// The values the parser accepts for `--format`, from its own refusal of a bogus value.
    static func acceptedFormats(of command: String) throws -> [String] {
        let words = command.split(separator: " ").map(String.init)
        let refusal = try CommandRunner.run(words + ["--format", "no-such-format"]).stderr
        guard refusal.contains("is invalid for '--format") else { return [] }
        var values: [String] = []
        var rest = Substring(refusal.components(separatedBy: "Help:").first ?? "")
        while let open = rest.firstIndex(of: "'") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "'") else { break }
            values.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        values.removeAll { $0 == "no-such-format" || $0.hasPrefix("--format") }
        for line in refusal.split(separator: "\n") where line.hasPrefix("  - ") {
            values.append(String(line.dropFirst(4)))
        }
        return values
    }

    @Test("Every --format's help lists exactly the values its parser accepts; only writing commands take --author")
    func helpTellsTheTruth() throws {
        let writers: Set<String> = ["set", "translate", "import-review", "serve"]
        for command in try Self.leafCommands() where !command.isEmpty {
            let words = command.split(separator: " ").map(String.init)
            let help = try CommandRunner.run(words + ["--help"]).stdout
            #expect(help.contains("--author") == writers.contains(command), "\(command): --author")
            let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let option = flat.range(of: "--format <format> ") else { continue }
            let accepted = try Self.acceptedFormats(of: command)
            guard let listed = flat[option.upperBound...].range(of: "(values: ") else {
                Issue.record("\(command): --format lists no values in its help")
                continue
            }
            let values = flat[listed.upperBound...].prefix { $0 != ";" && $0 != ")" }
            let helpValues = values.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(Set(helpValues) == Set(accepted), "\(command): help \(helpValues), parser \(accepted)")
        }
    }
}

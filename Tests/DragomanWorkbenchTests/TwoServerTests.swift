import DragomanGlossary
import DragomanPostgres
import DragomanStore
import DragomanTestSupport
import DragomanText
import DragomanWorkbench
import DragomanWorkflow
import Foundation
import Testing

/// Two workbench servers on one PostgreSQL project: a save through one reaches the other's pages
/// (LISTEN/NOTIFY), and neither keeps state the other would disagree on; a command's save reaches
/// them too, and a refused one does not.
@Suite(
    "Two workbench servers on one PostgreSQL project",
    .enabled(
        if: ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
        "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES; skipped where absent"))
struct TwoServerTests {
    /// A new project's location in the test database, named `prefix-UUID`.
    static func newLocation(_ prefix: String) throws -> String {
        let server = try #require(ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"])
        return server + (server.contains("?") ? "&" : "?") + "project=\(prefix)-\(UUID().uuidString.lowercased())"
    }

    @Test func aSaveThroughOneServerReachesTheOthersPages() async throws {
        let location = try Self.newLocation("two")
        let store = try ProjectLocation.open(location, create: true)
        _ = try DocumentAddition(
            source: Repository.path("Samples/de-nordkorea-truppen.txt"), sourceLanguage: .german,
            translation: Repository.path("Samples/en-nordkorea-truppen.txt"), targetLanguage: .english,
            glossaries: [Repository.path("Glossaries/news-names.csv")]
        ).add(to: store)
        let first = try WorkbenchProject(opening: { try ProjectLocation.open(location) })
        let second = try WorkbenchProject(opening: { try ProjectLocation.open(location) })
        try first.followOtherServers()
        try second.followOtherServers()
        let events = second.events.subscribe(document: nil)
        let unit = try await first.units(document: 1)[2]
        let saved = try await first.save(
            unit: unit.id, target: "Edited on the first server.", status: .translated, origin: nil,
            version: unit.version, author: "ana", client: "page-1")
        // The second server's page hears of it, with the unit as saved.
        let heard = try await Self.first(in: events, containing: "Edited on the first server.")
        let message = try #require(heard, "no event on the second server within 10 s")
        #expect(message.hasPrefix("event: unit") && message.contains("\"author\":\"ana\""))
        // And a save on the second server based on the old version is refused.
        await #expect(throws: ProjectError.self) {
            try await second.save(
                unit: unit.id, target: "Stale.", status: .translated, origin: nil, version: unit.version, author: "ben")
        }
        #expect(try await second.unit(id: unit.id).version == saved.version)
    }

    /// A command (its own store, no workbench) saves: both servers' pages hear of it; a save it
    /// based on an old version is refused and nobody hears of it.
    @Test func aCommandsSaveReachesEveryServersPages() async throws {
        let location = try Self.newLocation("cli")
        let command = try ProjectLocation.open(location, create: true)
        _ = try DocumentAddition(
            source: Repository.path("Samples/de-nordkorea-truppen.txt"), sourceLanguage: .german,
            translation: nil, targetLanguage: .english, glossaries: []
        ).add(to: command)
        let workbench = try WorkbenchProject(opening: { try ProjectLocation.open(location) })
        try workbench.followOtherServers()
        let events = workbench.events.subscribe(document: nil)
        let unit = try command.units(document: 1)[1]
        #expect(throws: ProjectError.self) {
            try command.update(
                UnitUpdate(
                    unitID: unit.id, basedOn: 0, target: "Refused.", status: .draft, origin: .typed, author: "cli"))
        }
        // Had the refused save been announced, its event (the unit as it was) would come first.
        try await Task.sleep(for: .seconds(1))
        try command.update(
            UnitUpdate(of: unit, target: "Set from the command line.", status: .draft, origin: .typed, author: "cli"))
        let heard = try await Self.first(in: events, containing: "event: unit")
        let message = try #require(heard, "no event on the workbench within 10 s")
        #expect(message.contains("command line") && message.contains("\"author\":\"cli\""), "\(message)")
    }

    /// The first message of `events` that contains `text`, waited for up to 10 s.
    static func first(in events: AsyncStream<String>, containing text: String) async throws -> String? {
        try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                for await message in events where message.contains(text) { return message }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: .seconds(10))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// A team glossary shared anew (from another project, by a command) reaches a running
    /// workbench's checks without a restart: the project's glossaries are reloaded.
    @Test func aTeamGlossarySharedAnewReachesARunningWorkbench() async throws {
        let (desk, newsroom) = (try Self.newLocation("desk"), try Self.newLocation("newsroom"))
        let sharer = try PostgresProjectStore(location: try PostgresLocation(desk), create: true)
        let served = try PostgresProjectStore(location: try PostgresLocation(newsroom), create: true)
        _ = try DocumentAddition(
            source: Repository.path("Samples/de-nordkorea-truppen.txt"), sourceLanguage: .german,
            translation: nil, targetLanguage: .english, glossaries: []
        ).add(to: served)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("desk-\(UUID().uuidString.prefix(8)).csv")
        func share(_ csv: String) throws -> AttachedGlossary {
            try csv.write(to: file, atomically: true, encoding: .utf8)
            return try sharer.share(ProjectGlossaries.attachment(of: try GlossaryFile.read(file.path), path: file.path))
                .attachment
        }
        try served.attach([try share("id,de,en\npeskow,Dmitri Peskow,Dmitry Peskov\n")])
        let workbench = try WorkbenchProject(opening: { try ProjectLocation.open(newsroom) })
        try workbench.followOtherServers()
        let unit = try #require(try served.units(document: 1).first { $0.source.contains("unterzeichneten") })
        let target = "Moscow and the North signed a treaty in June."
        func flagsPyongyang() async throws -> Bool {
            try await workbench.check(unit: unit.id, target: target).contains { "\($0)".contains("Pyongyang") }
        }
        #expect(try await !flagsPyongyang())
        _ = try share("id,de,en\npeskow,Dmitri Peskow,Dmitry Peskov\npjoengjang,Pjöngjang,Pyongyang\n")
        var flagged = false
        for _ in 0..<100 where !flagged {
            try await Task.sleep(for: .milliseconds(100))
            flagged = try await flagsPyongyang()
        }
        #expect(flagged, "the running workbench still checks with the glossary as it was")
    }
}

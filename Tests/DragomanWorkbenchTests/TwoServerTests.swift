import DragomanPostgres
import DragomanStore
import DragomanTestSupport
import DragomanText
import DragomanWorkbench
import DragomanWorkflow
import Foundation
import Testing

/// Two workbench servers on one PostgreSQL project: a save through one reaches the other's pages
/// (LISTEN/NOTIFY), and neither keeps state the other would disagree on.
@Suite(
    "Two workbench servers on one PostgreSQL project",
    .enabled(
        if: ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
        "needs a PostgreSQL server named by DRAGOMAN_TEST_POSTGRES; skipped where absent"))
struct TwoServerTests {
    @Test func aSaveThroughOneServerReachesTheOthersPages() async throws {
        let server = try #require(ProcessInfo.processInfo.environment["DRAGOMAN_TEST_POSTGRES"])
        let location = server + (server.contains("?") ? "&" : "?") + "project=two-\(UUID().uuidString.lowercased())"
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
        let heard = try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                for await message in events where message.contains("Edited on the first server.") { return message }
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
        let message = try #require(heard, "no event on the second server within 10 s")
        #expect(message.hasPrefix("event: unit") && message.contains("\"author\":\"ana\""))
        // And a save on the second server based on the old version is refused.
        await #expect(throws: ProjectError.self) {
            try await second.save(
                unit: unit.id, target: "Stale.", status: .translated, origin: nil, version: unit.version, author: "ben")
        }
        #expect(try await second.unit(id: unit.id).version == saved.version)
    }
}

import DragomanPostgres
import DragomanStore
import Foundation
import Synchronization
import Testing

@Suite("PostgreSQL project locations")
struct PostgresLocationTests {
    @Test func urlsEnvironmentAndPgpass() throws {
        let plain = try PostgresLocation(
            "postgresql://ana@db.example:6543/newsroom?project=ukraine", environment: [:])
        #expect(plain.host == "db.example" && plain.port == 6543 && plain.user == "ana")
        #expect(plain.database == "newsroom" && plain.project == "ukraine" && plain.password == nil)
        let secret = try PostgresLocation("postgres://ana:s3cret@db.example/newsroom?project=x", environment: [:])
        #expect(secret.password == "s3cret" && !secret.description.contains("s3cret"))
        let socket = try PostgresLocation(
            "postgresql://ana@/newsroom?host=/var/run/postgresql&project=x", environment: ["PGPASSWORD": "pw"])
        #expect(socket.host == nil && socket.socketFolder == "/var/run/postgresql" && socket.password == "pw")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try "# team\nother:*:*:*:no\ndb.example:5432:newsroom:ana:from\\:file\n".write(
            to: folder, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromFile = try PostgresLocation(
            "postgresql://ana@db.example/newsroom?project=x", environment: ["PGPASSFILE": folder.path])
        #expect(fromFile.password == "from:file")
        #expect(throws: PostgresLocationError.self) { try PostgresLocation("postgresql://ana@db/newsroom") }
        #expect(throws: PostgresLocationError.self) { try PostgresLocation("dragoman.db?project=x") }
        #expect(plain.sslMode == .prefer)
        let verified = try PostgresLocation(
            "postgresql://ana@db/n?project=x&sslmode=verify-full&sslrootcert=/etc/ca.pem", environment: [:])
        #expect(verified.sslMode == .verifyFull && verified.rootCertificates == "/etc/ca.pem")
        #expect(verified.description.contains("sslmode=verify-full"))
    }

    /// However malformed the location, the message never carries its password.
    @Test func malformedLocationsAreRefusedWithoutTheirPassword() {
        for text in [
            "postgresql://ana:s3cretPW@db:notaport/newsroom?project=x",
            "postgresql://ana:s3cretPW@db:99999/newsroom?project=x",
            "postgresql:/ana:s3cretPW@db:5432/newsroom?project=x",
            "postgresql://ana:s3cretPW@[::1:5432/newsroom?project=x",
            "postgresql://ana:s3cretPW@db/newsroom?projekt=x",
            "postgresql://ana:s3c/ret@PW@db/newsroom?project=x&sslmode=bogus",
            "POSTGRES://ana:s3cretPW@db:0/newsroom?project=x",
            "postgresql://ana:s3c?ret@PW@db/newsroom?project=x",
            "postgresql://ana:s3c#ret@PW@db:99999/newsroom?project=x",
        ] {
            #expect(PostgresLocation.isPostgres(text), "\(text)")
            do {
                _ = try PostgresLocation(text, environment: [:])
                Issue.record("accepted \(text)")
            } catch {
                let message = "\(error) \((error as? PostgresLocationError)?.location?.file ?? "")"
                #expect(!message.contains("s3c") && !message.contains("ret@PW"), "\(message)")
                #expect(ProjectLocation.displayed(text).contains("***"), "\(ProjectLocation.displayed(text))")
            }
        }
    }
}

@Suite("PostgreSQL store", .enabled(if: StoreBackend.isPostgresReachable, StoreBackend.skipReason))
struct PostgresStoreTests {
    static func newLocation() throws -> PostgresLocation {
        try PostgresLocation(try #require(StoreBackend.location(project: "test-\(UUID().uuidString.lowercased())")))
    }

    @Test func aSaveBasedOnAnOldVersionIsRefusedAcrossConnections() throws {
        let location = try Self.newLocation()
        let first = try PostgresProjectStore(location: location, create: true)
        let second = try PostgresProjectStore(location: location)
        let document = try first.add(ProjectStoreTests.sampleDocument())
        let unit = try second.units(document: document.id)[0]
        try first.update(UnitUpdate(of: unit, target: "Kim met Putin.", status: .draft, origin: .typed, author: "ana"))
        #expect(throws: ProjectError.self) {
            try second.update(
                UnitUpdate(of: unit, target: "Kim saw Putin.", status: .draft, origin: .typed, author: "ben"))
        }
        #expect(try second.unit(id: unit.id).target == "Kim met Putin.")
        #expect(try second.history(unit: unit.id).map(\.author) == ["ana"])
    }

    @Test func projectsInOneDatabaseAreApartAndAMissingOneIsNotMade() throws {
        let one = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let other = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let document = try one.add(ProjectStoreTests.sampleDocument())
        #expect(try other.documents().isEmpty)
        #expect(throws: ProjectError.self) { try other.units(document: document.id) }
        let unit = try one.units(document: document.id)[0]
        #expect(throws: ProjectError.self) { try other.unit(id: unit.id) }
        #expect(try one.info.id != other.info.id)
        #expect(throws: ProjectError.self) { try PostgresProjectStore(location: try Self.newLocation()) }
    }

    /// An author name of any length saves and is announced: the announcement carries its first
    /// 200 Unicode scalars (PostgreSQL refuses a payload over 8,000 bytes, which would fail the
    /// save), also when one character carries thousands of combining marks.
    @Test func aLongAuthorSavesAndIsAnnounced() throws {
        let location = try Self.newLocation()
        let writer = try PostgresProjectStore(location: location, create: true)
        let reader = try PostgresProjectStore(location: location)
        let heard = Mutex<[ProjectChange]>([])
        try #require(reader.changeFeed).listen { change in heard.withLock { $0.append(change) } }
        let document = try writer.add(ProjectStoreTests.sampleDocument())
        let units = try writer.units(document: document.id)
        let authors = [String(repeating: "Ä", count: 10_000), "e" + String(repeating: "\u{301}", count: 5_000)]
        try #require(units.count >= authors.count)
        for (unit, author) in zip(units, authors) {
            try writer.update(
                UnitUpdate(of: unit, target: "Kim met Putin.", status: .draft, origin: .typed, author: author))
            #expect(try writer.history(unit: unit.id).map(\.author) == [author])
            let deadline = Date().addingTimeInterval(10)
            while !heard.withLock({ $0.contains { $0.kind == .unit && $0.id == unit.id } }) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
            let change = try #require(heard.withLock { $0.first { $0.kind == .unit && $0.id == unit.id } })
            #expect(Array(change.author.unicodeScalars) == Array(author.unicodeScalars.prefix(200)))
        }
    }

    /// Sixteen writers, each on its own connection, save one unit over and over, each based on the
    /// version it read: every acknowledged save is in the history, every other one was refused.
    @Test func sixteenWritersLoseNoUpdate() throws {
        let location = try Self.newLocation()
        let setup = try PostgresProjectStore(location: location, create: true)
        let document = try setup.add(ProjectStoreTests.sampleDocument())
        let unitID = try setup.units(document: document.id)[0].id
        let acknowledged = Mutex<[String]>([])
        let refused = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { writer in
            do {
                let store = try PostgresProjectStore(location: location, busyTimeout: 10)
                for attempt in 0..<10 {
                    let unit = try store.unit(id: unitID)
                    let text = "writer \(writer) save \(attempt)"
                    do {
                        try store.update(
                            UnitUpdate(of: unit, target: text, status: .draft, origin: .typed, author: "w\(writer)"))
                        acknowledged.withLock { $0.append(text) }
                    } catch ProjectError.unitChanged {
                        refused.add(1, ordering: .relaxed)
                    }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")
        let saved = acknowledged.withLock { $0 }
        let history = try setup.history(unit: unitID)
        #expect(history.map { $0.target ?? "" }.sorted() == saved.sorted())
        #expect(saved.count + refused.load(ordering: .relaxed) == 160)
        #expect(try setup.unit(id: unitID).version == 1 + saved.count)
    }

    @Test func theTeamsMemoryAnswersFromEveryProjectAndSaysWhich() throws {
        let marker = UUID().uuidString.prefix(8)
        let one = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let other = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        func entry(_ source: String, _ target: String) -> MemoryUnit {
            MemoryUnit(
                sourceLanguage: "de", targetLanguage: "en", source: source, target: target, creator: "tmx",
                createdAt: Date(), changedAt: Date())
        }
        try one.addMemoryUnits([entry("Der Kreml \(marker) wies die Vorwürfe zurück.", "The Kremlin rejected it.")])
        try other.addMemoryUnits([
            entry("Der Kreml \(marker) wies die Vorwürfe am Montag zurück.", "On Monday the Kremlin rejected it."),
            entry("Ganz andere Sätze \(marker) über das Wetter.", "Other sentences."),
        ])
        // The database may hold other projects' memories too (earlier runs): these two are the ones asked about.
        let found = try one.teamMatches(
            for: "Der Kreml \(marker) wies die Vorwürfe zurück.", sourceLanguage: .german, targetLanguage: .english,
            limit: 50
        ).filter { [one.location.project, other.location.project].contains($0.project) }
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.percentage == 100 && found.first?.project == one.location.project)
        #expect(found.last?.project == other.location.project && (found.last?.percentage ?? 0) >= 70)
        #expect(try one.memoryUnits().count == 1, "a project's own memory is still its own")
    }

    /// An article longer than one INSERT's thousand rows: every unit and segment arrives in order,
    /// with its ids, and a copy through a snapshot holds the same (and comes back whole).
    @Test func aLongArticleArrivesWholeAndCopiesWhole() throws {
        let count = 2_345
        var segments: [NewDocument.Segment] = []
        var offset = 0
        for index in 0..<count {
            let text = index % 7 == 3 ? "* * *" : "Satz Nummer \(index) über Pjöngjang."
            segments.append(.init(text: text, range: offset..<(offset + text.count), isTranslatable: index % 7 != 3))
            offset += text.count + 1
        }
        let translatable = segments.indices.filter { segments[$0].isTranslatable }
        let document = NewDocument(
            name: "long.txt", path: "long.txt", format: .text, sourceLanguage: "de", targetLanguage: "en",
            originalText: segments.map(\.text).joined(separator: "\n"), segments: segments,
            units: translatable.map {
                .init(
                    segments: $0..<($0 + 1), target: $0 % 2 == 0 ? "Sentence \($0)." : nil,
                    status: $0 % 2 == 0 ? .draft : .new)
            })
        let store = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let added = try store.add(document)
        let units = try store.units(document: added.id)
        #expect(units.count == translatable.count)
        #expect(units.map(\.source) == translatable.map { segments[$0].text })
        #expect(units.map(\.target) == translatable.map { $0 % 2 == 0 ? "Sentence \($0)." : nil })
        #expect(Set(units.map(\.id)).count == units.count)
        // A copy keeps the project's id, which one database holds once: the copy goes to a file.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let copy = try SQLiteProjectStore(path: file, create: true)
        try copy.restore(try store.snapshot())
        let copied = try copy.units(document: added.id)
        #expect(copied.map(\.id) == units.map(\.id) && copied.map(\.source) == units.map(\.source))
        #expect(copied.map(\.target) == units.map(\.target) && copied.map(\.version) == units.map(\.version))
        let back = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        try store.removeProject()
        try back.restore(try copy.snapshot())
        #expect(try back.units(document: added.id).map(\.target) == units.map(\.target))
    }

    /// Found through the stems of the query's longest words, the team memory still finds a source
    /// whose long words are inflected otherwise, and finds what asking for similar trigrams finds.
    @Test func theTeamsMemoryFindsInflectedSourcesAsTrigramSimilarityDoes() throws {
        let marker = UUID().uuidString.prefix(8)
        let store = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let sources = [
            "Die Verhandlungen über Waffenlieferungen wurden in Pjöngjang fortgesetzt \(marker).",
            "Der Außenminister kritisierte die Sanktionen gegen Nordkorea scharf \(marker).",
            "Bei den Gesprächen in Wladiwostok ging es um Munition \(marker).",
        ]
        try store.addMemoryUnits(
            sources.map {
                MemoryUnit(
                    sourceLanguage: "de", targetLanguage: "en", source: $0, target: "x", creator: "tmx",
                    createdAt: Date(), changedAt: Date())
            })
        let queries = [
            "Die Verhandlung über die Waffenlieferung wurde in Pjöngjang fortgesetzt \(marker).",
            "Die Außenministerin kritisierte die Sanktion gegen Nordkorea \(marker).",
            "Beim Gespräch in Wladiwostok ging es um die Munition \(marker).",
        ]
        for (query, source) in zip(queries, sources) {
            let fast = try store.teamMatches(for: query, sourceLanguage: .german, targetLanguage: .english)
                .filter { $0.project == store.location.project }
            let slow = try store.teamMatches(
                for: query, sourceLanguage: .german, targetLanguage: .english, exhaustive: true
            ).filter { $0.project == store.location.project }
            #expect(fast.first?.entry.source == source, "\(query)")
            #expect(fast.map(\.entry.source) == slow.map(\.entry.source))
        }
    }

    /// A glossary shared in the team termbase is attached by name in another project, which reads
    /// it as the termbase holds it now (a correction shared once reaches it), and a copy to a file
    /// keeps the entries it had.
    @Test func aTeamGlossaryIsAttachedByNameAndReadAsItIsNow() throws {
        let one = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let other = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        let name = "team-\(UUID().uuidString.prefix(8)).tbx"
        func glossary(_ content: String, entries: Int) -> AttachedGlossary {
            AttachedGlossary(name: name, path: "/tmp/\(name)", content: content, entryCount: entries, syncedAt: Date())
        }
        let (shared, replaced) = try one.share(glossary("<tbx>first</tbx>", entries: 1))
        #expect(shared.path == "team:\(name)" && shared.isFromTeamTermbase && replaced == nil)
        try one.attach([shared])
        try other.attach([try other.teamGlossary(named: name)])
        #expect(try other.glossaries().first { $0.name == name }?.content == "<tbx>first</tbx>")
        #expect(try one.share(glossary("<tbx>corrected</tbx>", entries: 2)).replaced?.entryCount == 1)
        // Another desk's file of the same name does not take its place unless asked to.
        var elsewhere = glossary("<tbx>other desk</tbx>", entries: 9)
        elsewhere.path = "/elsewhere/\(name)"
        #expect(throws: ProjectError.self) { try other.share(elsewhere) }
        let seen = try #require(try other.glossaries().first { $0.name == name })
        #expect(seen.content == "<tbx>corrected</tbx>" && seen.entryCount == 2)
        // Asked to, it does; and then the first desk's file is the other one.
        #expect(try other.share(elsewhere, replacingAnotherFile: true).replaced?.path == "/tmp/\(name)")
        #expect(try one.glossaries().first { $0.name == name }?.content == "<tbx>other desk</tbx>")
        #expect(throws: ProjectError.self) { try one.share(glossary("<tbx>again</tbx>", entries: 3)) }
        _ = try one.share(glossary("<tbx>corrected</tbx>", entries: 2), replacingAnotherFile: true)
        #expect(try one.teamGlossaries().contains { $0.name == name })
        #expect(throws: ProjectError.self) { try other.teamGlossary(named: "no-such-\(name)") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let copy = try SQLiteProjectStore(path: file, create: true)
        try copy.restore(try other.snapshot())
        #expect(try copy.glossaries().first { $0.name == name }?.content == "<tbx>corrected</tbx>")
    }

    /// `sslmode` as libpq reads it: `require` encrypts, `disable` does not, `verify-full` checks
    /// the server's certificate against `sslrootcert` (and refuses one no known authority signed).
    @Test func sslModes() throws {
        let server = try #require(StoreBackend.server)
        let probe = try PostgresProjectStore(location: try Self.newLocation(), create: true)
        guard try probe.setting("ssl") == "on" else {
            print("skipped: the PostgreSQL server offers no TLS (.ci/start-postgres turns it on where openssl is)")
            return
        }
        let certificate = try probe.setting("ssl_cert_file")
        func location(_ query: String) throws -> PostgresLocation {
            try PostgresLocation(
                server + (server.contains("?") ? "&" : "?") + "project=\(probe.location.project)&" + query)
        }
        #expect(try PostgresProjectStore(location: try location("sslmode=require")).isEncrypted())
        #expect(try PostgresProjectStore(location: try location("sslmode=prefer")).isEncrypted())
        #expect(try !PostgresProjectStore(location: try location("sslmode=disable")).isEncrypted())
        if FileManager.default.isReadableFile(atPath: certificate) {
            let checked = try location("sslmode=verify-full&sslrootcert=\(certificate)")
            #expect(try PostgresProjectStore(location: checked).isEncrypted())
        }
        let refusal = #expect(throws: ProjectError.self) {
            try PostgresProjectStore(location: try location("sslmode=verify-full"))
        }
        #expect(refusal?.cause?.contains("sslrootcert=FILE") == true, "\(String(describing: refusal?.cause))")
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dragoman",
    products: [
        .library(
            name: "Dragoman",
            targets: [
                "DragomanText", "DragomanNames", "DragomanGlossary", "DragomanAlign", "DragomanStore",
                "DragomanExchange", "DragomanWorkflow", "DragomanWorkbench",
            ]),
        .executable(name: "dragoman", targets: ["dragoman"]),
        .executable(name: "dragoman-fuzz", targets: ["dragoman-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The project store: SQLite through GRDB (records, migrations, WAL, busy handling).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The workbench's HTTP server (`dragoman serve`): routers, middleware, streamed responses
        // for live updates, and an in-process test client. Only DragomanWorkbench links it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own service lifecycle, logging and HTTP types (already in its graph): the workbench ends
        // its event streams on shutdown and logs only warnings.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The team store on PostgreSQL (`--project postgresql://…`): postgres-nio's connection and
        // its event-loop futures, waited for by the synchronous store.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // TLS for PostgreSQL connections (`?sslmode=`), already in postgres-nio's graph.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Prefixed C wrappers over the system ICU (libicu-dev). Its header exposes only
        // plain C types and opaque handles, so ICU's own types never meet Foundation's private ICU.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        // Prefixed C wrappers over libxml2's streaming reader (libxml2-dev), set up for untrusted
        // files: no network, no DTD loading, no entity substitution.
        .target(
            name: "CLibXML2",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // Text foundations: ICU in Swift, language detection, sentence segmentation, safe XML.
        .target(
            name: "DragomanText",
            dependencies: ["CICU", "CLibXML2"],
            resources: [.process("Resources")]
        ),
        // Names across languages and scripts: name keys from transliteration conventions
        // (ICU rule sets kept as resources), the matcher, the name index.
        .target(
            name: "DragomanNames",
            dependencies: ["DragomanText"],
            resources: [.process("Resources")]
        ),
        // Name glossaries (termbases): the concept/term model, TBX and CSV readers and writers
        // (safe XML parsing), where glossaries come from, CLDR place-name generation.
        .target(
            name: "DragomanGlossary",
            dependencies: ["DragomanText", "DragomanNames"]
        ),
        // Sentence alignment: bilingual dictionaries (Ding, dictd), bead scores, the banded
        // search, the standard metric.
        .target(
            name: "DragomanAlign",
            dependencies: ["DragomanText", "DragomanNames", "DragomanGlossary"]
        ),
        // The project store: documents, segments, translation units (beads) with status, origin
        // and history, attached glossaries, the translation memory and its fuzzy index. A
        // protocol in front, SQLite (GRDB) behind.
        .target(
            name: "DragomanStore",
            dependencies: ["DragomanText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The project store on PostgreSQL, for teams: many projects in one database, the same
        // semantics as the SQLite store (migrations, transactions, unit versions), and where a
        // `--project` location leads (a file or a postgresql:// URL).
        .target(
            name: "DragomanPostgres",
            dependencies: [
                "DragomanText", "DragomanStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Files other tools read and write: XLIFF 1.2 and 2.1, TMX, review CSV and HTML (safe XML parsing).
        .target(
            name: "DragomanExchange",
            dependencies: ["DragomanText", "DragomanStore"]
        ),
        // What translators do with a project: importing articles (text, Markdown, HTML), filling
        // units from an alignment, the translate loop's logic, translation-memory suggestions, QA.
        .target(
            name: "DragomanWorkflow",
            dependencies: [
                "DragomanText", "DragomanGlossary", "DragomanAlign", "DragomanStore", "DragomanExchange",
            ]
        ),
        // The translator's workbench: the JSON API, the server-rendered pages with their script and
        // style (resources), sign-in by token, live updates; `dragoman serve` runs it.
        .target(
            name: "DragomanWorkbench",
            dependencies: [
                "DragomanText", "DragomanGlossary", "DragomanAlign", "DragomanStore", "DragomanExchange", "DragomanWorkflow",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")]
        ),
        // Benchmarks and evaluations, kept out of the library product: only `dragoman bench` and
        // `dragoman eval` (and their tests) link them, as Hummingbird keeps its performance tests apart.
        .target(
            name: "DragomanEvaluation",
            dependencies: [
                "DragomanText", "DragomanNames", "DragomanGlossary", "DragomanAlign", "DragomanStore", "DragomanPostgres",
                "DragomanExchange", "DragomanWorkflow", "DragomanWorkbench",
            ]
        ),
        // The command-line tool: one file per subcommand, no algorithms.
        .executableTarget(
            name: "dragoman",
            dependencies: [
                "DragomanText",
                "DragomanNames",
                "DragomanGlossary",
                "DragomanAlign",
                "DragomanStore",
                "DragomanPostgres",
                "DragomanExchange",
                "DragomanWorkflow",
                "DragomanWorkbench",
                "DragomanEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Fuzz targets for every reader of untrusted input. Built normally it replays files (the
        // seed corpora in Fuzz/, the regression inputs); built by Fuzz/run with libFuzzer it fuzzes.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "dragoman-fuzz",
            dependencies: [
                "CLibFuzzer", "DragomanText", "DragomanGlossary", "DragomanStore", "DragomanExchange", "DragomanWorkflow",
            ]
        ),
        // What the tests share: the repository's paths, `../shared` when it is there, schema validation.
        .target(name: "DragomanTestSupport", path: "Tests/DragomanTestSupport"),
        .testTarget(name: "DragomanTextTests", dependencies: ["DragomanText", "DragomanEvaluation"]),
        // Fixtures are read by path (#filePath), not bundled as resources.
        .testTarget(
            name: "DragomanNamesTests", dependencies: ["DragomanNames", "DragomanText", "DragomanEvaluation"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DragomanGlossaryTests", dependencies: ["DragomanGlossary", "DragomanText", "DragomanTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "DragomanAlignTests", dependencies: ["DragomanAlign", "DragomanGlossary", "DragomanNames", "DragomanText"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DragomanStoreTests",
            dependencies: ["DragomanStore", "DragomanPostgres", "DragomanText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "DragomanExchangeTests",
            dependencies: ["DragomanExchange", "DragomanStore", "DragomanText", "DragomanTestSupport"]),
        .testTarget(
            name: "DragomanWorkflowTests",
            dependencies: ["DragomanWorkflow", "DragomanAlign", "DragomanGlossary", "DragomanStore", "DragomanText"]),
        .testTarget(
            name: "DragomanWorkbenchTests",
            dependencies: [
                "DragomanWorkbench", "DragomanStore", "DragomanPostgres", "DragomanWorkflow", "DragomanText",
                "DragomanGlossary", "DragomanTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(name: "DragomanEvaluationTests", dependencies: ["DragomanEvaluation", "DragomanAlign", "DragomanText"]),
        .testTarget(
            name: "DragomanCLITests",
            dependencies: [
                "dragoman", "dragoman-fuzz", "DragomanText", "DragomanNames", "DragomanGlossary", "DragomanStore",
                "DragomanTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ]
)

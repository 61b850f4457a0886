import Foundation

/// Where the tests find the repository and the material beside it.
///
/// `../shared` (schemas, evaluation data) is there for development and CI, not on a user's
/// clone: a test that needs it is enabled with `.enabled(if: SharedData.has(...), "...")`
/// so that a plain clone skips it with a visible reason instead of failing.
public enum Repository {
    /// The package root (the folder holding Package.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file of the repository, e.g. `Repository.path("Samples/de-nordkorea-truppen.txt")`.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

public enum SharedData {
    /// `../shared` beside the package root (or `DRAGOMAN_SHARED`), when it exists.
    public static let root: URL? = {
        let candidate =
            ProcessInfo.processInfo.environment["DRAGOMAN_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? Repository.root.deletingLastPathComponent().appendingPathComponent("shared")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return candidate
    }()

    /// Whether `relative` (a file or folder under `../shared`) is there.
    public static func has(_ relative: String) -> Bool {
        guard let root else { return false }
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    /// The path of `relative` under `../shared`; call only from a test enabled by `has(relative)`.
    public static func path(_ relative: String) -> String {
        (root ?? Repository.root.deletingLastPathComponent().appendingPathComponent("shared"))
            .appendingPathComponent(relative).path
    }
}

/// Validation of exported files against the official schemas in `../shared/schemas` with xmllint.
public enum SchemaValidator {
    public static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Both the schemas and xmllint are there (the reason to show when not: `unavailableReason`).
    public static var isAvailable: Bool { xmllint != nil && SharedData.has("schemas") }

    public static let unavailableReason =
        "needs ../shared/schemas and xmllint (libxml2-utils); absent here, so schema validation is skipped"

    /// xmllint's exit status and messages for `file` against `schema` (a path under
    /// `../shared/schemas`); `flag` is `--schema`, `--relaxng` or `--dtdvalid`.
    public static func validate(file: String, flag: String, schema: String) throws -> (status: Int32, message: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint ?? "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", flag, SharedData.path("schemas/" + schema), file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    /// The same for a text held in memory.
    public static func validate(text: String, flag: String, schema: String) throws -> (status: Int32, message: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        return try validate(file: file.path, flag: flag, schema: schema)
    }
}

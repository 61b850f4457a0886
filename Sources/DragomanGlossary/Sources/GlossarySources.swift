import Foundation

/// Where glossaries come from at run time, in order: files given with `--glossary`; the
/// folder named by `DRAGOMAN_GLOSSARIES`; a `Glossaries/` folder next to the executable's
/// package (found by walking up from the executable) or in the current directory; an
/// installed share folder (`/usr/local/share/dragoman/glossaries`,
/// `/usr/share/dragoman/glossaries`). With `useDefaults` false only the given files count.
public struct GlossarySources: Sendable {
    public var explicitFiles: [String]
    public var useDefaults: Bool
    public var environment: [String: String]
    public var currentDirectory: String
    public var executable: String

    public init(
        explicitFiles: [String] = [], useDefaults: Bool = true,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = GlossarySources.currentExecutable
    ) {
        self.explicitFiles = explicitFiles
        self.useDefaults = useDefaults
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executable = executable
    }

    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The default folder in use, if any, with why it was chosen.
    public func defaultFolder() -> (path: String, reason: String)? {
        guard useDefaults else { return nil }
        let manager = FileManager.default
        func isFolder(_ path: String) -> Bool {
            var directory: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
        }
        if let folder = environment["DRAGOMAN_GLOSSARIES"], !folder.isEmpty {
            return isFolder(folder) ? (folder, "DRAGOMAN_GLOSSARIES") : nil
        }
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Glossaries").path
            if isFolder(candidate) && manager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
            {
                return (candidate, "package of the executable")
            }
            directory = directory.deletingLastPathComponent()
        }
        let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("Glossaries").path
        if isFolder(local) { return (local, "current directory") }
        for shared in ["/usr/local/share/dragoman/glossaries", "/usr/share/dragoman/glossaries"] where isFolder(shared)
        {
            return (shared, "installed")
        }
        return nil
    }

    /// The glossary files to load, explicit ones first, each once.
    public func files() -> [(path: String, reason: String)] {
        var files = explicitFiles.map { ($0, "--glossary") }
        if let folder = defaultFolder() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            // The formats that hold whole glossaries; a bilingual list in the folder is an export.
            for name in names.sorted() where [.tbx, .csv, .tsv].contains(GlossaryFile.Format(path: name)) {
                files.append((URL(fileURLWithPath: folder.path).appendingPathComponent(name).path, folder.reason))
            }
        }
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0.0).standardizedFileURL.path).inserted }
    }

    /// Loads every glossary.
    public func load() throws -> [Glossary] {
        try files().map { try GlossaryFile.read($0.path) }
    }
}

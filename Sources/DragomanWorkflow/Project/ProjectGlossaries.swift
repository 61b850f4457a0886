import DragomanGlossary
import DragomanStore
import Foundation

/// Glossaries copied into a project (as TBX), so that the project file alone is enough, and
/// re-synced from their files on request.
public enum ProjectGlossaries {
    /// A glossary file's copy for the project.
    public static func attachment(of glossary: Glossary, path: String) -> AttachedGlossary {
        // The absolute path: `attach --sync` may run from another folder.
        let file = URL(fileURLWithPath: path).standardizedFileURL
        return AttachedGlossary(
            name: file.lastPathComponent, path: file.path, content: GlossaryTBX.write(glossary),
            entryCount: glossary.entries.count,
            syncedAt: Date())
    }

    /// The project's glossaries, read from their copies.
    public static func load(from store: any ProjectStore) throws -> [Glossary] {
        try store.glossaries().map { attached in
            var glossary = try GlossaryTBX.read(Data(attached.content.utf8), file: "project glossary \(attached.name)")
            if glossary.title.isEmpty { glossary.title = attached.name }
            return glossary
        }
    }

    /// Reads every attached glossary again from the file it came from and replaces the copy;
    /// a file that is gone or invalid stops the sync before anything is replaced. A glossary of
    /// the team termbase has no file and is always read as it is now: it is left alone.
    @discardableResult
    public static func sync(_ store: any ProjectStore) throws -> [AttachedGlossary] {
        let refreshed = try store.glossaries().filter { !$0.isFromTeamTermbase }.map { attached in
            attachment(of: try GlossaryFile.read(attached.path), path: attached.path)
        }
        try store.attach(refreshed)
        return refreshed
    }
}

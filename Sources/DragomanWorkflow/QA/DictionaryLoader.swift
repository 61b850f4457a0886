import DragomanAlign
import DragomanText
import Foundation
import Synchronization

/// A bilingual dictionary loaded the first time it is asked for, once, from any thread: QA
/// needs one only for the few units whose left-out sentence has no name or number to show it,
/// and reading Debian's dictionary for a document takes seconds.
public final class DictionaryLoader: Sendable {
    private let load: @Sendable () throws -> BilingualDictionary?
    private let state = Mutex<BilingualDictionary??>(nil)

    public init(_ load: @escaping @Sendable () throws -> BilingualDictionary?) { self.load = load }

    /// The dictionary, or nil when there is none or it cannot be read (QA then goes by names,
    /// numbers and lengths alone, as without one).
    public var dictionary: BilingualDictionary? {
        state.withLock { loaded in
            if let loaded { return loaded }
            let dictionary = (try? load()) ?? nil
            loaded = .some(dictionary)
            return dictionary
        }
    }

    /// The dictionary Debian installs for the pair (freedict), read for the words of `sources`;
    /// nil when none is installed.
    public static func installed(
        for sources: [String], sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) -> DictionaryLoader? {
        guard let file = BilingualDictionary.installedFile(source: sourceLanguage, target: targetLanguage) else {
            return nil
        }
        return DictionaryLoader {
            try BilingualDictionary.forAlignment(
                files: [file], source: sourceLanguage, target: targetLanguage, sourceSegments: sources,
                glossaries: [])
        }
    }
}

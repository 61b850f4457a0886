import DragomanGlossary
import Foundation

enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shipped curated names (Zelensky, Pyongyang, Peskov, DPRK…).
    static let newsNames: Glossary = {
        try! GlossaryFile.read(packageRoot.appendingPathComponent("Glossaries/news-names.csv").path)
    }()

    static func sample(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }
}

import DragomanText
import Foundation

/// The transliteration conventions the name matcher knows, compiled from the ICU rule files
/// in this module's resources (see each file's header for what it covers).
struct NameConventions: Sendable {
    let letters: Transliterator
    let duden: Transliterator
    let press: Transliterator
    let korean: Transliterator
    let russian: Transliterator
    let ukrainian: Transliterator
    let hangul: Transliterator
    let anyLatin: Transliterator

    /// Compiled once per process; a failure (a damaged installation) is kept and thrown to
    /// every caller rather than stopping the process.
    private static let compiled = Result { try NameConventions() }

    static func shared() throws -> NameConventions { try compiled.get() }

    init() throws {
        letters = try Self.rules(["name-letters"], id: "Dragoman-NameLetters")
        // Each reading runs its convention's rules, then the common ones, as two passes of one
        // transform ("::Null;" separates passes in ICU rule text).
        duden = try Self.rules(["duden-skeleton", "skeleton-common"], id: "Dragoman-DudenSkeleton")
        press = try Self.rules(["press-skeleton", "skeleton-common"], id: "Dragoman-PressSkeleton")
        korean = try Self.rules(["korean-skeleton"], id: "Dragoman-KoreanSkeleton")
        russian = try Transliterator.named("Russian-Latin/BGN")
        ukrainian = try Transliterator.named("Ukrainian-Latin/BGN")
        hangul = try Transliterator.named("Hangul-Latin")
        anyLatin = try Transliterator.named("Any-Latin; Latin-ASCII")
    }

    private static func rules(_ resources: [String], id: String) throws -> Transliterator {
        let passes = try resources.map { resource in
            guard let url = Bundle.module.url(forResource: resource, withExtension: "rules") else {
                throw NameDataError.missingResource(resource + ".rules")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return try Transliterator.compiled(id: id, rules: passes.joined(separator: "\n::Null;\n"))
    }
}

/// Data that ships with the module and cannot be found or read.
public enum NameDataError: DragomanError {
    case missingResource(String)
    case malformedResource(String, line: Int, problem: String)

    public var location: ErrorLocation? {
        switch self {
        case .missingResource: nil
        case .malformedResource(let name, let line, _): ErrorLocation(file: name, line: line)
        }
    }

    public var problem: String {
        switch self {
        case .missingResource(let name): "Dragoman's resource \(name) is missing from the installation"
        case .malformedResource(_, _, let problem): "Dragoman's resource is damaged: \(problem)"
        }
    }
}

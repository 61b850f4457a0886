import DragomanText
import Foundation

/// Reading and writing glossary files: TBX v3 and v2, the glossary CSV and TSV (every field of
/// an entry), and the bilingual lists other tools read (OmegaT's glossary, a term-base CSV),
/// which hold one language pair.
public enum GlossaryFile {
    public enum Format: String, CaseIterable, Sendable {
        /// TBX v3 (written; `.tbx` files of either version are read by their root element).
        case tbx
        /// TBX v2 (`martif`), TBX-Basic style.
        case tbx2
        /// The glossary CSV, one row per term, every field (`GlossaryCSV`).
        case csv
        case tsv
        /// OmegaT's tab-separated glossary (`.utf8`, `.tab`).
        case omegat
        /// A term-base CSV for CAT tools, one row per source term (`GlossaryBilingualCSV`).
        case bilingualCSV = "bilingual-csv"

        /// The format a path's extension names; a `.csv` file is told apart by its header when read.
        public init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "tbx": self = .tbx
            case "csv": self = .csv
            case "tsv": self = .tsv
            case "utf8", "tab": self = .omegat
            default: return nil
            }
        }

        /// The formats that hold one language pair and need it named to be written.
        public var isBilingual: Bool { self == .omegat || self == .bilingualCSV }

        /// The extension a file of this format gets.
        public var fileExtension: String {
            switch self {
            case .tbx, .tbx2: "tbx"
            case .csv, .bilingualCSV: "csv"
            case .tsv: "tsv"
            case .omegat: "utf8"
            }
        }
    }

    /// A glossary file's content: a whole glossary, or one language pair's term list.
    public enum Content {
        /// A whole glossary; `fromTBX` when its ids were written as XML names (`GlossaryTBX.xmlID`).
        case glossary(Glossary, fromTBX: Bool)
        case termList(BilingualTermList)

        public var glossary: Glossary {
            switch self {
            case .glossary(let glossary, _): glossary
            case .termList(let list): list.glossary
            }
        }

        public var title: String {
            switch self {
            case .glossary(let glossary, _): glossary.title
            case .termList(let list): list.title
            }
        }

        /// The languages the file has terms in.
        public var languages: [LanguageCode] {
            switch self {
            case .glossary(let glossary, _): glossary.languages
            case .termList(let list): [list.sourceLanguage, list.targetLanguage]
            }
        }
    }

    public static func read(
        _ path: String, format: Format? = nil, languages: (source: LanguageCode, target: LanguageCode)? = nil,
        languageMap: [String: LanguageCode] = [:]
    ) throws -> Glossary {
        var glossary = try content(of: path, format: format, languages: languages, languageMap: languageMap).glossary
        if glossary.title.isEmpty {
            glossary.title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        return glossary
    }

    /// What the file holds, as it holds it: a bilingual list stays a list, so that importing it
    /// updates only what such a list carries (`Glossary.update(from:file:)`).
    public static func content(
        of path: String, format: Format? = nil, languages: (source: LanguageCode, target: LanguageCode)? = nil,
        languageMap: [String: LanguageCode] = [:]
    ) throws -> Content {
        guard let format = format ?? Format(path: path) else {
            throw FileFormatError(
                file: path, problem: "unknown glossary format; use a .tbx, .csv, .tsv, .utf8 or .tab file, or --format")
        }
        let data = try FileAccess.read(path, expected: "a glossary file")
        if format == .tbx || format == .tbx2 {
            return .glossary(try GlossaryTBX.read(data, file: path, languageMap: languageMap), fromTBX: true)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileFormatError(file: path, problem: "not UTF-8 text")
        }
        switch format {
        case .csv where !GlossaryCSV.hasHeader(text), .bilingualCSV:
            return .termList(
                try GlossaryBilingualCSV.read(
                    text, file: path, sourceLanguage: languages?.source, targetLanguage: languages?.target))
        case .omegat:
            return .termList(
                try GlossaryOmegaT.read(
                    text, file: path, sourceLanguage: languages?.source, targetLanguage: languages?.target))
        case .tsv: return .glossary(try GlossaryCSV.read(text, file: path, delimiter: "\t"), fromTBX: false)
        default: return .glossary(try GlossaryCSV.read(text, file: path), fromTBX: false)
        }
    }

    /// The glossary as a file's text. Bilingual formats need `languages`; TBX v2 lists those
    /// languages first in each entry when given.
    public static func text(
        of glossary: Glossary, format: Format, languages: (source: LanguageCode, target: LanguageCode)? = nil
    ) throws -> String {
        switch format {
        case .tbx: return GlossaryTBX.write(glossary)
        case .tbx2:
            return GlossaryTBX.writeVersion2(
                glossary, sourceLanguage: languages?.source, targetLanguage: languages?.target)
        case .csv: return GlossaryCSV.write(glossary)
        case .tsv: return GlossaryCSV.write(glossary, delimiter: "\t")
        case .omegat, .bilingualCSV:
            guard let languages else {
                throw GlossaryFormatError.languagesNeeded(format)
            }
            return text(of: BilingualTermList(glossary, format: format, languages: languages), format: format)
        }
    }

    /// A bilingual list as the file of its format (`omegat` or `bilingual-csv`).
    public static func text(of list: BilingualTermList, format: Format) -> String {
        format == .omegat ? GlossaryOmegaT.write(list) : GlossaryBilingualCSV.write(list)
    }

    /// Writes atomically: a failure never leaves a half-written glossary behind.
    public static func write(
        _ glossary: Glossary, to path: String, format: Format? = nil,
        languages: (source: LanguageCode, target: LanguageCode)? = nil
    ) throws {
        guard let format = format ?? Format(path: path) else {
            throw FileFormatError(
                file: path, problem: "unknown glossary format; use a .tbx, .csv, .tsv, .utf8 or .tab file, or --format")
        }
        try FileAccess.write(try text(of: glossary, format: format, languages: languages), to: path)
    }
}

/// A glossary format asked for without what it needs.
public enum GlossaryFormatError: DragomanError, Equatable {
    case languagesNeeded(GlossaryFile.Format)

    public var location: ErrorLocation? { nil }

    public var problem: String {
        switch self {
        case .languagesNeeded(let format):
            "the \(format.rawValue) format holds one language pair: name it with --source-lang and --target-lang"
        }
    }
}

extension BilingualTermList {
    /// The list a bilingual format writes: OmegaT's glossary has a row per inflected form too.
    public init(
        _ glossary: Glossary, format: GlossaryFile.Format, languages: (source: LanguageCode, target: LanguageCode)
    ) {
        self.init(glossary, from: languages.source, to: languages.target, forms: format == .omegat)
    }
}

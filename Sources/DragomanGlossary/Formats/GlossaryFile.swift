import DragomanText
import Foundation

/// Reading and writing glossary files by their extension: `.tbx` (TBX v3 written, v3 and v2
/// read), `.csv` and `.tsv`.
public enum GlossaryFile {
    public enum Format: String, CaseIterable, Sendable {
        case tbx, csv, tsv

        public init?(path: String) {
            self.init(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
        }
    }

    public static func read(_ path: String, languageMap: [String: LanguageCode] = [:]) throws -> Glossary {
        guard let format = Format(path: path) else {
            throw FileFormatError(file: path, problem: "unknown glossary format; use a .tbx, .csv or .tsv file")
        }
        let data = try FileAccess.read(path, expected: "a glossary file")
        var glossary: Glossary
        switch format {
        case .tbx:
            glossary = try GlossaryTBX.read(data, file: path, languageMap: languageMap)
        case .csv, .tsv:
            guard let text = String(data: data, encoding: .utf8) else {
                throw FileFormatError(file: path, problem: "not UTF-8 text")
            }
            glossary = try GlossaryCSV.read(text, file: path, delimiter: format == .tsv ? "\t" : ",")
        }
        if glossary.title.isEmpty {
            glossary.title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        return glossary
    }

    /// Writes atomically: a failure never leaves a half-written glossary behind.
    public static func write(_ glossary: Glossary, to path: String, format: Format? = nil) throws {
        guard let format = format ?? Format(path: path) else {
            throw FileFormatError(file: path, problem: "unknown glossary format; use a .tbx, .csv or .tsv file")
        }
        let text: String
        switch format {
        case .tbx: text = GlossaryTBX.write(glossary)
        case .csv: text = GlossaryCSV.write(glossary)
        case .tsv: text = GlossaryCSV.write(glossary, delimiter: "\t")
        }
        try FileAccess.write(text, to: path)
    }
}

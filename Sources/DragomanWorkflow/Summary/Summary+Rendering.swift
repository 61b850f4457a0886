import DragomanExchange
import DragomanText
import Foundation

extension Summary {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, json, html
    }

    public func rendered(as format: Format) throws -> String {
        switch format {
        case .markdown: markdown()
        case .html: html()
        case .json: try json()
        }
    }

    public func json() throws -> String {
        try JSONFormat.text(self) + "\n"
    }

    public func markdown() -> String {
        var text = "# Summary of \(document) (\(sourceLanguage) → \(targetLanguage))\n\n"
        for (number, sentence) in sentences.enumerated() {
            let cited =
                "segment\(sentence.segments.count == 1 ? "" : "s") "
                + sentence.segments.map(String.init).joined(separator: ", ")
            if let english = sentence.english, let source = sentence.englishSource {
                text += "\(number + 1). \(english) [\(cited); \(source.label)]\n"
                for replacement in sentence.replacements {
                    text +=
                        "   - replaced “\(replacement.found)” with “\(replacement.replacement)” "
                        + "(\(Self.describe(replacement.reason, language: sourceLanguage)))\n"
                }
            } else {
                text += "\(number + 1). *untranslated (\(sourceLanguage)):* \(sentence.source) [\(cited)]\n"
            }
        }
        text += "\n*How these were chosen:* \(method)\n"
        if untranslated > 0 {
            text += "\n\(untranslated) of \(sentences.count) sentences have no English yet: \(Self.howToGetEnglish).\n"
        }
        if !entities.isEmpty {
            text +=
                "\n## Names in the article\n\n| Name | Kind | Role | Mentions | In the source |\n|---|---|---|---|---|\n"
            for entity in entities {
                let cells = [
                    entity.name, entity.kind, Self.roleCell(entity), String(entity.mentions),
                    entity.sourceForms.joined(separator: ", "),
                ]
                text +=
                    "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
        }
        return text
    }

    public func html() -> String {
        let escape = HTMLPage.escape
        var html = HTMLPage.head(title: "Summary: \(document)", language: targetLanguage, style: Self.style)
        html +=
            "<h1>Summary of \(escape(document)) <small>(\(escape(sourceLanguage)) → \(escape(targetLanguage)))</small></h1>\n"
        html += "<ol>\n"
        for sentence in sentences {
            let cited = sentence.segments.map(String.init).joined(separator: ", ")
            if let english = sentence.english, let source = sentence.englishSource {
                html +=
                    "<li>\(escape(english)) <span class=\"cite\">[segments \(cited); \(escape(source.label))]</span>"
                if !sentence.replacements.isEmpty {
                    html += "<ul class=\"cite\">"
                    for replacement in sentence.replacements {
                        html +=
                            "<li>replaced “\(escape(replacement.found))” with <ins>\(escape(replacement.replacement))</ins> "
                            + "(\(escape(Self.describe(replacement.reason, language: sourceLanguage))))</li>"
                    }
                    html += "</ul>"
                }
                html += "</li>\n"
            } else {
                html +=
                    "<li class=\"untranslated\" lang=\"\(escape(sourceLanguage))\">\(escape(sentence.source)) "
                    + "<span class=\"cite\">[untranslated; segments \(cited)]</span></li>\n"
            }
        }
        html += "</ol>\n<p class=\"cite\">How these were chosen: \(escape(method))</p>\n"
        if untranslated > 0 {
            html +=
                "<p class=\"untranslated\">\(untranslated) of \(sentences.count) sentences have no English yet: "
                + "\(escape(Self.howToGetEnglish)).</p>\n"
        }
        if !entities.isEmpty {
            html +=
                "<h2>Names in the article</h2>\n<table>\n<tr><th>Name</th><th>Kind</th><th>Role</th>"
                + "<th>Mentions</th><th>In the source</th></tr>\n"
            for entity in entities {
                html +=
                    "<tr><td>\(escape(entity.name))</td><td>\(escape(entity.kind))</td><td>\(escape(Self.roleCell(entity)))</td>"
                    + "<td>\(entity.mentions)</td><td>\(escape(entity.sourceForms.joined(separator: ", ")))</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + HTMLPage.end
    }

    private static let style = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 46em; color: #111; }
        .cite { color: #555; font-size: 85%; } .untranslated { color: #8a5a00; }
        ins { background: #e6f4d7; text-decoration: none; } table { border-collapse: collapse; }
        th, td { border-bottom: 1px solid #ccc; padding: .3em .6em; text-align: left; }
        """

    /// The role, marked when the article gives it ("Kremlin spokesman (in the article)").
    static func roleCell(_ entity: Entity) -> String {
        guard let role = entity.role else { return "" }
        return entity.roleSource == "article" ? "\(role) (in the article)" : role
    }

    static func describe(_ reason: String, language: String) -> String {
        switch reason {
        case "deprecated": "a deprecated form"
        case "source-language": "the \(language) form"
        case "referent": "editorial insertion: who the pronoun stands for, named in the sentences before"
        default: "a variant spelling; the glossary prefers another"
        }
    }
}

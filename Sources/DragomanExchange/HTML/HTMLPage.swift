import DragomanText

/// The frame of Dragoman's self-contained HTML pages: no script, font or image is fetched,
/// and every text put in is escaped.
public enum HTMLPage {
    /// Everything up to and including `<body>`, with `extraMeta` (already escaped) after the
    /// generator's tag.
    public static func head(title: String, language: String, style: String, extraMeta: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="Dragoman">
        \(extraMeta)<title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
    }

    public static let end = "</body>\n</html>\n"

    public static func escape(_ text: String) -> String {
        XMLText.escape(text, apostrophes: true)
    }
}

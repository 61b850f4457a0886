import DragomanText
import DragomanWorkflow
import Testing

@Suite("Articles")
struct ArticleTests {
    /// The original text a segment's range points to.
    static func original(_ article: Article, _ index: Int) -> String {
        let scalars = Array(article.originalText.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[article.segments[index].range]))
    }

    @Test func markdownKeepsMarkupOutOfSegmentsAndRangesInTheFile() throws {
        let markdown = """
            # Nordkorea weist Vorwürfe zurück

            Nordkorea hat **Vorwürfe** zurückgewiesen, es habe Truppen nach
            [Russland](https://example.org/ru) geschickt. Das sagte ein Diplomat.

            - Am 3. Oktober sprach *Selenskyj* vor der UN.
            - ![Karte](karte.png) Pjöngjang schwieg.

            ```
            code, der nicht übersetzt wird.
            ```
            """
        let article = try Article(path: "a.md", text: markdown, language: .german, format: .markdown)
        #expect(
            article.segments.map(\.text) == [
                "Nordkorea weist Vorwürfe zurück",
                "Nordkorea hat Vorwürfe zurückgewiesen, es habe Truppen nach Russland geschickt.",
                "Das sagte ein Diplomat.",
                "Am 3. Oktober sprach Selenskyj vor der UN.",
                "Pjöngjang schwieg.",
            ])
        #expect(Self.original(article, 0) == "Nordkorea weist Vorwürfe zurück")
        #expect(
            Self.original(article, 1)
                == "Nordkorea hat **Vorwürfe** zurückgewiesen, es habe Truppen nach\n[Russland](https://example.org/ru) geschickt."
        )
        #expect(Self.original(article, 3) == "Am 3. Oktober sprach *Selenskyj* vor der UN.")
    }

    @Test func htmlDecodesReferencesAndSkipsScriptsAndHead() throws {
        let html = """
            <html><head><title>Titel</title><script>var x = "<p>nein</p>";</script></head>
            <body><h1>Kim &amp; Putin</h1>
            <p>Moskau und Pj&ouml;ngjang unterzeichneten einen Vertrag.<br>Er sieht &bdquo;Hilfe&ldquo; vor.</p>
            <!-- <p>Kommentar</p> --><p class="x">Seoul&#x2009;reagierte.</p></body></html>
            """
        let article = try Article(path: "a.html", text: html, language: .german, format: .html)
        #expect(
            article.segments.map(\.text) == [
                "Kim & Putin", "Moskau und Pjöngjang unterzeichneten einen Vertrag.", "Er sieht „Hilfe“ vor.",
                "Seoul reagierte.",
            ])
        #expect(Self.original(article, 0) == "Kim &amp; Putin")
        #expect(Self.original(article, 1) == "Moskau und Pj&ouml;ngjang unterzeichneten einen Vertrag.")
    }

    @Test func plainTextRangesAreTheSegments() throws {
        let text = "Kim traf Putin. Selenskyj warnte.\n\nPjöngjang schwieg."
        let article = try Article(path: "a.txt", text: text, language: .german, format: .text)
        #expect(article.segments.indices.allSatisfy { Self.original(article, $0) == article.segments[$0].text })
        #expect(article.segments.count == 3)
    }

    @Test(arguments: [("a.md", "markdown"), ("b.HTML", "html"), ("c.htm", "html"), ("d.txt", "text"), ("e", "text")])
    func formatFollowsTheExtension(path: String, format: String) {
        #expect(Article.format(ofPath: path).rawValue == format)
    }
}

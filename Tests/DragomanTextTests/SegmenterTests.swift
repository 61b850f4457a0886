import Testing

@testable import DragomanText

@Suite("Sentence segmentation")
struct SegmenterTests {
    static let german = try! Segmenter(language: .german)
    static let english = try! Segmenter(language: .english)

    static func texts(_ segmenter: Segmenter, _ input: String) throws -> [String] {
        try segmenter.segments(in: input).map(\.text)
    }
}

extension SegmenterTests {
    @Test(
        "German news text",
        arguments: [
            // ICU's de@ss=standard would glue these together after "Sprecher."
            ("Das war der Sprecher. Die Sache ist klar.", ["Das war der Sprecher.", "Die Sache ist klar."]),
            (
                "Der Kanzler reiste am 3. Oktober nach Kiew. Dort traf er Selenskyj.",
                ["Der Kanzler reiste am 3. Oktober nach Kiew.", "Dort traf er Selenskyj."]
            ),
            (
                "Trump war der 45. Präsident der USA. Biden folgte ihm.",
                ["Trump war der 45. Präsident der USA.", "Biden folgte ihm."]
            ),
            (
                "Die Kirche stammt aus dem späten 12. Jahrhundert und wurde 1950 renoviert.",
                ["Die Kirche stammt aus dem späten 12. Jahrhundert und wurde 1950 renoviert."]
            ),
            (
                "Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.",
                ["Die Zahl der Toten stieg auf 12.", "Die Polizei ermittelt."]
            ),
            (
                "Es kamen u. a. Vertreter aus Polen, z. B. der Außenminister. Er sprach kurz.",
                ["Es kamen u. a. Vertreter aus Polen, z. B. der Außenminister.", "Er sprach kurz."]
            ),
            (
                "Die Firma machte 2,5 Mrd. Euro Umsatz bzw. 3 Prozent mehr. Dr. Weber ist zufrieden.",
                ["Die Firma machte 2,5 Mrd. Euro Umsatz bzw. 3 Prozent mehr.", "Dr. Weber ist zufrieden."]
            ),
            (
                "„Wir lehnen das ab“, sagte Peskow. „Das ist eine falsche Geschichte.“ Moskau schweigt.",
                ["„Wir lehnen das ab“, sagte Peskow.", "„Das ist eine falsche Geschichte.“", "Moskau schweigt."]
            ),
            (
                "„Wann kommt die Antwort?“, fragte die Reporterin. Niemand antwortete.",
                ["„Wann kommt die Antwort?“, fragte die Reporterin.", "Niemand antwortete."]
            ),
            (
                "„Kommen Sie morgen?“ fragte sie leise. Er nickte.",
                ["„Kommen Sie morgen?“ fragte sie leise.", "Er nickte."]
            ),
            (
                "Er las »Krieg und Frieden«. Dann schlief er ein.",
                ["Er las »Krieg und Frieden«.", "Dann schlief er ein."]
            ),
            ("Sie zitierte ‚Nie wieder.‘ Danach schwieg sie.", ["Sie zitierte ‚Nie wieder.‘", "Danach schwieg sie."]),
            (
                "Das steht in Art. 5 Abs. 1 GG. Die Richter sehen das anders.",
                ["Das steht in Art. 5 Abs. 1 GG.", "Die Richter sehen das anders."]
            ),
            (
                "Die Rede dauerte … lange. Danach gab es Applaus.",
                ["Die Rede dauerte … lange.", "Danach gab es Applaus."]
            ),
            (
                "Sie verwies auf www.bundestag.de. Dort steht mehr.",
                ["Sie verwies auf www.bundestag.de.", "Dort steht mehr."]
            ),
            ("Fragen an presse@example.de. Antworten folgen.", ["Fragen an presse@example.de.", "Antworten folgen."]),
            (
                "Der Vertrag wurde 1990 unterzeichnet. 1991 trat er in Kraft.",
                ["Der Vertrag wurde 1990 unterzeichnet.", "1991 trat er in Kraft."]
            ),
            (
                "So sagte der Vertreter . Der Diplomat fügte etwas hinzu.",
                ["So sagte der Vertreter .", "Der Diplomat fügte etwas hinzu."]
            ),
        ])
    func germanNews(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.german, input) == expected)
    }

    @Test(
        "English news text",
        arguments: [
            (
                "Mr. Putin met Gen. Smith in St. Petersburg. They spoke for an hour.",
                ["Mr. Putin met Gen. Smith in St. Petersburg.", "They spoke for an hour."]
            ),
            (
                "The talks ended at 4 p.m. Reporters waited outside.",
                ["The talks ended at 4 p.m.", "Reporters waited outside."]
            ),
            (
                "She moved to the U.S. in 1990. It was her first trip abroad.",
                ["She moved to the U.S. in 1990.", "It was her first trip abroad."]
            ),
            ("Troops left the U.S. They arrived a day later.", ["Troops left the U.S.", "They arrived a day later."]),
            ("J. R. R. Tolkien wrote it. The book sold well.", ["J. R. R. Tolkien wrote it.", "The book sold well."]),
            (
                "Prices rose 3.5% in May. Analysts, e.g. those at the bank, expected less.",
                ["Prices rose 3.5% in May.", "Analysts, e.g. those at the bank, expected less."]
            ),
            (
                "“Is this true?” asked the minister. Nobody answered.",
                ["“Is this true?” asked the minister.", "Nobody answered."]
            ),
            (
                "“We will not comment,” he said. “It is a false story.” The Kremlin declined to elaborate.",
                ["“We will not comment,” he said.", "“It is a false story.”", "The Kremlin declined to elaborate."]
            ),
            (
                "See page 12 of the report. Details are on p. 14.",
                ["See page 12 of the report.", "Details are on p. 14."]
            ),
            (
                "Read more at https://example.com/news/2024.html. Comments are closed.",
                ["Read more at https://example.com/news/2024.html.", "Comments are closed."]
            ),
            ("He paused... Then he left.", ["He paused...", "Then he left."]),
            (
                "The ministers met in Seoul.The talks were brief.",
                ["The ministers met in Seoul.", "The talks were brief."]
            ),
        ])
    func englishNews(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.english, input) == expected)
    }

    @Test(
        "Lists and layout",
        arguments: [
            ("1. Die Lage im Osten 2. Die Lage im Süden", ["1. Die Lage im Osten", "2. Die Lage im Süden"]),
            ("• Erstens ist es teuer • Zweitens ist es spät", ["• Erstens ist es teuer", "• Zweitens ist es spät"]),
            ("a) Kosten b) Nutzen c) Risiken", ["a) Kosten", "b) Nutzen", "c) Risiken"]),
            ("Inhalt........3\nEinleitung", ["Inhalt", "Einleitung"]),
            ("<p>Der Text. Noch ein Satz.</p>", ["Der Text.", "Noch ein Satz."]),
        ])
    func listsAndLayout(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.german, input) == expected)
    }
}

extension SegmenterTests {
    @Test("A headline without full stop stands alone; a stray ':' is kept but not translatable")
    func seedArticleShape() throws {
        let text = "Nordkorea weist Vorwürfe zurück\nDer Westen versuche etwas. Der Vertrag gilt.\n:"
        let segments = try Self.german.segments(in: text)
        #expect(
            segments.map(\.text) == [
                "Nordkorea weist Vorwürfe zurück", "Der Westen versuche etwas.", "Der Vertrag gilt.", ":",
            ])
        #expect(segments.map(\.isTranslatable) == [true, true, true, false])
        #expect(segments.map(\.index) == [0, 1, 2, 3])
    }

    @Test("Ranges are scalar offsets that rebuild the text byte for byte")
    func rangesRebuildText() throws {
        let text = "  Überschrift 🇩🇪 ohne Punkt\r\nErster Satz. 😀 Zweiter Satz!  \n\n„Dritter“ Satz.\n:"
        let segments = try Self.german.segments(in: text)
        let scalars = Array(text.unicodeScalars)
        var rebuilt = String.UnicodeScalarView()
        var cursor = 0
        for segment in segments {
            let slice = String(String.UnicodeScalarView(scalars[segment.range]))
            #expect(slice == segment.text)
            #expect(segment.text.first?.isWhitespace == false && segment.text.last?.isWhitespace == false)
            rebuilt.append(contentsOf: scalars[cursor..<segment.range.lowerBound])
            rebuilt.append(contentsOf: scalars[segment.range])
            cursor = segment.range.upperBound
        }
        rebuilt.append(contentsOf: scalars[cursor...])
        #expect(String(rebuilt) == text)
        #expect(
            segments.map(\.text) == [
                "Überschrift 🇩🇪 ohne Punkt", "Erster Satz.", "😀 Zweiter Satz!", "„Dritter“ Satz.", ":",
            ])
    }

    @Test("Languages without rules get ICU's boundaries")
    func fallbackLanguage() throws {
        let french = try Segmenter(language: "fr")
        #expect(
            try french.segments(in: "Il pleut. Nous restons ici.").map(\.text) == ["Il pleut.", "Nous restons ici."])
        let russian = try Segmenter(language: "ru")
        #expect(try russian.segments(in: "Песков ответил. Вопрос закрыт.").count == 2)
    }

    @Test("Shipped rules load for German and English only")
    func shippedRules() {
        #expect(SegmentationRules.shipped(for: .german)?.prefixAbbreviations.contains("z.b") == true)
        #expect(SegmentationRules.shipped(for: .english)?.prefixAbbreviations.contains("mr") == true)
        #expect(SegmentationRules.shipped(for: "fr") == nil)
    }
}

extension SegmenterTests {
    @Test(
        "A quotation of several sentences is a segment per sentence, the attribution with the last",
        arguments: [
            (
                "„Wir werden nicht nachgeben. Die Ukraine wird siegen. Das ist sicher“, sagte Selenskyj. Dann ging er.",
                [
                    "„Wir werden nicht nachgeben.", "Die Ukraine wird siegen.", "Das ist sicher“, sagte Selenskyj.",
                    "Dann ging er.",
                ]
            ),
            (
                "»Die Gespräche sind gescheitert. Wir reisen ab«, erklärte die Delegation am Abend.",
                ["»Die Gespräche sind gescheitert.", "Wir reisen ab«, erklärte die Delegation am Abend."]
            ),
            (
                "“We will not give in. Ukraine will win. That is certain,” Zelensky said in Kyiv.",
                ["“We will not give in.", "Ukraine will win.", "That is certain,” Zelensky said in Kyiv."]
            ),
            (
                "``Die Lage ist ernst. Wir handeln sofort'', sagte der Minister. ``Mehr nicht.''",
                ["``Die Lage ist ernst.", "Wir handeln sofort'', sagte der Minister.", "``Mehr nicht.''"]
            ),
            (
                "Von der Leyen sagte: „Europa darf nicht naiv sein. Wir schützen unsere Industrie.“ Dann reiste sie ab.",
                [
                    "Von der Leyen sagte: „Europa darf nicht naiv sein.", "Wir schützen unsere Industrie.“",
                    "Dann reiste sie ab.",
                ]
            ),
            // One sentence quoted, then a lower-case continuation: one segment (Golden Rules).
            (
                "„Das ist falsch.“ sagte er und ging. Niemand folgte ihm.",
                ["„Das ist falsch.“ sagte er und ging.", "Niemand folgte ihm."]
            ),
        ])
    func quotations(input: String, expected: [String]) throws {
        let segmenter = input.contains("Zelensky said") ? Self.english : Self.german
        #expect(try Self.texts(segmenter, input) == expected)
    }

    @Test(
        "A quote mark without its partner, or of another style, never holds sentences together",
        arguments: [
            (
                "``Wir bleiben. Die Verhandlungen gehen weiter. Das Ergebnis ist offen. Mehr sagen wir nicht.",
                [
                    "``Wir bleiben.", "Die Verhandlungen gehen weiter.", "Das Ergebnis ist offen.",
                    "Mehr sagen wir nicht.",
                ]
            ),
            (
                "„Der Plan steht. Es gibt keinen Aufschub. Morgen beginnt der Abzug. Er dauert eine Woche.",
                [
                    "„Der Plan steht.", "Es gibt keinen Aufschub.", "Morgen beginnt der Abzug.",
                    "Er dauert eine Woche.",
                ]
            ),
            (
                "Die Zeitung schrieb, Kallas' Plan sei gescheitert. Der Rat tagt am Montag. 'Wir warten ab. Dann sehen wir weiter.",
                [
                    "Die Zeitung schrieb, Kallas' Plan sei gescheitert.", "Der Rat tagt am Montag.", "'Wir warten ab.",
                    "Dann sehen wir weiter.",
                ]
            ),
        ])
    func unpartneredQuotes(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.german, input) == expected)
    }

    @Test(
        "A one-letter word ends a sentence unless it is the initial of a name",
        arguments: [
            (
                "Musk renamed Twitter X. The company lost advertisers.",
                ["Musk renamed Twitter X.", "The company lost advertisers."]
            ),
            ("He posted on X. Then he left.", ["He posted on X.", "Then he left."]),
            ("They needed a Plan B. Nobody had one.", ["They needed a Plan B.", "Nobody had one."]),
            (
                "It had no plan B. About 7.6 million people wait.",
                ["It had no plan B.", "About 7.6 million people wait."]
            ),
            ("Take Vitamin C. It helps.", ["Take Vitamin C.", "It helps."]),
            (
                "Franklin D. Roosevelt met George W. Bush's grandfather.",
                ["Franklin D. Roosevelt met George W. Bush's grandfather."]
            ),
            ("J. R. R. Tolkien wrote it. He was a professor.", ["J. R. R. Tolkien wrote it.", "He was a professor."]),
        ])
    func oneLetterWordsInEnglish(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.english, input) == expected)
    }

    @Test(
        "German one-letter words and numbers at a sentence end",
        arguments: [
            ("Wir brauchen einen Plan B. Niemand hat einen.", ["Wir brauchen einen Plan B.", "Niemand hat einen."]),
            ("Er fährt Formel 1. Das ist teuer.", ["Er fährt Formel 1.", "Das ist teuer."]),
            (
                "Der Konzern heißt jetzt X. Die Werbekunden gingen.",
                ["Der Konzern heißt jetzt X.", "Die Werbekunden gingen."]
            ),
        ])
    func oneLetterWordsInGerman(input: String, expected: [String]) throws {
        #expect(try Self.texts(Self.german, input) == expected)
    }

    @Test("Footnote markers after a full stop belong to the sentence before them")
    func footnoteMarkers() throws {
        #expect(
            try Self.texts(
                Self.english,
                "The offensive began in May.[17] Kyiv confirmed it. [18] [19] Losses were high. [citation needed] Talks stalled. [3]"
            ) == [
                "The offensive began in May.[17]", "Kyiv confirmed it. [18] [19]",
                "Losses were high. [citation needed]",
                "Talks stalled. [3]",
            ])
        #expect(
            try Self.texts(Self.german, "Die Quote stieg auf 40 Prozent. ¹ Die Methode ist neu.")
                == ["Die Quote stieg auf 40 Prozent. ¹", "Die Methode ist neu."])
        // An editorial insertion that a sentence continues is no marker.
        #expect(
            try Self.texts(Self.english, "He cited the report. [The] ministry denied it.")
                == ["He cited the report.", "[The] ministry denied it."])
    }
}

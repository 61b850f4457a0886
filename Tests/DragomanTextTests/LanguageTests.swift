import DragomanEvaluation
import Testing

@testable import DragomanText

@Suite("Languages")
struct LanguageTests {
    static let detector = LanguageDetector()
}

extension LanguageTests {
    @Test(
        "Detects the language of news sentences",
        arguments: [
            (
                "de",
                "Die Regierung in Berlin hat am Montag neue Hilfen für die Ukraine angekündigt, nachdem der Kanzler mit dem Präsidenten telefoniert hatte."
            ),
            (
                "en",
                "The government in London announced new aid for Ukraine on Monday after the prime minister had spoken to the president by phone."
            ),
            (
                "fr",
                "Le gouvernement a annoncé lundi une nouvelle aide pour l'Ukraine, après un entretien téléphonique entre le Premier ministre et le président."
            ),
            (
                "es",
                "El gobierno anunció el lunes una nueva ayuda para Ucrania, después de que el primer ministro hablara por teléfono con el presidente."
            ),
            (
                "ru",
                "Правительство в понедельник объявило о новой помощи, после того как премьер-министр поговорил по телефону с президентом страны."
            ),
            (
                "uk",
                "Уряд у понеділок оголосив про нову допомогу, після того як прем'єр-міністр поговорив телефоном із президентом країни і його радниками."
            ),
        ])
    func detects(expected: String, text: String) throws {
        #expect(Self.detector.detect(text)?.language.language == expected)
    }

    @Test("Too short or mixed texts are unknown")
    func unknown() {
        #expect(Self.detector.detect("Selenskyj") == nil)
        #expect(Self.detector.detect("12345 67890 !!! ??? 2024-10-28") == nil)
        #expect(Self.detector.detect("평양 서울 부산 평양 서울 부산 평양 서울 부산 평양 서울 부산 평양 서울 부산 평양 서울 부산 평양 서울") == nil)
    }

    @Test(
        "BCP 47 tags are validated and canonicalised",
        arguments: [("de", "de"), ("en-gb", "en-GB"), ("sr_latn_rs", "sr-Latn-RS"), ("DE-at", "de-AT")])
    func tags(input: String, canonical: String) throws {
        let code = try #require(LanguageCode(input))
        #expect(code.tag == canonical)
    }

    @Test("Malformed tags are refused", arguments: ["", "d", "de--at", "deutsch-", "1de", "de-AT!"])
    func badTags(input: String) {
        #expect(LanguageCode(input) == nil)
    }

    @Test("Language detection accuracy on a labelled table")
    func evaluation() {
        let lines = [
            "de\tDie Delegation aus Pjöngjang wies die Vorwürfe am Montag in New York zurück und sprach von Gerüchten ohne jede Grundlage.",
            "en\tThe delegation from Pyongyang rejected the accusations in New York on Monday, calling them rumours without any basis at all.",
            "en\ttoo short",
        ]
        let result = LanguageDetectionEvaluation.evaluate(lines: lines)
        #expect(result.total == 2)
        #expect(result.correct == 2)
        #expect(result.skipped == 1)
    }
}

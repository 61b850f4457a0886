import Testing

@testable import DragomanText

@Suite("ICU layer")
struct ICUTests {}

extension ICUTests {
    @Test(
        "Normalisation forms",
        arguments: [
            ("e\u{301}cole", NormalizationForm.nfc, "école"),
            ("école", .nfd, "e\u{301}cole"),
            ("ﬁnal ²", .nfkc, "final 2"),
            ("Straße", .nfkcCasefold, "strasse"),
            ("Selens\u{AD}kyj", .nfkcCasefold, "selenskyj"),
            ("ＤＶＲＫ", .nfkc, "DVRK"),
        ])
    func normalisation(input: String, form: NormalizationForm, expected: String) throws {
        #expect(try input.normalized(form) == expected)
    }

    @Test("Form names parse case-insensitively")
    func formNames() {
        #expect(NormalizationForm(name: "nfc") == .nfc)
        #expect(NormalizationForm(name: "NFKC_CF") == .nfkcCasefold)
        #expect(NormalizationForm(name: "nfkc-casefold") == .nfkcCasefold)
        #expect(NormalizationForm(name: "nfx") == nil)
    }

    @Test(
        "Matching keys fold spellings of one name together",
        arguments: [
            ("Erdoğan", "ERDOGAN"),
            ("P’yŏngyang", "Pyongyang"),
            ("Pʼyŏngyang", "P'yongyang"),
            ("Moon Jae\u{2010}in", "moon jae-in"),
            ("Selens\u{AD}kyj", "Selenskyj"),
            ("  Kim   Jong\u{A0}Un ", "kim jong un"),
            ("Ørsted", "Orsted"),
            ("„Kreml“", "Kreml"),
            ("Łukaszenka", "Lukaszenka"),
        ])
    func matchingKeyEquality(first: String, second: String) throws {
        #expect(try MatchingKey.make(first) == MatchingKey.make(second))
    }

    @Test("Matching keys keep different names apart")
    func matchingKeyDifference() throws {
        #expect(try MatchingKey.make("Kim Jong Un") != MatchingKey.make("Kim Jong Il"))
        #expect(try MatchingKey.make("Peskow") != MatchingKey.make("Peskov"))
        #expect(try MatchingKey.make("P’yŏngyang") == "pyongyang")
    }

    @Test("The letter-by-letter folding of Latin text equals the folding through ICU")
    func latinFoldingAgreesWithICU() throws {
        var words = [
            "Pjöngjangs", "Straße", "Erdoğan", "Łukaszenka", "Ærø", "Dvořák", "Þingvellir", "Œuvre", "Ǆemal",
            "İstanbul", "Nürnberg  Süd", "Ŀlorenç", "Ĳsselmeer",
        ]
        // Every letter of the table's range, alone and between ASCII letters.
        for value in UInt32(0xC0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            words.append(String(scalar))
            words.append("A\(scalar)b C")
        }
        for word in words {
            #expect(try MatchingKey.make(word) == MatchingKey.generalKey(word), "\(word)")
        }
    }
}

extension ICUTests {
    @Test(
        "System transforms by ID",
        arguments: [
            ("Ukrainian-Latin/BGN", "Зеленський", "Zelensʹkyy"),
            ("Russian-Latin/BGN", "Дмитрий Песков", "Dmitriy Peskov"),
            ("Any-Latin; Latin-ASCII", "평양", "pyeong-yang"),
            ("Hangul-Latin", "평양", "pyeong-yang"),
            ("Greek-Latin", "Αθήνα", "Athḗna"),
            ("Any-Latin; Latin-ASCII", "Москва", "Moskva"),
        ])
    func systemTransforms(id: String, input: String, expected: String) throws {
        #expect(try Transliterator.named(id).transform(input) == expected)
    }

    @Test("Transforms from our own rule text, compiled once")
    func customRules() throws {
        // German (Duden) renderings of Russian names towards English press style.
        let ruleText = "$wordBoundary = [^[:L:]] ;\nSch > Sh ;\nsch > sh ;\now } $wordBoundary > ov ;\now > ov ;"
        let transform = try Transliterator.compiled(id: "Test-DudenToPress", rules: ruleText)
        #expect(try transform.transform("Peskow") == "Peskov")
        #expect(try transform.transform("Schoigu") == "Shoigu")
        #expect(try Transliterator.compiled(id: "Test-DudenToPress", rules: ruleText) === transform)
    }

    @Test("Long output grows the buffer")
    func growingOutput() throws {
        let hangul = String(repeating: "평양 ", count: 500)
        let latin = try Transliterator.named("Any-Latin").transform(hangul)
        #expect(latin.count > hangul.count)
        #expect(latin.hasPrefix("pyeong-yang"))
    }

    @Test("Errors say what failed")
    func errors() throws {
        #expect {
            try Transliterator(id: "Klingon-Latin")
        } throws: { error in
            let error = error as? ICUError
            return error?.status.name == "U_INVALID_ID" && error?.description.contains("Klingon-Latin") == true
        }
        #expect {
            try Transliterator(id: "Test-Broken", rules: "a > b ;\n$x = [ ;")
        } throws: { error in
            (error as? ICUError)?.ruleLocation?.line == 2
        }
    }

    @Test("Transforms and break iterators are safe to share between threads")
    func concurrentUse() async throws {
        let transform = try Transliterator.named("Russian-Latin/BGN")
        let segmenter = try Segmenter(language: .german)
        let text = "Das war der Sprecher. Die Sache ist klar. Am 3. Oktober kam er."
        let results = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for _ in 0..<64 {
                group.addTask {
                    (try transform.transform("Дмитрий Песков"), try segmenter.segments(in: text).count)
                }
            }
            var all: [(String, Int)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0.0 == "Dmitriy Peskov" && $0.1 == 3 })
    }

    @Test("Word breaks")
    func words() throws {
        #expect(
            try BreakIterator.words(in: "Pjöngjangs Image, 2024 beschädigt.", locale: "de") == [
                "Pjöngjangs", "Image", "2024", "beschädigt",
            ])
    }

    @Test("ICU version is known")
    func version() {
        #expect(ICUStatus.icuVersion.split(separator: ".").count >= 2)
        #expect(ICUStatus(rawValue: -128).isFailure == false)
        #expect(ICUStatus(rawValue: 1).isFailure)
    }
}

import DragomanText

/// A name prepared for matching: its parts (given names, family names, words of a place
/// name), each with the skeletons of every convention it may be written in.
///
/// "Wladimir Selenskyj" has the parts "wladimir" and "selenskyj"; read as German (Duden) the
/// family name gives the skeleton "selensky", which is also what "Zelensky", "Zelenskiy" and
/// "Зеленський" give read as English.
public struct NameKey: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        /// The part folded to lower-case ASCII ("selenskyj").
        public var folded: String
        /// Skeletons under each convention that may apply, without duplicates.
        public var skeletons: [[UInt8]]
        /// The given-name group the part belongs to, if any (Wladimir, Volodymyr, Vladimir).
        public var givenNameGroup: Int?
        /// Arabic articles and nobiliary particles (al-, el-, von, van) that one rendering may
        /// omit.
        public var isParticle: Bool
    }

    public var name: String
    public var parts: [Part]

    /// The parts that carry the name (particles left out unless nothing else is left).
    public var coreParts: [Part] {
        let core = parts.filter { !$0.isParticle }
        return core.isEmpty ? parts : core
    }
}

extension NameKey {
    /// Builds the key of `name` in any script.
    ///
    /// - Complexity: a few ICU transforms over the name, O(length).
    public init(_ name: String) throws {
        let conventions = NameConventions.shared
        let latin = try Self.latin(name, conventions: conventions)
        let words = latin.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        self.name = name
        guard !words.isEmpty else {
            parts = []
            return
        }
        let spaced = words.joined(separator: " ") + " "
        var readings: [[String]] = []
        if latin.script == .latin {
            readings.append(try conventions.dudenReading(spaced))
        }
        let press = try conventions.pressReading(spaced)
        readings.append(press)
        if spaced.contains("eo") || spaced.contains("eu") {
            readings.append(try conventions.koreanReading(press.joined(separator: " ") + " "))
        }
        let table = GivenNames.shared
        parts = words.enumerated().map { index, word in
            var skeletons: [[UInt8]] = []
            for reading in readings where index < reading.count {
                let skeleton = Array(reading[index].utf8)
                if !skeletons.contains(skeleton) { skeletons.append(skeleton) }
            }
            return Part(
                folded: word, skeletons: skeletons, givenNameGroup: table.group(of: word),
                isParticle: Self.particles.contains(word))
        }
    }

    static let particles: Set<String> = [
        "al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ur", "von", "van", "der", "de",
        "di", "da", "du", "la", "le",
    ]

    static func latin(_ name: String, conventions: NameConventions) throws -> LatinText {
        var script = LatinText.Script.latin
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x400...0x52F: script = .cyrillic
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: script = .hangul
            case 0x0000...0x024F, 0x1E00...0x1EFF: continue
            default: if script == .latin { script = .other }
            }
            if script != .latin { break }
        }
        let romanised: String
        switch script {
        case .latin: romanised = try conventions.letters.transform(name)
        case .cyrillic:
            let ukrainian = name.unicodeScalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) }
            romanised = try (ukrainian ? conventions.ukrainian : conventions.russian).transform(name)
        case .hangul:
            // Each Hangul syllable is a part: a personal name is a one-syllable family name and
            // a given name of syllables that other romanisations write apart ("Kim Jong Un").
            romanised = try conventions.hangul.transform(Self.spacingHangulSyllables(name))
        case .other: romanised = try conventions.anyLatin.transform(name)
        }
        var folded = try MatchingKey.make(romanised)
        if folded.unicodeScalars.contains(where: { !$0.isASCII }) {
            folded = try conventions.anyLatin.transform(folded).lowercased()
        }
        // Keep letters, digits and the separators between words.
        let kept = folded.unicodeScalars.map { scalar -> Character in
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" {
                return Character(scalar)
            }
            return " "
        }
        return LatinText(text: String(kept), script: script)
    }
}

extension NameKey {
    static func spacingHangulSyllables(_ name: String) -> String {
        var spaced = String.UnicodeScalarView()
        var previousWasSyllable = false
        for scalar in name.unicodeScalars {
            let isSyllable = (0xAC00...0xD7AF).contains(scalar.value)
            if isSyllable && previousWasSyllable { spaced.append(" ") }
            spaced.append(scalar)
            previousWasSyllable = isSyllable
        }
        return String(spaced)
    }
}

/// A name romanised and folded, with the script it was written in.
struct LatinText {
    enum Script { case latin, cyrillic, hangul, other }
    var text: String
    var script: Script

    func split(whereSeparator isSeparator: (Character) -> Bool) -> [Substring] {
        text.split(whereSeparator: isSeparator)
    }

    func contains(_ other: String) -> Bool { text.contains(other) }
}

extension NameConventions {
    /// The words of `spaced` (words separated by single spaces, one space at the end) read as
    /// a German rendering.
    func dudenReading(_ spaced: String) throws -> [String] {
        try Self.words(of: collapsingDoubles(common.transform(duden.transform(spaced))))
    }

    func pressReading(_ spaced: String) throws -> [String] {
        try Self.words(of: collapsingDoubles(common.transform(press.transform(spaced))))
    }

    func koreanReading(_ spaced: String) throws -> [String] {
        try Self.words(of: collapsingDoubles(korean.transform(spaced)))
    }

    private static func words(of text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    /// Doubled letters are spelling, not sound ("Saporischschja", "Zaporizhzhia").
    private func collapsingDoubles(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar != previous || scalar == " " { result.append(scalar) }
            previous = scalar
        }
        return String(result)
    }
}

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
        public var skeletons: [[UInt8]] {
            didSet {
                bigramMasks = skeletons.map(Self.bigramMask)
                consonantMasks = skeletons.map(Self.consonantMask)
            }
        }
        /// For each skeleton, its letter pairs hashed into 64 bits: a cheap test that two
        /// skeletons share too little to be similar.
        public private(set) var bigramMasks: [UInt64] = []
        /// For each skeleton, the consonant letters it holds as bits: renderings of one name
        /// differ in few consonants, whatever their vowels.
        public private(set) var consonantMasks: [UInt32] = []
        /// The given-name group the part belongs to, if any (Wladimir, Volodymyr, Vladimir).
        public var givenNameGroup: Int?
        /// Arabic articles and nobiliary particles (al-, el-, von, van) that one rendering may
        /// omit.
        public var isParticle: Bool

        public init(folded: String, skeletons: [[UInt8]], givenNameGroup: Int?, isParticle: Bool) {
            self.folded = folded
            self.skeletons = skeletons
            self.givenNameGroup = givenNameGroup
            self.isParticle = isParticle
            bigramMasks = skeletons.map(Self.bigramMask)
            consonantMasks = skeletons.map(Self.consonantMask)
        }

        static func consonantMask(_ skeleton: [UInt8]) -> UInt32 {
            var mask: UInt32 = 0
            for byte in skeleton where !StringSimilarity.isVowel(byte) { mask |= 1 << UInt32(byte % 32) }
            return mask
        }

        static func bigramMask(_ skeleton: [UInt8]) -> UInt64 {
            guard skeleton.count > 1 else { return skeleton.first.map { 1 << UInt64($0 % 64) } ?? 0 }
            var mask: UInt64 = 0
            for index in 1..<skeleton.count {
                mask |= 1 << ((UInt64(skeleton[index - 1]) &* 31 &+ UInt64(skeleton[index])) % 64)
            }
            return mask
        }
    }

    public var name: String
    public var parts: [Part] {
        didSet { prepare() }
    }
    /// The parts that carry the name (particles left out unless nothing else is left).
    public private(set) var coreParts: [Part] = []
    /// The core parts run together, per reading ("pyeongyang", "pyongyang").
    public private(set) var joinedSkeletons: [[UInt8]] = []
    /// Where the place lies ("North", "Süd-"), as meanings that another name must share to
    /// match (see ``NameQualifiers``); 0 for none.
    public var qualifiers: UInt16 = 0

    private mutating func prepare() {
        let core = parts.filter { !$0.isParticle }
        coreParts = core.isEmpty ? parts : core
        var readings = 0
        for part in coreParts { readings = max(readings, part.skeletons.count) }
        joinedSkeletons = (0..<readings).map { reading in
            var joined: [UInt8] = []
            for part in coreParts { joined += part.skeletons[min(reading, part.skeletons.count - 1)] }
            return joined
        }
    }
}

extension NameKey {
    /// Builds the key of `name` in any script.
    ///
    /// - Complexity: a few ICU transforms over the name, O(length).
    public init(_ name: String) throws {
        let conventions = try NameConventions.shared()
        let latin = try Self.latin(name, conventions: conventions)
        // The romanised text is ASCII letters, digits and separators: split on bytes.
        let written = latin.text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).map {
            String(decoding: $0, as: UTF8.self)
        }
        // Qualifiers ("Nord-", "South") are set apart unless nothing else is left.
        let qualifierTable = NameQualifiers.shared
        var qualifiers: NameQualifiers.Meanings = 0
        var words: [String] = []
        for word in written {
            let reading = qualifierTable.reading(of: word)
            qualifiers |= reading.meanings
            if let rest = reading.rest { words.append(rest) }
        }
        if words.isEmpty {
            words = written
            qualifiers = 0
        }
        self.qualifiers = qualifiers
        self.name = name
        guard !words.isEmpty else {
            parts = []
            prepare()
            return
        }
        let spaced = words.joined(separator: " ") + " "
        var readings: [[[UInt8]]] = []
        let press = try conventions.pressReading(spaced)
        // The German reading differs only when the name holds a letter its rules act on.
        if latin.script == .latin && spaced.utf8.contains(where: Self.isDudenLetter) {
            readings.append(try conventions.dudenReading(spaced))
        }
        readings.append(press)
        if Self.holdsKoreanVowel(spaced) {
            let pressText = press.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            readings.append(try conventions.koreanReading(pressText + " "))
        }
        let table = GivenNames.shared
        let prepared = words.enumerated().map { index, word in
            var skeletons: [[UInt8]] = []
            for reading in readings where index < reading.count {
                let skeleton = reading[index]
                if !skeletons.contains(skeleton) { skeletons.append(skeleton) }
            }
            return Part(
                folded: word, skeletons: skeletons, givenNameGroup: table.group(of: word),
                isParticle: Self.particles.contains(word))
        }
        parts = prepared
        prepare()
    }

    /// Whether the German (Duden) rules act on the letter (w, j, z, c, h, s or k).
    private static func isDudenLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x77, 0x6A, 0x7A, 0x63, 0x68, 0x73, 0x6B: true
        default: false
        }
    }

    /// Whether the text holds "eo" or "eu", which only Korean romanisations write.
    private static func holdsKoreanVowel(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "e") && (byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")) { return true }
            previous = byte
        }
        return false
    }

    static let particles: Set<String> = [
        "al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ur", "von", "van", "der", "de",
        "del", "di", "da", "du", "la", "le",
    ]

    static func latin(_ name: String, conventions: NameConventions) throws -> LatinText {
        var script = LatinText.Script.latin
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        for scalar in name.unicodeScalars where !isASCII && scalar.properties.isAlphabetic {
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
        case .latin:
            // Most names are plain ASCII and need none of the letter rules.
            romanised = isASCII ? name : try conventions.letters.transform(name)
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
        // Keep letters, digits and the separators between words; the text is ASCII by now
        // (anything else is kept as it is).
        let kept = folded.utf8.map { byte -> UInt8 in
            switch byte {
            case 0x61...0x7A, 0x30...0x39, 0x2D, 0x80...0xFF: byte
            default: 0x20
            }
        }
        return LatinText(text: String(decoding: kept, as: UTF8.self), script: script)
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
}

extension NameConventions {
    /// The words of `spaced` (words separated by single spaces, one space at the end) read as
    /// a German rendering, as skeletons.
    func dudenReading(_ spaced: String) throws -> [[UInt8]] {
        Self.skeletons(of: try duden.transform(spaced))
    }

    func pressReading(_ spaced: String) throws -> [[UInt8]] {
        Self.skeletons(of: try press.transform(spaced))
    }

    func koreanReading(_ spaced: String) throws -> [[UInt8]] {
        Self.skeletons(of: try korean.transform(spaced))
    }

    /// The words of a reading, with doubled letters collapsed: doubling is spelling, not
    /// sound ("Saporischschja", "Zaporizhzhia").
    private static func skeletons(of text: String) -> [[UInt8]] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [[UInt8]] = []
            var word: [UInt8] = []
            word.reserveCapacity(bytes.count)
            for (position, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    guard !word.isEmpty else { continue }
                    words.append(word)
                    word = []
                    word.reserveCapacity(bytes.count - position)
                } else if word.last != byte {
                    word.append(byte)
                }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
    }
}

import DragomanNames
import DragomanText

/// A glossary term (or something that looks like a name) found in a text.
public struct TermMatch: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// The term or one of its listed forms, as written.
        case exact
        /// The term with a German inflectional ending (genitive -s, adjective endings).
        case inflected
        /// The term at the start of a closed compound ("Kremlsprecher").
        case compound
        /// Not in a glossary; capitalised and name-like.
        case unknownName
    }

    /// Scalar offsets in the text.
    public var range: Range<Int>
    public var text: String
    public var kind: Kind
    public var entryID: String?
    public var entryKind: GlossaryEntry.Kind?
    /// The glossary term that matched, and its status (a deprecated term is an error in a translation).
    public var term: String?
    public var status: Term.Status?
    /// The preferred term in the target language, or for an unknown name the name matcher's suggestion.
    public var preferredTarget: String?
    public var suggestionScore: Double?
}

/// Finds glossary terms in text in one pass over its tokens.
///
/// Terms and forms are compiled into a trie over folded tokens, so a text is scanned once,
/// walking the trie from each token (at most as deep as the longest term), longest match
/// first. German inflection is recognised by also trying each token without a genitive or
/// adjective ending; closed compounds by single-token terms at a token's start.
public final class TermRecognizer: Sendable {
    final class Node: @unchecked Sendable {
        var next: [String: Node] = [:]
        /// Entries ending here: (glossary entry, matched term).
        var terms: [(entry: GlossaryEntry, term: Term)] = []
        /// The one of them a match reports (``TermRecognizer/best(_:)``), with its preferred
        /// target term, chosen once when the recogniser is built.
        var chosen: (entry: GlossaryEntry, term: Term, preferredTarget: String?)?
        /// Every term ending here is written in capitals ("IS", "PA", "CAR"): text matches only
        /// in capitals, or the word "is" would be the Islamic State.
        var capitalsOnly = true
    }

    /// An acronym as glossaries write them: one word of capitals (and digits), two letters or more.
    static func isCapitalized(acronym text: String) -> Bool {
        text.count >= 2 && text.contains(where: \.isLetter)
            && text.allSatisfy { $0.isNumber || ($0.isLetter && $0.isUppercase) }
    }

    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode?
    private let isGerman: Bool
    private let findsUnknownNames: Bool
    private let commonWords: CommonWords?
    private let root = Node()
    private let maximumDepth: Int
    /// Single-token terms by their folded text, for compounds.
    private let singleTokenTerms: Set<String>
    /// First bytes of the trie's first-level keys, and of the single-token terms.
    private let startFilter: KeyPrefixFilter
    private let compoundFilter: KeyPrefixFilter
    private let targetIndex: NameIndex?
    private let targetNames: [String]

    static let germanEndings = ["s", "es", "n", "en", "e", "er", "em", "ns"]

    /// - Complexity: O(t) for the t terms and forms of the glossaries in the source language.
    /// With `suggestingNames` false, names in no glossary are still reported but get no
    /// suggested target form (which takes a name-index lookup each); with `findingUnknownNames`
    /// false they are not looked for at all (checks that only care about glossary entries).
    /// With `commonWords` (the language's ordinary words), every capitalised word that is none
    /// of them is name-like, at a sentence's start too; without, German names are told by given
    /// names and foreign endings alone and a sentence's first word is never taken for one.
    public init(
        glossaries: [Glossary], sourceLanguage: LanguageCode, targetLanguage: LanguageCode? = nil,
        suggestingNames: Bool = true, findingUnknownNames: Bool = true, commonWords: CommonWords? = nil
    ) throws {
        self.findsUnknownNames = findingUnknownNames
        self.commonWords = commonWords
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        isGerman = sourceLanguage.language == "de"
        var depth = 1
        var singles = Set<String>()
        var targetNames: [String] = []
        for glossary in glossaries {
            for entry in glossary.entries {
                for term in entry.terms(in: sourceLanguage) {
                    for text in [term.text] + term.forms {
                        let tokens = TextTokenizer.tokens(of: text).map(\.folded)
                        guard !tokens.isEmpty else { continue }
                        var node = root
                        for token in tokens {
                            if let child = node.next[token] {
                                node = child
                            } else {
                                let child = Node()
                                node.next[token] = child
                                node = child
                            }
                        }
                        node.terms.append((entry, term))
                        if !Self.isCapitalized(acronym: text) { node.capitalsOnly = false }
                        depth = max(depth, tokens.count)
                        if tokens.count == 1 && tokens[0].count >= 4 { singles.insert(tokens[0]) }
                    }
                }
                if let targetLanguage, entry.kind != .term, let preferred = entry.preferredTerm(in: targetLanguage) {
                    targetNames.append(preferred.text)
                }
            }
        }
        // News text names a person by family name alone after the first mention ("Peskow
        // sagte"): the last word of a person's multi-word term stands for it, when it is long
        // enough not to be a particle and no other entry has it.
        var surnames: [String: (entry: GlossaryEntry, term: Term)?] = [:]
        for glossary in glossaries {
            for entry in glossary.entries where entry.kind == .person {
                // Korean names put the family name first ("Yoon Suk Yeol" is "Yoon").
                let familyFirst = !entry.terms(in: "ko").isEmpty
                for term in entry.terms(in: sourceLanguage) {
                    let tokens = TextTokenizer.tokens(of: term.text).map(\.folded)
                    guard tokens.count >= 2, let last = familyFirst ? tokens.first : tokens.last, last.count >= 4
                    else { continue }
                    if let existing = surnames[last], existing?.entry.id != entry.id {
                        surnames[last] = .some(nil)
                    } else if surnames[last] == nil {
                        surnames[last] = (entry, term)
                    }
                }
            }
        }
        for (surname, owner) in surnames {
            guard let owner, root.next[surname]?.terms.isEmpty ?? true else { continue }
            let node = root.next[surname] ?? Node()
            root.next[surname] = node
            node.terms.append(owner)
            node.capitalsOnly = false
            singles.insert(surname)
        }
        Self.choose(in: root, targetLanguage: targetLanguage)
        maximumDepth = depth
        singleTokenTerms = singles
        var startFilter = KeyPrefixFilter()
        for key in root.next.keys { startFilter.insert(key) }
        var compoundFilter = KeyPrefixFilter()
        for key in singles { compoundFilter.insert(key) }
        self.startFilter = startFilter
        self.compoundFilter = compoundFilter
        self.targetNames = targetNames
        targetIndex =
            targetLanguage == nil || targetNames.isEmpty || !suggestingNames ? nil : try NameIndex(names: targetNames)
    }

    /// The terms found in `text`, in text order, longest match first at each position.
    ///
    /// - Complexity: O(n·d) trie steps for n tokens and terms of at most d tokens.
    public func matches(in text: String) -> [TermMatch] {
        let raw = rawMatches(in: text)
        guard !raw.isEmpty else { return [] }
        // The text as written, hyphens and all ("UN-Generalversammlung"). Matches come in text
        // order, so one walk over the scalars finds them all.
        let scalars = text.unicodeScalars
        var cursor = (index: scalars.startIndex, offset: 0)
        return raw.map { found in
            var found = found
            if found.range.lowerBound < cursor.offset { cursor = (scalars.startIndex, 0) }
            let start = scalars.index(cursor.index, offsetBy: found.range.lowerBound - cursor.offset)
            let end = scalars.index(start, offsetBy: found.range.count)
            found.text = String(text[start..<end])
            cursor = (end, found.range.upperBound)
            return found
        }
    }

    private func rawMatches(in text: String) -> [TermMatch] {
        let tokens = TextTokenizer.tokens(of: text)
        var matches: [TermMatch] = []
        var index = 0
        let german = isGerman
        while index < tokens.count {
            if let found = longestMatch(tokens, from: index, german: german) {
                matches.append(found.match)
                index = found.end
                continue
            }
            if german, let compound = compoundMatch(tokens[index]) {
                matches.append(compound)
            } else if findsUnknownNames, let name = unknownName(tokens, at: index) {
                matches.append(name.match)
                index = name.end
                continue
            }
            index += 1
        }
        return matches
    }

    private func longestMatch(_ tokens: [TextToken], from start: Int, german: Bool) -> (match: TermMatch, end: Int)? {
        // Most words start no term: turn them away before any string is hashed. A stem keeps
        // the word's first three bytes, but for a possessive of a two-letter key ("UN's").
        let first = tokens[start]
        guard startFilter.mayMatch(first.folded) || (first.isPossessive && first.folded.utf8.count <= 3) else {
            return nil
        }
        var best: (match: TermMatch, end: Int)?
        // Walk the trie with every reading of each token: as written, or without an ending.
        var frontier: [(node: Node, inflected: Bool)] = [(root, false)]
        var position = start
        while position < tokens.count && position - start < maximumDepth && !frontier.isEmpty {
            let token = tokens[position]
            let folded = token.folded
            let length = german ? folded.unicodeScalars.count : 0
            var next: [(node: Node, inflected: Bool)] = []
            for (node, inflected) in frontier {
                if let child = node.next[folded] { next.append((child, inflected)) }
                if token.isPossessive, let child = node.next[Self.dropping(1, from: folded)] {
                    next.append((child, true))
                }
                if german {
                    for ending in Self.germanEndings
                    where length > ending.utf8.count + 2 && Self.hasASCIISuffix(folded, ending) {
                        if let child = node.next[Self.dropping(ending.utf8.count, from: folded)] {
                            next.append((child, true))
                        }
                    }
                }
            }
            position += 1
            // A short form followed by another capitalised word is part of a longer name ("Baltic
            // Sentry" is no Baltic Sea).
            let insideLongerName =
                position < tokens.count && tokens[position].isCapitalized && !tokens[position].isAfterPunctuation
            for (node, inflected) in next
            where !node.terms.isEmpty
                && !(insideLongerName && node.terms.allSatisfy { $0.term.type == .shortForm })
                && (!node.capitalsOnly
                    || tokens[start..<position].allSatisfy {
                        Self.isCapitalized(acronym: $0.isPossessive ? String($0.text.dropLast(2)) : $0.text)
                    })
            {
                // Prefer exact readings over inflected ones of the same length.
                if best == nil || best!.end < position
                    || (best!.end == position && best!.match.kind == .inflected && !inflected)
                {
                    let range = tokens[start].range.lowerBound..<tokens[position - 1].range.upperBound
                    best = (
                        match(
                            range: range, tokens: tokens[start..<position], node: node,
                            kind: inflected ? .inflected : .exact),
                        position
                    )
                }
            }
            frontier = next
            // A hyphen or a space may join the tokens of a multi-word term alike.
        }
        return best
    }

    /// `word` without its last `count` bytes, which are ASCII (an ending, a possessive "s").
    private static func dropping(_ count: Int, from word: String) -> String {
        String(Substring(word.utf8.dropLast(count)))
    }

    /// Whether `word` ends with `suffix`, an ASCII ending, compared on bytes.
    private static func hasASCIISuffix(_ word: String, _ suffix: String) -> Bool {
        var word = word
        var suffix = suffix
        return word.withUTF8 { wordBytes in
            suffix.withUTF8 { suffixBytes in
                guard wordBytes.count >= suffixBytes.count else { return false }
                let offset = wordBytes.count - suffixBytes.count
                for index in 0..<suffixBytes.count where wordBytes[offset + index] != suffixBytes[index] {
                    return false
                }
                return true
            }
        }
    }

    /// "Kremlsprecher": a single-token term at the start of a longer capitalised word.
    private func compoundMatch(_ token: TextToken) -> TermMatch? {
        guard token.isCapitalized, token.folded.utf8.count >= 8, compoundFilter.mayMatch(token.folded),
            token.folded.count >= 8
        else { return nil }
        let scalars = token.folded.unicodeScalars
        for length in stride(from: scalars.count - 4, through: 4, by: -1) {
            let candidate = String(Substring(scalars.prefix(length)))
            // A linking "s" (Russlandsbesuch) may follow the term.
            for stem in [candidate, candidate.hasSuffix("s") ? String(candidate.dropLast()) : nil].compactMap({ $0 })
            where singleTokenTerms.contains(stem) {
                guard let node = root.next[stem], !node.terms.isEmpty else { continue }
                let range = token.range.lowerBound..<(token.range.lowerBound + stem.unicodeScalars.count)
                return match(range: range, tokens: [token][...], node: node, kind: .compound)
            }
        }
        return nil
    }

    /// Capitalised tokens that are not sentence-initial and look like a name: one or more such
    /// tokens in a row; in German (where every noun is capitalised) only runs of two or more,
    /// or words with a typical foreign-name ending.
    private func unknownName(_ tokens: [TextToken], at start: Int) -> (match: TermMatch, end: Int)? {
        let token = tokens[start]
        guard token.isCapitalized, token.folded.count >= 3 else { return nil }
        let german = isGerman
        // No ordinary word: a name wherever it stands.
        func uncommon(_ token: TextToken) -> Bool {
            guard let commonWords, token.text.contains(where: \.isLowercase) || token.text.count <= 5 else {
                return false
            }
            return !commonWords.contains(token.text) && !commonWords.contains(token.folded)
        }
        if token.isSentenceInitial && !uncommon(token) { return nil }
        // In German every noun is capitalised: a name starts with a given name or a word with a
        // typical foreign-name ending, or is no German word at all.
        if german && !Self.isGivenName(token.folded) && !Self.looksForeign(token.folded) && !uncommon(token) {
            return nil
        }
        // English capitalises days and months; they are dates, not names.
        if !german && Self.englishCalendarWords.contains(token.folded) { return nil }
        var end = start + 1
        // Arabic names keep their article (Deir al-Balah, Chalil al-Haja).
        while end + 1 < tokens.count && Self.arabicArticles.contains(tokens[end].folded) && tokens[end].hyphenAfter
            && tokens[end + 1].isCapitalized && end - start < 4
        {
            end += 2
        }
        while end < tokens.count && tokens[end].isCapitalized && !tokens[end].isSentenceInitial
            && !tokens[end].isAfterPunctuation && end - start < 4
            && !(!german && Self.englishCalendarWords.contains(tokens[end].folded))
            && longestMatch(tokens, from: end, german: german) == nil
            && (!german || Self.isGivenName(tokens[end].folded) || Self.looksForeign(tokens[end].folded)
                || uncommon(tokens[end])
                // A second word after a given name (Katrin Wendland), or a short one (Baltic
                // Aurora); a long German noun after a name is no part of it (Myropillja Stromleitungen).
                || (end == start + 1
                    && (commonWords == nil || Self.isGivenName(token.folded)
                        || (tokens[end].folded.count <= 7 && !Self.isCapitalized(acronym: token.text)))))
        {
            end += 1
        }
        // English capitalises titles and other words mid-sentence ("the President said"): one
        // ordinary word alone is no name.
        if !german, end == start + 1, let commonWords, commonWords.contains(token.folded) { return nil }
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        let text = tokens[start..<end].map(\.text).joined(separator: " ")
        var found = TermMatch(range: range, text: text, kind: .unknownName)
        if let targetIndex, let hit = try? targetIndex.bestMatch(for: text) {
            found.preferredTarget = hit.name
            found.suggestionScore = hit.score
        }
        return (found, end)
    }

    /// Among entries sharing a term, the one with roles (curated, not generated), then the
    /// one where the term is preferred, then the first loaded.
    static func best(_ terms: [(entry: GlossaryEntry, term: Term)]) -> (entry: GlossaryEntry, term: Term) {
        terms.enumerated().min { a, b in
            let left = (a.element.entry.roles.isEmpty ? 1 : 0, a.element.term.status == .preferred ? 0 : 1, a.offset)
            let right = (b.element.entry.roles.isEmpty ? 1 : 0, b.element.term.status == .preferred ? 0 : 1, b.offset)
            return left < right
        }!.element
    }

    /// The article of Arabic names as the press writes it before a hyphen.
    static let arabicArticles: Set<String> = [
        "al", "el", "ad", "ar", "as", "asch", "ash", "at", "az", "en", "es", "ez",
    ]

    private static let englishCalendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Endings of Slavic, Turkic and Balkan family names as German writes them.
    public static func looksForeign(_ folded: String) -> Bool {
        folded.utf8.count >= 4 && foreignEndings.contains { hasASCIISuffix(folded, $0) } && folded.count >= 4
    }

    /// Endings of Slavic, Caucasian and other foreign names as the German press writes them
    /// (Terechow, Selenskyj, Solotschiw, Donezk, Stefantschuk, Awdijiwka), which German nouns
    /// rarely have.
    private static let foreignEndings = [
        "ow", "ew", "jew", "ski", "skyj", "skij", "enko", "yj", "ij", "ic", "itsch", "ov", "ev", "ova", "owa", "jan",
        "schwili", "iw", "yw", "sk", "zk", "tschuk", "schuk", "juk", "iwka", "ynka", "jiw",
    ]

    public static func isGivenName(_ folded: String) -> Bool {
        NameKey.givenNameGroup(ofWord: folded) != nil
    }

    /// The match of the entry chosen at `node`, which has terms.
    private func match(range: Range<Int>, tokens: ArraySlice<TextToken>, node: Node, kind: TermMatch.Kind) -> TermMatch
    {
        let (entry, term, preferredTarget) = node.chosen!
        return TermMatch(
            range: range, text: tokens.count == 1 ? tokens.first!.text : tokens.map(\.text).joined(separator: " "),
            kind: kind, entryID: entry.id, entryKind: entry.kind, term: term.text, status: term.status,
            preferredTarget: preferredTarget, suggestionScore: nil)
    }

    private static func choose(in node: Node, targetLanguage: LanguageCode?) {
        if !node.terms.isEmpty {
            let (entry, term) = best(node.terms)
            node.chosen = (entry, term, targetLanguage.flatMap { entry.preferredTerm(in: $0)?.text })
        }
        for child in node.next.values { choose(in: child, targetLanguage: targetLanguage) }
    }
}

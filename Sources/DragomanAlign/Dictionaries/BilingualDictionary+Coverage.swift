import DragomanText

extension BilingualDictionary {
    /// How much of `sentence` a translation `target` renders, by this dictionary: of the
    /// sentence's words of four or more letters that the dictionary knows (or that share their
    /// first five letters with a target word: names, cognates, numbers), how many have a
    /// translation (or that cognate) among the target's words.
    ///
    /// - Returns: the words linked and the words that could have been; nil when fewer than
    ///   three could have been (too little to say anything).
    public func coverage(of sentence: String, in target: String) -> (linked: Int, known: Int)? {
        let sourceNormalizer = WordNormalizer(language: source)
        let targetNormalizer = WordNormalizer(language: self.target)
        let targetWords = WordNormalizer.words(target).map { targetNormalizer.stem(String($0)) }
        let targetStems = Set(targetWords)
        let targetPrefixes = Set(targetWords.filter { $0.count >= 5 }.map { $0.prefix(5) })
        var linked = 0
        var known = 0
        for word in WordNormalizer.words(sentence) where word.count >= 4 {
            let stem = sourceNormalizer.stem(String(word))
            let translations = translations[stem] ?? SentenceAligner.compoundHead(stem, dictionary: self)
            let cognate = stem.count >= 5 && targetPrefixes.contains(stem.prefix(5))
            guard translations != nil || cognate else { continue }
            known += 1
            if cognate || translations.map({ !$0.isDisjoint(with: targetStems) }) == true { linked += 1 }
        }
        return known >= 3 ? (linked, known) : nil
    }
}

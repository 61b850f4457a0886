extension NameKey {
    /// The given-name group of a single word, or nil when it is no known given name.
    ///
    /// A lowercase ASCII word is its own key word, so it is looked up directly; only other
    /// words pay for the full key (ICU transforms). Text scanners call this per token.
    public static func givenNameGroup(ofWord word: String) -> Int? {
        if word.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) {
            return GivenNames.shared.group(of: word)
        }
        return (try? NameKey(word))?.parts.first?.givenNameGroup
    }
}

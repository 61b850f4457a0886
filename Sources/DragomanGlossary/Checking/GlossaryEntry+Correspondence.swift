import DragomanText

extension GlossaryEntry {
    /// Case, accents and punctuation folded, for comparing terms as written in text.
    public static func fold(_ text: String) -> String {
        (try? MatchingKey.make(text)) ?? text.lowercased()
    }

    /// The part of `preferred` that stands for `wrong` when `wrong` is the end of a longer term
    /// of this entry: "Selenskyj" (as in "Wladimir Selenskyj") → "Zelensky" of "Volodymyr
    /// Zelensky". Otherwise the whole preferred term ("Nordkorea" → "North Korea").
    public func correspondingPart(of preferred: String, for wrong: String) -> String {
        let wrongWords = wrong.split(separator: " ")
        let words = preferred.split(separator: " ")
        let foldedWrong = Self.fold(wrong)
        let isShortForm = terms.contains { term in
            let termWords = term.text.split(separator: " ")
            return termWords.count > wrongWords.count
                && Self.fold(termWords.suffix(wrongWords.count).joined(separator: " ")) == foldedWrong
        }
        return isShortForm && wrongWords.count < words.count
            ? words.suffix(wrongWords.count).joined(separator: " ") : preferred
    }
}

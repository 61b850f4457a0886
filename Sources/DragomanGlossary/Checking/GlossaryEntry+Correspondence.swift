import DragomanText

extension GlossaryEntry {
    /// The part of `preferred` that stands for `wrong` when `wrong` is the end of a longer term
    /// of this entry: "Selenskyj" (as in "Wladimir Selenskyj") → "Zelensky" of "Volodymyr
    /// Zelensky". Otherwise the whole preferred term ("Nordkorea" → "North Korea").
    public func correspondingPart(of preferred: String, for wrong: String) -> String {
        let wrongWords = wrong.split(separator: " ")
        let words = preferred.split(separator: " ")
        let foldedWrong = MatchingKey.fold(wrong)
        let isShortForm = terms.contains { term in
            let termWords = term.text.split(separator: " ")
            return termWords.count > wrongWords.count
                && MatchingKey.fold(termWords.suffix(wrongWords.count).joined(separator: " ")) == foldedWrong
        }
        return isShortForm && wrongWords.count < words.count
            ? words.suffix(wrongWords.count).joined(separator: " ") : preferred
    }
}

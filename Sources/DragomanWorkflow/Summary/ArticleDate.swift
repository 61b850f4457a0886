import DragomanGlossary
import Foundation

/// The date an article speaks as of, read from its text: the latest day or month it names
/// ("am 24. Februar 2022", "24.02.2022", "February 24, 2022", "im März 2024", "2022-02-24"),
/// not after today. News reports mostly look back, so the latest date named is the nearest to
/// the report's own; a bare year ("seit 2014") says too little and is not read.
public enum ArticleDate {
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["januar", "jänner", "january", "enero", "janvier", "jan"],
            ["februar", "feber", "february", "febrero", "février", "feb"],
            ["märz", "march", "marzo", "mars", "mär", "mar"],
            ["april", "abril", "avril", "apr"],
            ["mai", "may", "mayo"],
            ["juni", "june", "junio", "juin", "jun"],
            ["juli", "july", "julio", "juillet", "jul"],
            ["august", "agosto", "août", "aug"],
            ["september", "septiembre", "septembre", "sept", "sep"],
            ["oktober", "october", "octubre", "octobre", "okt", "oct"],
            ["november", "noviembre", "novembre", "nov"],
            ["dezember", "december", "diciembre", "décembre", "dez", "dec"],
        ]
        var months: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { months[word] = index + 1 } }
        return months
    }()

    /// The latest date the texts name, no later than `today`; nil when they name none.
    public static func latest(in texts: [String], today: Date = Date()) -> PartialDate? {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: today)
        let limit = PartialDate(year: now.year ?? 9999, month: now.month, day: now.day)
        return texts.flatMap(dates).filter { $0.firstDay <= limit.lastDay }.max { $0.lastDay < $1.lastDay }
    }

    /// Every day or month named in `text`.
    static func dates(in text: String) -> [PartialDate] {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }).map {
            String($0)
        }
        var found: [PartialDate] = []
        func year(_ word: String) -> Int? {
            let digits = word.trimmingCharacters(in: .punctuationCharacters)
            guard digits.count == 4, let value = Int(digits), (1900...2100).contains(value) else { return nil }
            return value
        }
        func month(_ word: String) -> Int? { months[word.lowercased().trimmingCharacters(in: .punctuationCharacters)] }
        func day(_ word: String) -> Int? {
            let digits = word.trimmingCharacters(in: .punctuationCharacters)
            guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
            return value
        }
        for (index, word) in words.enumerated() {
            // 24.02.2022, 2022-02-24
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            let dotted = trimmed.split(separator: ".").map(String.init)
            if dotted.count == 3, let d = day(dotted[0]), let m = Int(dotted[1]), let y = year(dotted[2]),
                let date = PartialDate(String(format: "%04d-%02d-%02d", y, m, d))
            {
                found.append(date)
                continue
            }
            if trimmed.count == 10, let date = PartialDate(trimmed) {
                found.append(date)
                continue
            }
            guard let m = month(word), index + 1 < words.count else { continue }
            let next = words[index + 1]
            let previous = index > 0 ? words[index - 1] : ""
            let beforePrevious = index > 1 ? words[index - 2] : ""
            // "24. Februar 2022", "24 February 2022", "24 de febrero de 2022"
            if let y = year(next) ?? (next == "de" && index + 2 < words.count ? year(words[index + 2]) : nil) {
                let dayWord = previous == "de" ? beforePrevious : previous
                if let d = day(dayWord), let date = PartialDate(String(format: "%04d-%02d-%02d", y, m, d)) {
                    found.append(date)
                } else {
                    found.append(PartialDate(year: y, month: m))
                }
                continue
            }
            // "February 24, 2022" (the comma was a separator)
            if let d = day(next), index + 2 < words.count, let y = year(words[index + 2]),
                let date = PartialDate(String(format: "%04d-%02d-%02d", y, m, d))
            {
                found.append(date)
            }
        }
        return found
    }
}

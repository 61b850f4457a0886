import DragomanText

/// A calendar date to the precision a source gives it: a year ("2014"), a month ("2022-02") or a
/// day ("2022-02-24"). As the start of a span it means its first day, as the end its last.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601); nil for anything else or an
    /// impossible month or day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.days(in: month, of: year)).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day the date stands for, as a sortable number (20220224).
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    /// The last day the date stands for.
    public var lastDay: Int {
        let month = month ?? 12
        return year * 10_000 + month * 100 + (day ?? Self.days(in: month, of: year))
    }

    public static func < (left: PartialDate, right: PartialDate) -> Bool {
        (left.firstDay, left.lastDay) < (right.firstDay, right.lastDay)
    }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }
}

/// A role a person held for a time ("Foreign Minister of Germany", 2021-12-08 to 2025-05-06):
/// what a text of that time calls them. An open start or end is unknown or still running.
public struct DatedRole: Hashable, Sendable {
    public var language: LanguageCode
    public var text: String
    public var validFrom: PartialDate?
    public var validUntil: PartialDate?

    public init(language: LanguageCode, text: String, validFrom: PartialDate? = nil, validUntil: PartialDate? = nil) {
        self.language = language
        self.text = text
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    /// Whether the role was held at some time `date` stands for (a day, or any day of a month or year).
    public func isValid(on date: PartialDate) -> Bool {
        (validFrom.map { $0.firstDay <= date.lastDay } ?? true)
            && (validUntil.map { date.firstDay <= $0.lastDay } ?? true)
    }

    /// The span as an ISO 8601 interval, open ends written `..` (`2021-12-08/2025-05-06`, `2025-09-09/..`).
    public var interval: String { "\(validFrom?.description ?? "..")/\(validUntil?.description ?? "..")" }

    /// Reads an interval written as `interval` writes it (an empty side is open too).
    public static func interval(_ text: String) -> (from: PartialDate?, until: PartialDate?)? {
        let sides = text.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard sides.count == 2 else { return nil }
        func bound(_ side: String) -> PartialDate?? {
            if side.isEmpty || side == ".." { return .some(nil) }
            return PartialDate(side).map { .some($0) }
        }
        guard let from = bound(sides[0]), let until = bound(sides[1]) else { return nil }
        if let from, let until, until.lastDay < from.firstDay { return nil }
        return (from, until)
    }
}

extension GlossaryEntry {
    /// The role to give the entry in `language` in a text of `date`: the dated role held then
    /// (the one that started last, if several), else the role of today, unless the date is
    /// before every dated role (the glossary does not know what they were then: nil). Without a
    /// date, the role of today, or the dated role still running.
    public func role(in language: LanguageCode, on date: PartialDate? = nil) -> String? {
        let current = roles.first { $0.key.language == language.language }?.value
        let dated = datedRoles.filter { $0.language.language == language.language }
        guard let date else {
            return current ?? dated.last { $0.validUntil == nil && $0.validFrom != nil }?.text
        }
        if let held = dated.filter({ $0.isValid(on: date) }).max(by: {
            ($0.validFrom?.firstDay ?? 0) < ($1.validFrom?.firstDay ?? 0)
        }) {
            return held.text
        }
        let starts = dated.compactMap(\.validFrom)
        if let earliest = starts.min(), date.lastDay < earliest.firstDay, starts.count == dated.count { return nil }
        return current
    }
}

extension DatedRole {
    /// Roles as a glossary CSV's `role` cell writes them: today's role, then each dated one with
    /// its interval in brackets, separated by `|`
    /// (`former Foreign Minister of Germany|Foreign Minister of Germany [2021-12-08/2025-05-06]`).
    public static func cell(current: String?, dated: [DatedRole]) -> String {
        ([current].compactMap { $0 } + dated.map { "\($0.text) [\($0.interval)]" }).joined(separator: "|")
    }

    /// Reads a `role` cell: a cell with no bracketed interval is one role of today, whatever it holds.
    public static func parseCell(_ text: String, language: LanguageCode) -> (current: String?, dated: [DatedRole]) {
        let parts = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let read = parts.map { part -> (String, (from: PartialDate?, until: PartialDate?)?) in
            guard part.hasSuffix("]"), let open = part.lastIndex(of: "["),
                let span = interval(String(part[part.index(after: open)..<part.index(before: part.endIndex)]))
            else { return (part, nil) }
            return (part[..<open].trimmingCharacters(in: .whitespaces), span)
        }
        guard read.contains(where: { $0.1 != nil }) else { return (text.isEmpty ? nil : text, []) }
        var current: String?
        var dated: [DatedRole] = []
        for (role, span) in read {
            if let span {
                dated.append(DatedRole(language: language, text: role, validFrom: span.from, validUntil: span.until))
            } else {
                current = current.map { "\($0)|\(role)" } ?? role
            }
        }
        return (current, dated)
    }

    /// Roles for a change report: `"Foreign Minister" 2021-12-08/2025-05-06; …` or `none`.
    static func listed(_ roles: [DatedRole]) -> String {
        roles.isEmpty ? "none" : roles.map { "\"\($0.text)\" \($0.interval)" }.joined(separator: "; ")
    }
}

/// What a translator can do at a unit, typed as one line: a translation, or a command.
///
///     any text          confirm it as the translation (status translated)
///     :draft TEXT       save TEXT as a draft and move on
///     :accept [N]       accept suggestion N (default 1)
///     :mine             after a conflict, save your refused text over the other one
///     :skip             leave the unit for later
///     :back             return to the previous unit
///     :quit             stop (everything confirmed is already saved)
///     :help             list the commands
///     ::TEXT            a translation that starts with a colon
public enum TranslateAction: Hashable, Sendable {
    case translate(String)
    case draft(String)
    case accept(Int)
    case mine, skip, back, quit, help
    case invalid(String)

    public static let helpText = """
        type the translation and press Enter to confirm it, or:
          :accept [N]  (:a)  accept suggestion N (default 1)
          :draft TEXT  (:d)  save TEXT as a draft
          :mine        (:m)  after a conflict, save your text over the other one
          :skip        (:s)  leave this unit for later
          :back        (:b)  go back to the previous unit
          :quit        (:q)  stop; everything confirmed is saved
        """

    public init(line: String) {
        let trimmed = line.trimmingWhitespace
        if trimmed.hasPrefix("::") {
            self = .translate(String(trimmed.dropFirst()))
            return
        }
        guard trimmed.hasPrefix(":") else {
            self = trimmed.isEmpty ? .invalid("empty line: type a translation or :help") : .translate(trimmed)
            return
        }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace : ""
        switch parts.first?.lowercased() ?? "" {
        case "a", "accept":
            if argument.isEmpty {
                self = .accept(1)
            } else if let number = Int(argument), number >= 1 {
                self = .accept(number)
            } else {
                self = .invalid("“\(argument)” is not a suggestion number")
            }
        case "d", "draft": self = argument.isEmpty ? .invalid(":draft needs a text") : .draft(argument)
        case "m", "mine": self = .mine
        case "s", "skip": self = .skip
        case "b", "back": self = .back
        case "q", "quit": self = .quit
        case "h", "help", "?": self = .help
        default: self = .invalid("unknown command “\(trimmed)”; :help lists the commands")
        }
    }
}

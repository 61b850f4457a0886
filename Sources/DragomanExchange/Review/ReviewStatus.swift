import DragomanStore

/// Unit statuses in XLIFF, the same mapping for export and import:
///
/// | Dragoman | XLIFF 1.2 `state` | XLIFF 2.1 `state` / `subState` |
/// |---|---|---|
/// | new | needs-translation | initial |
/// | draft | needs-review-translation | initial / dragoman:draft |
/// | translated | translated | translated |
/// | reviewed | signed-off | reviewed |
/// | approved | final | final |
public enum ReviewStatus {
    public static func xliff12(_ status: UnitStatus) -> String {
        switch status {
        case .new: "needs-translation"
        case .draft: "needs-review-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .approved: "final"
        }
    }

    /// Other tools' states map to the nearest: `new` and the `needs-…-adaptation/l10n` states to
    /// new or draft.
    public static func status(xliff12 state: String?) -> UnitStatus? {
        switch state {
        case nil, "new", "needs-translation", "needs-adaptation", "needs-l10n": .new
        case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n": .draft
        case "translated": .translated
        case "signed-off": .reviewed
        case "final": .approved
        default: nil
        }
    }

    public static func xliff21(_ status: UnitStatus) -> (state: String, subState: String?) {
        switch status {
        case .new: ("initial", nil)
        case .draft: ("initial", "dragoman:draft")
        case .translated: ("translated", nil)
        case .reviewed: ("reviewed", nil)
        case .approved: ("final", nil)
        }
    }

    public static func status(xliff21 state: String?, subState: String?) -> UnitStatus? {
        switch state {
        case nil, "initial": subState == "dragoman:draft" ? .draft : .new
        case "translated": .translated
        case "reviewed": .reviewed
        case "final": .approved
        default: nil
        }
    }
}

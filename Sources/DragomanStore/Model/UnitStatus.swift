/// Where a translation unit stands in the workflow, from untouched to approved.
///
/// The order is the workflow's: `new < draft < translated < reviewed < approved`. A unit
/// "needs work" while it is new or draft; from translated on it is confirmed and goes into
/// the translation memory.
public enum UnitStatus: String, Codable, CaseIterable, Sendable, Comparable {
    case new, draft, translated, reviewed, approved

    public var isConfirmed: Bool { self >= .translated }

    public static func < (lhs: UnitStatus, rhs: UnitStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a unit's target text came from.
public enum UnitOrigin: String, Codable, CaseIterable, Sendable {
    /// Typed (or accepted and edited) by a person.
    case typed
    /// Taken from an aligned translation of the document.
    case aligned
    /// A translation-memory suggestion accepted as it was (or with numbers and names substituted).
    case translationMemory = "tm"
    /// A machine-translation draft.
    case machineTranslation = "mt"
}

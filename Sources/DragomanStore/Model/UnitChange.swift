import Foundation

/// One entry of a unit's history: what it was before a change, what it became, who and when.
public struct UnitChange: Hashable, Sendable, Codable {
    public var unitID: Int64
    public var time: Date
    public var author: String
    public var previousTarget: String?
    public var previousStatus: UnitStatus
    public var previousOrigin: UnitOrigin?
    public var target: String?
    public var status: UnitStatus
    public var origin: UnitOrigin?
    /// What kind of change it was when not a plain save: "restored the version of …", "joined
    /// with the next unit (…)", "split into 3 units", "approved", "rejected".
    public var note: String?

    public init(
        unitID: Int64, time: Date, author: String, previousTarget: String?, previousStatus: UnitStatus,
        previousOrigin: UnitOrigin?, target: String?, status: UnitStatus, origin: UnitOrigin?, note: String? = nil
    ) {
        self.unitID = unitID
        self.time = time
        self.author = author
        self.previousTarget = previousTarget
        self.previousStatus = previousStatus
        self.previousOrigin = previousOrigin
        self.target = target
        self.status = status
        self.origin = origin
        self.note = note
    }
}

/// A change a translator or a tool asks for: the new target, status and origin of one unit,
/// and the version of the unit it was based on. The store refuses it when the unit has changed
/// since (``ProjectError/unitChanged(path:unit:basedOn:)``): no save overwrites a change it did
/// not see.
public struct UnitUpdate: Hashable, Sendable {
    public var unitID: Int64
    public var basedOn: Int
    public var target: String?
    public var status: UnitStatus
    public var origin: UnitOrigin?
    public var author: String
    /// Kept in the history entry (``UnitChange/note``).
    public var note: String?

    public init(
        unitID: Int64, basedOn version: Int, target: String?, status: UnitStatus, origin: UnitOrigin?, author: String,
        note: String? = nil
    ) {
        self.unitID = unitID
        basedOn = version
        self.target = target
        self.status = status
        self.origin = origin
        self.author = author
        self.note = note
    }

    /// A change of `unit` as it was read.
    public init(
        of unit: TranslationUnit, target: String?, status: UnitStatus, origin: UnitOrigin?, author: String,
        note: String? = nil
    ) {
        self.init(
            unitID: unit.id, basedOn: unit.version, target: target, status: status, origin: origin, author: author,
            note: note)
    }
}

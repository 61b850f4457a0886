import Foundation

/// One message of a unit's comment thread (a reviewer's question, the translator's answer).
public struct UnitComment: Hashable, Sendable, Codable {
    public var unitID: Int64
    public var time: Date
    public var author: String
    public var text: String

    public init(unitID: Int64, time: Date, author: String, text: String) {
        self.unitID = unitID
        self.time = time
        self.author = author
        self.text = text
    }
}

/// One unit of a split: the target and status the part gets (the first part keeps the unit's id).
public struct UnitPart: Hashable, Sendable {
    public var target: String?
    public var status: UnitStatus

    public init(target: String?, status: UnitStatus) {
        self.target = target
        self.status = status
    }
}

import Foundation

/// What an export for review handed out: each unit as it was (its version, target and status),
/// kept in the project under an id the file carries. A reviewed file comes back against it:
/// the base of a three-way merge.
public struct ReviewExport: Hashable, Sendable {
    public struct Base: Hashable, Sendable {
        public var unitID: Int64
        public var version: Int
        public var target: String?
        public var status: UnitStatus

        public init(unitID: Int64, version: Int, target: String?, status: UnitStatus) {
            self.unitID = unitID
            self.version = version
            self.target = target
            self.status = status
        }

        public init(of unit: TranslationUnit) {
            self.init(unitID: unit.id, version: unit.version, target: unit.target, status: unit.status)
        }
    }

    public var id: String
    /// The format it was written in (`xliff12`, `xliff21`, `csv`).
    public var format: String
    public var createdAt: Date
    public var units: [Base]

    public init(id: String = UUID().uuidString.lowercased(), format: String, createdAt: Date = Date(), units: [Base]) {
        self.id = id
        self.format = format
        self.createdAt = createdAt
        self.units = units
    }
}

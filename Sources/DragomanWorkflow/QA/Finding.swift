/// One problem QA found in a unit, worded for the translator.
public struct Finding: Hashable, Sendable, Codable {
    public enum Severity: String, Codable, CaseIterable, Sendable, Comparable {
        case info, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var unitID: Int64
    public var severity: Severity
    /// A stable rule name: `terminology-deprecated`, `numbers`, `empty-target`…
    public var rule: String
    public var message: String

    public init(unitID: Int64, severity: Severity, rule: String, message: String) {
        self.unitID = unitID
        self.severity = severity
        self.rule = rule
        self.message = message
    }
}

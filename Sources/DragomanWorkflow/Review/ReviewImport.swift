import DragomanExchange
import DragomanStore
import DragomanText

/// Applies a reviewer's file to the project: changed targets and statuses become new history
/// entries, all in one transaction. A unit whose source no longer matches the project is a
/// conflict and is left alone; unknown ids are reported; a file of another project is refused.
public struct ReviewImport {
    public struct Report: Sendable {
        public var changes: [String] = []
        public var conflicts: [String] = []
        public var unknown: [String] = []
        public var unchanged = 0
        public var applied: [TranslationUnit] = []
    }

    public enum Refusal: DragomanError {
        case otherProject(file: String, found: String, expected: String)
        case noProject(file: String)

        public var location: ErrorLocation? {
            switch self {
            case .otherProject(let file, _, _), .noProject(let file): ErrorLocation(file: file)
            }
        }

        public var problem: String {
            switch self {
            case .otherProject(_, let found, let expected):
                "the file belongs to project \(found), not to this project (\(expected)); nothing was applied"
            case .noProject: "the file names no Dragoman project id; nothing was applied"
            }
        }
    }

    public var author: String

    public init(author: String) { self.author = author }

    /// Checks the whole file first, then applies its changes in one transaction (or none with
    /// `dryRun`).
    public func apply(_ file: ReviewedFile, to store: any ProjectStore, dryRun: Bool = false) throws -> Report {
        let projectID = try store.info.id
        guard let found = file.projectID else { throw Refusal.noProject(file: file.file) }
        guard found == projectID else {
            throw Refusal.otherProject(file: file.file, found: found, expected: projectID)
        }
        let units = Dictionary(uniqueKeysWithValues: try store.units(document: nil).map { ($0.id, $0) })
        var report = Report()
        var updates: [UnitUpdate] = []
        for reviewed in file.units {
            guard let unit = units[reviewed.id] else {
                report.unknown.append("unit \(reviewed.id) (line \(reviewed.line)): no such unit in the project")
                continue
            }
            guard Self.sameText(unit.source, reviewed.source) else {
                report.conflicts.append(
                    "unit \(unit.id) (line \(reviewed.line)): its source in the file differs from the project's; not applied"
                )
                continue
            }
            let target = reviewed.target.flatMap { $0.isEmpty ? nil : $0 }
            let targetChanged = target != unit.target.flatMap { $0.isEmpty ? nil : $0 }
            guard targetChanged || reviewed.status != unit.status else {
                report.unchanged += 1
                continue
            }
            var what: [String] = []
            if targetChanged { what.append("target “\(unit.target ?? "")” → “\(target ?? "")”") }
            if reviewed.status != unit.status {
                what.append("status \(unit.status.rawValue) → \(reviewed.status.rawValue)")
            }
            report.changes.append("unit \(unit.id): " + what.joined(separator: ", "))
            updates.append(
                UnitUpdate(
                    unitID: unit.id, target: target, status: reviewed.status,
                    origin: targetChanged ? .typed : unit.origin, author: author))
        }
        if !dryRun && !updates.isEmpty { report.applied = try store.update(updates) }
        return report
    }

    /// Sources compare with white space collapsed: tools reflow it.
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
    }
}

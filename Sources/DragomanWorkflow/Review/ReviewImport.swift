import DragomanExchange
import DragomanStore
import DragomanText

/// Merges a reviewer's file into the project, three ways: the base is each unit as the export
/// handed it out (kept in the project under the id the file carries), theirs is the file, ours
/// the project now. A unit the reviewer did not change is never applied; a unit changed in the
/// file and not in the project is applied; a unit changed on both sides (differently) is a
/// conflict, reported and left alone. All changes go in one transaction, each based on the
/// version it was merged against, so nothing saved meanwhile is overwritten. A file of another
/// project, without an export record, or with a unit twice is refused whole.
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
        case noExport(file: String)
        case unknownExport(file: String, id: String)
        case duplicateUnits(file: String, ids: [Int64])

        public var location: ErrorLocation? {
            switch self {
            case .otherProject(let file, _, _), .noProject(let file), .noExport(let file), .unknownExport(let file, _),
                .duplicateUnits(let file, _):
                ErrorLocation(file: file)
            }
        }

        public var problem: String {
            switch self {
            case .otherProject(_, let found, let expected):
                "the file belongs to project \(found), not to this project (\(expected)); nothing was applied"
            case .noProject: "the file names no Dragoman project id; nothing was applied"
            case .noExport:
                "the file names no export of this project, so what the reviewer changed cannot be told from "
                    + "what others changed since; export again and review that file; nothing was applied"
            case .unknownExport(_, let id):
                "the project has no record of export \(id) (was the file exported from a copy of the project?); "
                    + "nothing was applied"
            case .duplicateUnits(_, let ids):
                "units appear more than once in the file: \(ids.map(String.init).joined(separator: ", ")); "
                    + "nothing was applied"
            }
        }
    }

    public var author: String

    public init(author: String) { self.author = author }

    /// What a side says of a unit: its target (empty as none) and status.
    struct State: Equatable {
        var target: String?
        var status: UnitStatus

        init(target: String?, status: UnitStatus) {
            self.target = target.flatMap { $0.isEmpty ? nil : $0 }
            self.status = status
        }

        func same(as other: State) -> Bool {
            status == other.status && ReviewImport.sameText(target ?? "", other.target ?? "")
        }
    }

    /// Checks the whole file first, then applies its changes in one transaction (or none with
    /// `dryRun`).
    public func apply(_ file: ReviewedFile, to store: any ProjectStore, dryRun: Bool = false) throws -> Report {
        let projectID = try store.info.id
        guard let found = file.projectID else { throw Refusal.noProject(file: file.file) }
        guard found == projectID else {
            throw Refusal.otherProject(file: file.file, found: found, expected: projectID)
        }
        var seen = Set<Int64>()
        let duplicates = file.units.map(\.id).filter { !seen.insert($0).inserted }
        guard duplicates.isEmpty else {
            throw Refusal.duplicateUnits(file: file.file, ids: Array(Set(duplicates)).sorted())
        }
        guard let exportID = file.exportID else { throw Refusal.noExport(file: file.file) }
        guard let export = try store.reviewExport(id: exportID) else {
            throw Refusal.unknownExport(file: file.file, id: exportID)
        }
        let bases = Dictionary(uniqueKeysWithValues: export.units.map { ($0.unitID, $0) })
        let units = Dictionary(uniqueKeysWithValues: try store.units(document: nil).map { ($0.id, $0) })
        var report = Report()
        var updates: [UnitUpdate] = []
        for reviewed in file.units {
            guard let unit = units[reviewed.id], let base = bases[reviewed.id] else {
                report.unknown.append(
                    "unit \(reviewed.id) (line \(reviewed.line)): not in the project or not in that export")
                continue
            }
            guard Self.sameText(unit.source, reviewed.source) else {
                report.conflicts.append(
                    "unit \(unit.id) (line \(reviewed.line)): its source in the file differs from the project's; not applied"
                )
                continue
            }
            let baseState = State(target: base.target, status: base.status)
            let theirs = State(target: reviewed.target, status: reviewed.status ?? base.status)
            let ours = State(target: unit.target, status: unit.status)
            if theirs.same(as: baseState) || theirs.same(as: ours) {
                report.unchanged += 1  // the reviewer changed nothing, or the same as the project has
                continue
            }
            guard ours.same(as: baseState) else {
                report.conflicts.append(
                    "unit \(unit.id) (line \(reviewed.line)): changed in the file (“\(theirs.target ?? "")”, "
                        + "\(theirs.status.rawValue)) and in the project since the export (“\(ours.target ?? "")”, "
                        + "\(ours.status.rawValue)); not applied")
                continue
            }
            let targetChanged = !Self.sameText(theirs.target ?? "", ours.target ?? "")
            var what: [String] = []
            if targetChanged { what.append("target “\(unit.target ?? "")” → “\(theirs.target ?? "")”") }
            if theirs.status != ours.status {
                what.append("status \(ours.status.rawValue) → \(theirs.status.rawValue)")
            }
            report.changes.append("unit \(unit.id): " + what.joined(separator: ", "))
            updates.append(
                UnitUpdate(
                    of: unit, target: targetChanged ? theirs.target : unit.target, status: theirs.status,
                    origin: targetChanged ? .typed : unit.origin, author: author))
        }
        if !dryRun && !updates.isEmpty { report.applied = try store.update(updates) }
        return report
    }

    /// Texts compare with white space collapsed: tools reflow it.
    static func sameText(_ a: String, _ b: String) -> Bool {
        // Most texts come back as they went out: the byte comparison settles those.
        if a.utf8.elementsEqual(b.utf8) { return true }
        return a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
    }
}

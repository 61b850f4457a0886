import DragomanStore
import DragomanText

/// What an export carries: the project's id, and per document its units with the names found
/// in them and their QA findings, ready to be written in any review format.
public struct ReviewPackage: Sendable {
    public struct Name: Hashable, Sendable {
        public var source: String
        public var target: String?
        public var entryID: String

        public init(source: String, target: String?, entryID: String) {
            self.source = source
            self.target = target
            self.entryID = entryID
        }
    }

    public struct Note: Hashable, Sendable {
        public var severity: String
        public var rule: String
        public var message: String

        public init(severity: String, rule: String, message: String) {
            self.severity = severity
            self.rule = rule
            self.message = message
        }

        /// XLIFF's note priority (1 highest, 10 lowest) for the severity.
        public var priority: Int { severity == "error" ? 1 : severity == "warning" ? 5 : 9 }
    }

    public struct Unit: Sendable {
        public var unit: TranslationUnit
        /// The unit's source segments (id, text), in order.
        public var segments: [(id: Int64, text: String)]
        public var names: [Name]
        public var notes: [Note]

        public init(unit: TranslationUnit, segments: [(id: Int64, text: String)], names: [Name], notes: [Note]) {
            self.unit = unit
            self.segments = segments
            self.names = names
            self.notes = notes
        }
    }

    public struct Document: Sendable {
        public var document: ProjectDocument
        public var units: [Unit]

        public init(document: ProjectDocument, units: [Unit]) {
            self.document = document
            self.units = units
        }

        public var targetLanguage: LanguageCode { document.targetLanguage }
    }

    public var projectID: String
    /// The id of the project's record of this export (``ReviewExport``), which the files carry so
    /// that a reviewed file merges against what was handed out; nil when none was kept.
    public var exportID: String?
    public var documents: [Document]

    public init(projectID: String, exportID: String? = nil, documents: [Document]) {
        self.projectID = projectID
        self.exportID = exportID
        self.documents = documents
    }
}

/// A reviewed file read back: which project it came from and each unit's source, target and
/// status as the reviewer left them.
public struct ReviewedFile: Sendable {
    public struct Unit: Hashable, Sendable {
        public var id: Int64
        public var source: String
        public var target: String?
        /// Nil when the file states none (an XLIFF 1.2 target without `state`): the unit keeps its status.
        public var status: UnitStatus?
        /// Line of the unit in the file, for messages.
        public var line: Int

        public init(id: Int64, source: String, target: String?, status: UnitStatus?, line: Int) {
            self.id = id
            self.source = source
            self.target = target
            self.status = status
            self.line = line
        }
    }

    public var file: String
    public var projectID: String?
    public var exportID: String?
    public var units: [Unit]

    public init(file: String, projectID: String?, exportID: String?, units: [Unit]) {
        self.file = file
        self.projectID = projectID
        self.exportID = exportID
        self.units = units
    }

    /// A unit id as Dragoman writes it: digits only (`u+3` or ` 3` are not `3`).
    public static func unitID(_ text: some StringProtocol) -> Int64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int64(text)
    }
}

extension ReviewPackage {
    /// Translation-memory entries for the units that are confirmed or aligned and have a target.
    public func memoryUnits() -> [MemoryUnit] {
        documents.flatMap { document in
            document.units.compactMap { item -> MemoryUnit? in
                let unit = item.unit
                guard let target = unit.target, !target.isEmpty, unit.status.isConfirmed || unit.origin == .aligned
                else { return nil }
                return MemoryUnit(
                    sourceLanguage: document.document.sourceLanguage, targetLanguage: document.targetLanguage,
                    source: unit.source, target: target, unitID: unit.id, status: unit.status.rawValue,
                    creator: "dragoman", createdAt: document.document.createdAt, changedAt: unit.updatedAt)
            }
        }
    }
}

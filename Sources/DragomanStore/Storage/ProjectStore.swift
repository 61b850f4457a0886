/// Everything the rest of Dragoman asks of a project's storage: an SQLite file
/// (``SQLiteProjectStore``) or a project in a PostgreSQL database (DragomanPostgres), the same to
/// every caller.
///
/// Every method that changes something does so in one transaction: it happens completely or
/// not at all.
public protocol ProjectStore: AnyObject {
    /// Where the project lives, as messages name it (a file path for SQLite).
    var path: String { get }
    var info: ProjectInfo { get throws }
    /// Whether write methods are refused (the project file is write-protected).
    var isReadOnly: Bool { get }

    func documents() throws -> [ProjectDocument]
    func document(id: Int64) throws -> ProjectDocument
    func segments(document: Int64) throws -> [ProjectSegment]
    /// Units in document order; all documents when `document` is nil.
    func units(document: Int64?) throws -> [TranslationUnit]
    func unit(id: Int64) throws -> TranslationUnit
    func history(unit: Int64) throws -> [UnitChange]

    /// Adds a document with its segments and units in one transaction; confirmed units go into
    /// the translation memory.
    @discardableResult func add(_ document: NewDocument) throws -> ProjectDocument
    /// Changes units, recording history and feeding the translation memory, in one transaction.
    @discardableResult func update(_ updates: [UnitUpdate]) throws -> [TranslationUnit]

    /// Joins a unit with the next unit of its document (an alignment fix): the next unit's
    /// segments, target, history and comments move to this one, and the next unit is gone. Both
    /// versions must be current. Returns the joined unit.
    func join(unit: Int64, basedOn: Int, nextBasedOn: Int, author: String) throws -> TranslationUnit
    /// Splits a unit of several segments into one unit per segment, the first keeping the unit's
    /// id and history; `parts` gives each new unit's target and status (one per segment).
    func split(unit: Int64, basedOn: Int, into parts: [UnitPart], author: String) throws -> [TranslationUnit]

    func comments(unit: Int64) throws -> [UnitComment]
    func addComment(_ comment: UnitComment) throws

    func glossaries() throws -> [AttachedGlossary]
    /// Adds or replaces (by name) attached glossaries.
    func attach(_ glossaries: [AttachedGlossary]) throws

    /// Keeps what an export for review handed out, for merging the reviewed file back.
    func recordExport(_ export: ReviewExport) throws
    /// The export with this id, or nil when the project has none (another project's, or older).
    func reviewExport(id: String) throws -> ReviewExport?

    func memoryUnits() throws -> [MemoryUnit]
    /// Adds translation-memory entries, skipping exact duplicates; returns how many were new.
    @discardableResult func addMemoryUnits(_ units: [MemoryUnit]) throws -> Int

    /// Everything in the project, with its ids, read at one moment.
    func snapshot() throws -> ProjectSnapshot
    /// Fills this project, which must hold nothing yet, with `snapshot` (its ids and the
    /// project's own id included) in one transaction.
    func restore(_ snapshot: ProjectSnapshot) throws

    /// How other processes with the same project open hear of this one's changes.
    var changeFeed: (any ProjectChangeFeed)? { get }
}

extension ProjectStore {
    /// How other processes with the same project open hear of this one's changes (nil: none can).
    public var changeFeed: (any ProjectChangeFeed)? { nil }

    @discardableResult
    public func update(_ update: UnitUpdate) throws -> TranslationUnit { try self.update([update])[0] }
}

import DragomanGlossary
import DragomanStore
import DragomanWorkflow
import Foundation

// What the JSON API says, in the one JSON form (snake_case keys): documented in openapi.json.

/// A unit as the API shows it.
public struct UnitView: Codable, Sendable, Hashable {
    public var id: Int64
    public var document: Int64
    /// 1-based place in the document, as the editor numbers units.
    public var index: Int
    public var source: String
    public var target: String?
    public var status: UnitStatus
    public var version: Int
    public var origin: UnitOrigin?
    /// The alignment score, to three decimals, when aligned.
    public var score: Double?
    /// Marked for review: an aligned target whose bead scored below the review threshold.
    public var alignmentReview: Bool
    /// How many source segments the unit holds (a split is possible from 2).
    public var segments: Int
    public var updatedAt: Date

    public init(_ unit: TranslationUnit) {
        id = unit.id
        document = unit.documentID
        index = unit.position + 1
        source = unit.source
        target = unit.target
        status = unit.status
        version = unit.version
        origin = unit.origin
        score = unit.alignmentScore.map { ($0 * 1000).rounded() / 1000 }
        alignmentReview = unit.needsAlignmentReview
        segments = unit.segmentIDs.count
        updatedAt = unit.updatedAt
    }
}

public struct DocumentView: Codable, Sendable {
    public var id: Int64
    public var name: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var units: Int
    public var words: Int
    /// Units and source words per status (statuses with none left out).
    public var unitsByStatus: [String: Int]
    public var wordsByStatus: [String: Int]
    /// Units marked for alignment review.
    public var alignmentReview: Int
}

public struct HistoryEntryView: Codable, Sendable {
    /// 0-based place in the unit's history: what a restore names.
    public var index: Int
    public var time: Date
    public var author: String
    public var previousTarget: String?
    public var previousStatus: UnitStatus
    public var target: String?
    public var status: UnitStatus
    public var origin: UnitOrigin?
    public var note: String?
}

public struct CommentView: Codable, Sendable {
    public var time: Date
    public var author: String
    public var text: String

    init(_ comment: UnitComment) {
        time = comment.time
        author = comment.author
        text = comment.text
    }
}

public struct TermView: Codable, Sendable {
    public var text: String
    public var entry: String
    public var preferred: String?
    public var status: String?
    public var kind: String?
}

public struct SuggestionView: Codable, Sendable {
    public var target: String
    public var percentage: Int
    public var memorySource: String
    /// What differs between the memory's source and this unit's source.
    public var sourceDiff: [WordDiff.Run]
    public var substitutions: [String]
}

public struct FindingView: Codable, Sendable {
    public var unit: Int64
    public var severity: String
    public var rule: String
    public var message: String

    init(_ finding: Finding) {
        unit = finding.unitID
        severity = finding.severity.rawValue
        rule = finding.rule
        message = finding.message
    }
}

/// Everything the editor shows beside the current unit.
public struct UnitContext: Codable, Sendable {
    public var unit: UnitView
    public var terms: [TermView]
    public var suggestions: [SuggestionView]
    public var findings: [FindingView]
    public var history: [HistoryEntryView]
    public var comments: [CommentView]
    /// The target as the translator last confirmed it (status translated), when the unit has
    /// changed since: what review mode diffs against.
    public var translatorVersion: String?
    public var reviewDiff: [WordDiff.Run]?
    public var machineTranslation: Bool
}

public struct SearchHit: Codable, Sendable {
    public struct Fragment: Codable, Sendable {
        public var text: String
        public var hit: Bool
    }

    /// "project" or "memory".
    public var origin: String
    public var unit: Int64?
    public var document: Int64?
    public var index: Int?
    public var source: [Fragment]
    public var target: [Fragment]
}

public struct ImportReport: Codable, Sendable {
    public var file: String
    public var dryRun: Bool
    public var changes: [String]
    public var conflicts: [String]
    public var unknown: [String]
    public var unchanged: Int
}

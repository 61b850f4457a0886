import DragomanText

/// A document ready to go into a project: its segments and the units made of them.
public struct NewDocument: Sendable {
    public struct Segment: Sendable {
        public var text: String
        public var range: Range<Int>
        public var isTranslatable: Bool

        public init(text: String, range: Range<Int>, isTranslatable: Bool) {
            self.text = text
            self.range = range
            self.isTranslatable = isTranslatable
        }
    }

    public struct Unit: Sendable {
        /// Positions in `segments` of the unit's consecutive source segments.
        public var segments: Range<Int>
        public var target: String?
        public var status: UnitStatus
        public var origin: UnitOrigin?
        public var targetSegmentCount: Int?
        public var alignmentScore: Double?

        public init(
            segments: Range<Int>, target: String? = nil, status: UnitStatus = .new, origin: UnitOrigin? = nil,
            targetSegmentCount: Int? = nil, alignmentScore: Double? = nil
        ) {
            self.segments = segments
            self.target = target
            self.status = status
            self.origin = origin
            self.targetSegmentCount = targetSegmentCount
            self.alignmentScore = alignmentScore
        }
    }

    /// A unit's source text: its segments' texts joined by spaces.
    public func source(of unit: Unit) -> String { segments[unit.segments].map(\.text).joined(separator: " ") }

    public var name: String
    public var path: String
    public var format: ProjectDocument.Format
    public var sourceLanguage: LanguageCode
    public var targetLanguage: LanguageCode
    public var originalText: String
    public var segments: [Segment]
    public var units: [Unit]

    public init(
        name: String, path: String, format: ProjectDocument.Format, sourceLanguage: LanguageCode,
        targetLanguage: LanguageCode,
        originalText: String, segments: [Segment], units: [Unit]
    ) {
        self.name = name
        self.path = path
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.originalText = originalText
        self.segments = segments
        self.units = units
    }

    /// Units must cover translatable segments only, in order, each segment at most once.
    public func validateUnits() throws {
        var next = 0
        for (index, unit) in units.enumerated() {
            guard !unit.segments.isEmpty, unit.segments.lowerBound >= next, unit.segments.upperBound <= segments.count
            else {
                throw ProjectError.invalidDocument(
                    path: path, reason: "unit \(index) covers segments \(unit.segments), out of order or range")
            }
            next = unit.segments.upperBound
        }
    }
}

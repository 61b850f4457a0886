import DragomanStore
import DragomanText
import Foundation
import PostgresNIO

/// A match from the memory of any project in the team's database, and which project it came from.
public struct TeamMemoryMatch: Sendable, Hashable {
    public var entry: MemoryUnit
    public var project: String
    public var score: Double
    public var percentage: Int { Int((score * 100).rounded(.down)) }
}

extension PostgresProjectStore {
    /// Fuzzy matches for `source` in the translation memories of every project in the database:
    /// candidates found in the database through pg_trgm's index over the memories' sources, each
    /// then scored by the edit distance exactly as a project's own memory scores it; best first.
    ///
    /// Candidates are the sources containing the stems of two of the query's four longest words
    /// (of one, when it has fewer than three), which the trigram index finds in tens of
    /// milliseconds at a million units. Asking the index for every source of similar trigrams
    /// reads the long posting lists of common trigrams ("der", "en ") and took 3.6 s a lookup; one
    /// shared stem ("inter", "versi") let in up to 20,000 candidates and took 0.35 s (measured by
    /// `dragoman bench store`, which also counts the matches the shortcut misses against the
    /// trigram lookup). A query without such words asks for similar trigrams.
    public func teamMatches(
        for source: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode, limit: Int = 5,
        minimumScore: Double = 0.5, candidates: Int = 200, exhaustive: Bool = false
    ) throws -> [TeamMemoryMatch] {
        try read("looking up the team's memory") {
            let stems = exhaustive ? [] : Self.candidateStems(of: source)
            // Loose enough for every match of 50% and more to be a candidate; the exact score decides.
            if stems.isEmpty { try run("SET LOCAL pg_trgm.similarity_threshold = 0.2") }
            let rows = try run(
                Self.candidateQuery(stems, source: source, from: sourceLanguage, to: targetLanguage, limit: candidates))
            let query = FuzzyText.normalized(source)
            var found: [TeamMemoryMatch] = []
            for row in rows {
                let (id, from, to, text, target, unitID, status, creator, createdAt, changedAt, project) =
                    try row.decode(
                        (Int64, String, String, String, String, Int64?, String?, String, Date, Date, String).self)
                let candidate = FuzzyText.normalized(text)
                let longer = max(candidate.count, query.count)
                guard
                    let distance = FuzzyText.distance(query, candidate, limit: Int((1 - minimumScore) * Double(longer)))
                else { continue }
                let score = FuzzyText.similarity(distance: distance, candidate.count, query.count)
                guard score >= minimumScore, let from = LanguageCode(from), let to = LanguageCode(to) else { continue }
                found.append(
                    TeamMemoryMatch(
                        entry: MemoryUnit(
                            id: id, sourceLanguage: from, targetLanguage: to, source: text, target: target,
                            unitID: unitID, status: status, creator: creator, createdAt: createdAt,
                            changedAt: changedAt),
                        project: project, score: score))
            }
            return Array(found.sorted { ($0.score, $1.project) > ($1.score, $0.project) }.prefix(limit))
        }
    }
}

extension PostgresProjectStore {
    /// How many memory units the whole database holds (every project's).
    public func memoryCount() throws -> Int {
        try read("counting the team's memory") {
            try run("SELECT COUNT(*) FROM memory_unit").first?.decode(Int.self) ?? 0
        }
    }

    /// Adds memory units to this project in one statement per call (benchmarks fill a team
    /// memory of a million units this way).
    public func bulkAddMemory(
        sources: [String], targets: [String], sourceLanguage: LanguageCode, targetLanguage: LanguageCode
    ) throws {
        try write("adding \(sources.count) memory units") {
            let first = try allocate(.memory, count: sources.count)
            let ids = (0..<Int64(sources.count)).map { first + $0 }
            let now = Date()
            try run(
                """
                INSERT INTO memory_unit (project_id, id, source_language, target_language, source, target, creator,
                created_at, changed_at)
                SELECT \(projectID), t.id, \(sourceLanguage.tag), \(targetLanguage.tag), t.source, t.target, 'bench',
                \(now), \(now) FROM UNNEST(\(ids)::bigint[], \(sources)::text[], \(targets)::text[]) AS t (id, source, target)
                ON CONFLICT DO NOTHING
                """)
        }
    }

    /// So many memory units added at once that the planner's statistics must hear of them.
    static let manyMemoryUnits = 1_000

    /// Brings the memory's statistics (`ANALYZE`) and its trigram index up to date after a large
    /// import: rows just inserted wait in the GIN index's pending list, which every lookup reads
    /// through and only autovacuum empties otherwise (a manual `ANALYZE` does not). Measured on
    /// 100,000 units just imported: 54 ms a lookup here and 95 and 227 ms in `.ci/run`s before;
    /// 5.6 ms, p99 29 ms with both done. Imports call it; so does the bench after filling.
    public func refreshMemoryStatistics() throws {
        try write("refreshing the translation memory's statistics") { try run("ANALYZE memory_unit") }
        // Only the index's owner may; anyone else leaves it to autovacuum.
        _ = try? write("tidying the translation memory's index") {
            try run("SELECT gin_clean_pending_list('memory_unit_source_trigrams'::regclass)")
        }
    }

    /// The stems of the longest words of `source` (letters only, four or more), which any source
    /// half like it most likely shares at least one of: up to `count` of them, each without its
    /// last letters when long, so that an inflected form ("Mengenergebnis", "Mengenergebnissen")
    /// is still found.
    static func candidateStems(of source: String, count: Int = 4) -> [String] {
        var seen = Set<String>()
        let words = source.split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 }
            .filter { seen.insert($0.lowercased()).inserted }
        return words.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
            .prefix(count).map { word in
                let letters = word.element.count
                return String(word.element.prefix(letters > 6 ? max(5, letters - 3) : letters))
            }
    }

    /// The candidates' query: sources of the languages asked for containing two of `stems` (any
    /// one when there are fewer than three; of similar trigrams when there are none), the most
    /// similar by trigrams first.
    static func candidateQuery(
        _ stems: [String], source: String, from sourceLanguage: LanguageCode, to targetLanguage: LanguageCode,
        limit: Int
    ) -> PostgresQuery {
        var binds = PostgresBindings()
        func parameter(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        let patterns = stems.map { parameter("%\($0)%") }
        var alternatives: [String] = []
        if patterns.count >= 3 {
            for first in patterns.indices {
                for second in patterns.indices where second > first {
                    alternatives.append("(m.source ILIKE \(patterns[first]) AND m.source ILIKE \(patterns[second]))")
                }
            }
        } else if !patterns.isEmpty {
            alternatives = patterns.map { "m.source ILIKE \($0)" }
        } else {
            alternatives = ["m.source % \(parameter(source))"]
        }
        let sql = """
            SELECT m.id, m.source_language, m.target_language, m.source, m.target, m.unit_id, m.status, m.creator,
            m.created_at, m.changed_at, p.name FROM memory_unit m JOIN project p ON p.id = m.project_id
            WHERE (\(alternatives.joined(separator: " OR ")))
            AND split_part(m.source_language, '-', 1) = \(parameter(sourceLanguage.language))
            AND split_part(m.target_language, '-', 1) = \(parameter(targetLanguage.language))
            ORDER BY similarity(m.source, \(parameter(source))) DESC LIMIT \(parameter(limit))
            """
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}

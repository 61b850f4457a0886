import Foundation
import PostgresNIO

extension PostgresProjectStore {
    /// The columns of a unit's row and of a segment's, in the order new rows bind them.
    static let newUnitColumns = [
        "project_id", "id", "document_id", "position", "source", "target", "status", "origin", "target_segment_count",
        "alignment_score", "updated_at", "version",
    ]
    static let newSegmentColumns = [
        "project_id", "id", "document_id", "position", "text", "start_offset", "end_offset", "is_translatable",
        "unit_id",
    ]

    /// Inserts `count` rows into `table` with as few statements as PostgreSQL's limit of 65,535
    /// parameters allows (a thousand rows at most per statement): a 100,000-sentence article is a
    /// few hundred round trips instead of two hundred thousand. `bind` appends row `index`'s
    /// values, one per column, in the order of `columns`.
    func insertRows(
        into table: String, columns: [String], count: Int, bind: (_ index: Int, _ binds: inout PostgresBindings) -> Void
    ) throws {
        guard count > 0 else { return }
        let perStatement = max(1, min(1_000, 65_535 / columns.count))
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        var start = 0
        while start < count {
            let end = min(count, start + perStatement)
            var binds = PostgresBindings(capacity: (end - start) * columns.count)
            var sql = head
            sql.reserveCapacity(head.utf8.count + (end - start) * columns.count * 8)
            for index in start..<end {
                bind(index, &binds)
                let first = (index - start) * columns.count + 1
                sql += (index == start ? "(" : ", (")
                sql += (first..<(first + columns.count)).map { "$\($0)" }.joined(separator: ", ") + ")"
            }
            precondition(
                binds.count == (end - start) * columns.count, "a row of \(table) bound the wrong number of values")
            try run(PostgresQuery(unsafeSQL: sql, binds: binds))
            start = end
        }
    }
}

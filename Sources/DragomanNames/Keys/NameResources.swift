import Foundation

/// The data files that ship in this module's resources.
enum NameResources {
    /// The text of a `.tsv` table, or "" when it cannot be read: the tables (given names,
    /// qualifiers) only add knowledge, and the matcher works without them.
    static func tableText(_ resource: String) -> String {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}

import Foundation

/// Given names (and Korean family names) that are the same name across languages and
/// romanisations, from the `given-names.tsv` resource: Wladimir, Volodymyr and Vladimir
/// belong to one group.
struct GivenNames: Sendable {
    private let groups: [String: Int]

    static let shared = GivenNames(resource: "given-names")

    /// Reads a table resource of this module; a missing one is an empty table.
    init(resource: String) {
        self.init(table: NameResources.tableText(resource))
    }

    /// Parses one group per line, forms separated by tabs; "#" starts a comment line.
    init(table text: String) {
        var groups: [String: Int] = [:]
        var number = 0
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let forms = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard !forms.isEmpty else { continue }
            for form in forms where !form.isEmpty { groups[form] = number }
            number += 1
        }
        self.groups = groups
    }

    func group(of folded: String) -> Int? { groups[folded] }
}

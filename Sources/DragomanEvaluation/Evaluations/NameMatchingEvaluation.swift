import DragomanNames

/// Measures the name matcher: pairing names with their counterparts among many candidates,
/// and refusing pairs that must not match.
public enum NameMatchingEvaluation {
    public struct PairingReport: Sendable {
        public var names = 0
        public var found = 0
        public var proposed = 0
        public var misses: [(source: String, expected: String, proposed: String?)] = []
        public var recall: Double { names == 0 ? 1 : Double(found) / Double(names) }
        public var precision: Double { proposed == 0 ? 1 : Double(found) / Double(proposed) }
    }

    public struct NegativesReport: Sendable {
        public var pairs = 0
        public var accepted: [(String, String, Double)] = []
        public var acceptedRate: Double { pairs == 0 ? 0 : Double(accepted.count) / Double(pairs) }
    }

    /// Pairs every source name among `candidates` and checks the counterpart against `expected`.
    public static func pairing(
        expected: [(source: String, target: String)], candidates: [String], matcher: NameMatcher = NameMatcher()
    ) throws -> PairingReport {
        let pairs = try NamePairing(matcher: matcher).pairs(sources: expected.map(\.source), targets: candidates)
        var proposedBySource: [String: String] = [:]
        for pair in pairs { proposedBySource[pair.source] = pair.target }
        var report = PairingReport()
        for (source, target) in expected {
            report.names += 1
            let proposed = proposedBySource[source]
            if proposed != nil { report.proposed += 1 }
            if proposed == target {
                report.found += 1
            } else {
                report.misses.append((source, target, proposed))
            }
        }
        return report
    }

    /// Scores pairs that name different people or places.
    public static func negatives(_ pairs: [(String, String)], matcher: NameMatcher = NameMatcher()) throws
        -> NegativesReport
    {
        var report = NegativesReport()
        for (a, b) in pairs {
            report.pairs += 1
            let result = try matcher.match(a, b)
            if result.isMatch { report.accepted.append((a, b, result.score)) }
        }
        return report
    }
}

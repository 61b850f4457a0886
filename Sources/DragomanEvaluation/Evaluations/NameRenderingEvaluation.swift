import DragomanNames

/// How often ``NameRenderer`` proposes the expected form of a name first, and among its
/// first three.
public enum NameRenderingEvaluation {
    public struct Report: Sendable {
        public var count: Int
        public var first: Int
        public var firstThree: Int
        /// The names whose expected form is not among the first three, with what was proposed.
        public var misses: [(source: String, expected: String, proposed: [String])]
        /// The names whose expected form is second or third.
        public var notFirst: [(source: String, expected: String, proposed: [String])] = []

        public var firstShare: Double { count == 0 ? 0 : Double(first) / Double(count) }
        public var firstThreeShare: Double { count == 0 ? 0 : Double(firstThree) / Double(count) }
    }

    public static func evaluate(pairs: [(source: String, target: String)], renderer: NameRenderer) -> Report {
        var report = Report(count: 0, first: 0, firstThree: 0, misses: [])
        for (source, target) in pairs {
            let proposed = renderer.render(source, top: 3).map(\.text)
            report.count += 1
            let expected = fold(target)
            if let position = proposed.firstIndex(where: { fold($0) == expected }) {
                if position == 0 { report.first += 1 } else { report.notFirst.append((source, target, proposed)) }
                report.firstThree += 1
            } else {
                report.misses.append((source, target, proposed))
            }
        }
        return report
    }

    /// Names compared as written, but for invisible characters and letter case.
    static func fold(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }))
            .lowercased()
    }
}

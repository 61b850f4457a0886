import DragomanAlign
import DragomanEvaluation
import Testing

@Suite("Alignment metric")
struct AlignmentMetricTests {
    @Test("Strict and lax hits as Text+Berg counts them")
    func metric() throws {
        let gold = ["[0]:[0]", "[1]:[1, 2]", "[]:[3]", "[2]:[4]"].compactMap(Bead.init(parsing:))
        let test = ["[0]:[0]", "[1]:[1]", "[]:[2]", "[]:[3]", "[2]:[4]"].compactMap(Bead.init(parsing:))
        let metric = AlignmentMetric(test: test, gold: gold)
        // Precision over 5 test beads: strict hits [0]:[0], []:[3], [2]:[4]; lax adds [1]:[1].
        #expect(abs(metric.strictPrecision - 3.0 / 5) < 1e-9)
        #expect(abs(metric.laxPrecision - 4.0 / 5) < 1e-9)
        // Recall over the 3 gold links: strict [0]:[0], [2]:[4]; lax all three.
        #expect(abs(metric.strictRecall - 2.0 / 3) < 1e-9)
        #expect(metric.laxRecall == 1)
    }
}

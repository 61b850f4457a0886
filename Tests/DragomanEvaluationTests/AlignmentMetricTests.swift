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

    @Test("Calibration: the share wrong below the threshold, right above it, and by band")
    func calibration() throws {
        let gold = ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"].compactMap(Bead.init(parsing:))
        let test = [("[0]:[0]", 0.95), ("[1]:[1, 2]", 0.4), ("[2]:[]", 0.6), ("[3]:[3]", 0.8), ("[]:[4]", 0.2)]
            .map { text, score in
                var bead = Bead(parsing: text)!
                bead.score = score
                return bead
            }
        let calibration = AlignmentCalibration(test: test, gold: gold, threshold: 0.7)
        #expect(calibration.below == 3 && calibration.belowWrong == 3)
        #expect(calibration.above == 2 && calibration.aboveRight == 2)
        #expect(calibration.shareWrongBelow == 1 && calibration.shareRightAbove == 1)
        #expect(calibration.bands.map(\.beads) == [1, 1, 1, 1, 1])
        #expect(calibration.bands.last?.shareRight == 1)
        let brier = (0.05 * 0.05 + 0.4 * 0.4 + 0.6 * 0.6 + 0.2 * 0.2 + 0.2 * 0.2) / 5
        #expect(abs(calibration.brierScore - brier) < 1e-9)
    }
}

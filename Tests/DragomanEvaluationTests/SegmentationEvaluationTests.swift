import DragomanText
import Foundation
import Testing

@testable import DragomanEvaluation

@Suite("Segmentation evaluation")
struct SegmentationEvaluationTests {
    @Test("Exact matches, text-altering items and boundary counts")
    func counts() throws {
        let json = """
            [
              {"id": "a", "input": "Das war der Sprecher. Die Sache ist klar.", "expected": ["Das war der Sprecher.", "Die Sache ist klar."]},
              {"id": "b", "input": "Er kam am 3. Oktober. Dann ging er.", "expected": ["Er kam am 3.", "Oktober.", "Dann ging er."]},
              {"id": "c", "input": "Eins\\nzwei drei.", "expected": ["Eins zwei drei."], "text_altering": true}
            ]
            """
        let items = try JSONDecoder().decode([SegmentationEvaluation.Item].self, from: Data(json.utf8))
        let report = try SegmentationEvaluation.evaluate(items: items, dataset: "mini_de")
        #expect(report.language == .german)
        #expect(report.scoredItems == 2)
        #expect(report.exactMatches == 1)
        #expect(report.textAlteringItems == 1)
        #expect(report.textAlteringMatches == 0)
        // Item a: 1 boundary found. Item b: expected 2 boundaries (after "3." and "Oktober."),
        // the segmenter finds only the one after "Oktober.".
        #expect(report.truePositives == 2)
        #expect(report.falseNegatives == 1)
        #expect(report.falsePositives == 0)
        #expect(abs(report.f1 - 0.8) < 1e-9)
        #expect(report.failures.map(\.id) == ["b"])
    }

    @Test("Boundaries are end offsets in scalars, trailing space trimmed")
    func boundaryOffsets() {
        #expect(SegmentationEvaluation.boundaryOffsets(of: ["Ä ö. ", "Ü."], in: "Ä ö. Ü.") == [4])
        #expect(SegmentationEvaluation.boundaryOffsets(of: ["nicht da"], in: "etwas anderes") == nil)
    }
}

import Foundation

/// The sample translation changed the way tests need it.
public enum SampleVariants {
    /// The English sample with its sentence on Zelensky's accusation ("Last week, …") replaced by
    /// an unrelated one: a bead the aligner should be unsure of.
    public static func englishWithAnUnrelatedSentence() throws -> String {
        let english = try String(contentsOfFile: Repository.path("Samples/en-nordkorea-truppen.txt"), encoding: .utf8)
        guard let start = english.range(of: "Last week"),
            let end = english.range(of: ". ", range: start.upperBound..<english.endIndex)
        else { throw CocoaError(.fileReadCorruptFile) }
        return english.replacingCharacters(
            in: start.lowerBound..<end.upperBound,
            with: "The weather in the Alps was unusually mild for the season, and ski resorts opened late because "
                + "there was hardly any snow. ")
    }
}

extension TranslationUnit {
    /// Alignment confidence below which a unit is marked for review. The aligner's bead
    /// confidences are calibrated probabilities that the bead is right; on the Text+Berg
    /// development document 4 in 10 of the beads below 0.7 are wrong and 9 in 10 above it
    /// are right (`dragoman eval alignment` prints the figures; docs/benchmarks.md has them).
    public static let alignmentReviewThreshold = 0.7

    /// The unit still holds an aligned target whose bead the aligner was unsure of: nobody has
    /// typed over it or reviewed it since.
    public var needsAlignmentReview: Bool {
        guard origin == .aligned, status < .reviewed, let alignmentScore else { return false }
        return alignmentScore < Self.alignmentReviewThreshold
    }
}

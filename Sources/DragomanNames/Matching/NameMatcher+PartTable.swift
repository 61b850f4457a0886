extension NameMatcher {
    /// ``partScore(_:_:)`` of part `i` of table `a` and part `j` of table `b`.
    func partScore(_ a: PartTable, _ i: Int, _ b: PartTable, _ j: Int) -> Double {
        let group = a.givenNameGroup(of: i)
        if group >= 0 && group == b.givenNameGroup(of: j) { return 1 }
        var best = 0.0
        for x in a.skeletons(of: i) {
            for y in b.skeletons(of: j) {
                let score = skeletonScore(
                    a.bytes(of: x), b.bytes(of: y), pairs: x.pairs, y.pairs, consonants: x.consonants, y.consonants)
                if score == 1 { return 1 }
                best = max(best, score)
            }
        }
        return best
    }

    /// ``joinedScore(_:_:)`` of the readings in group `i` of `a` and group `j` of `b`.
    func joinedScore(_ a: PartTable, _ i: Int, _ b: PartTable, _ j: Int) -> Double {
        var best = 0.0
        for x in a.skeletons(of: i) {
            for y in b.skeletons(of: j) { best = max(best, joinedSimilarity(a.bytes(of: x), b.bytes(of: y))) }
        }
        return best
    }
}

import Foundation

/// Costs learned from names both languages write: how often each correspondence is the one
/// used (German "s" is English "s" or "z", "ja" after a consonant "ia" or "ya") decides its cost,
/// the hand-set costs counting as a few observations of their own.
extension NameRenderer {
    /// Re-estimates every correspondence's cost from `pairs` (a name and its form in the target
    /// language; pairs the correspondences cannot derive, translated names, are skipped):
    /// each pair's cheapest derivation is counted, twice over (hard EM).
    ///
    /// - Parameter prior: how many observations the hand-set costs are worth, per pattern.
    /// - Returns: how many pairs were derived.
    @discardableResult
    public mutating func learnCosts(from pairs: [(source: String, target: String)], prior: Double = 10) -> Int {
        let priors = rules.rules.mapValues { rules in
            rules.map { rule in
                let weights = rule.outputs.map { exp(-$0.cost) }
                let sum = weights.reduce(0, +)
                return weights.map { $0 / sum }
            }
        }
        var derived = 0
        for _ in 0..<2 {
            var counts: [Character: [[Double]]] = rules.rules.mapValues {
                $0.map { Array(repeating: 0, count: $0.outputs.count) }
            }
            derived = 0
            for (source, target) in pairs {
                guard let path = derivation(of: source, as: target) else { continue }
                derived += 1
                for step in path { counts[step.letter]![step.rule][step.output] += 1 }
            }
            for (letter, list) in rules.rules {
                for index in list.indices {
                    let seen = counts[letter]![index]
                    let total = seen.reduce(0, +)
                    for output in list[index].outputs.indices {
                        let probability =
                            (seen[output] + prior * priors[letter]![index][output]) / (total + prior)
                        rules.rules[letter]![index].outputs[output].cost = -log(probability)
                    }
                }
            }
        }
        return derived
    }

    struct Step {
        var letter: Character
        var rule: Int
        var output: Int
    }

    /// The cheapest way the correspondences write `source` as `target`, if there is one.
    func derivation(of source: String, as target: String) -> [Step]? {
        let letters = Array(Self.cleaned(source).lowercased())
        let wanted = Array(Self.cleaned(target).lowercased())
        guard !letters.isEmpty, !wanted.isEmpty else { return nil }
        struct Cell {
            var cost: Double
            var from: (Int, Int)
            var step: Step?
        }
        var best: [[Cell?]] = Array(repeating: Array(repeating: nil, count: wanted.count + 1), count: letters.count + 1)
        best[0][0] = Cell(cost: 0, from: (0, 0), step: nil)
        for index in letters.indices {
            let matches = rules.matches(in: letters, at: index)
            for produced in 0...wanted.count {
                guard let cell = best[index][produced] else { continue }
                func reach(_ length: Int, _ text: String, _ cost: Double, _ step: Step?) {
                    let output = Array(text)
                    guard produced + output.count <= wanted.count,
                        Array(wanted[produced..<(produced + output.count)]) == output
                    else { return }
                    let next = (index + length, produced + output.count)
                    let total = cell.cost + cost
                    if best[next.0][next.1].map({ total < $0.cost }) ?? true {
                        best[next.0][next.1] = Cell(cost: total, from: (index, produced), step: step)
                    }
                }
                if matches.isEmpty {
                    reach(1, Self.plain(letters[index]), 0, nil)
                    continue
                }
                for rule in matches {
                    let position = rules.rules[rule.pattern[0]]!.firstIndex { candidate in
                        candidate.pattern == rule.pattern && candidate.before == rule.before
                            && candidate.after == rule.after
                    }!
                    for (number, output) in rule.outputs.enumerated() {
                        reach(
                            rule.pattern.count, output.text, output.cost,
                            Step(letter: rule.pattern[0], rule: position, output: number))
                    }
                }
            }
        }
        guard best[letters.count][wanted.count] != nil else { return nil }
        var steps: [Step] = []
        var at = (letters.count, wanted.count)
        while at != (0, 0), let cell = best[at.0][at.1] {
            if let step = cell.step { steps.append(step) }
            at = cell.from
        }
        return steps
    }
}

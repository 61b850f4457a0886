import DragomanEvaluation
import Testing

@testable import DragomanNames

@Suite("Name index")
struct NameIndexTests {
    @Test("Lookups agree with a full scan and find names across conventions")
    func agreesWithScan() throws {
        var generator = SyntheticNames(seed: 5)
        var names = generator.names(count: 3000)
        names += [
            "Volodymyr Zelensky", "Dmitry Peskov", "Pyongyang", "Kim Jong Un", "Sergei Ryabkov", "Sudan", "South Sudan",
        ]
        let index = try NameIndex(names: names)
        #expect(try index.bestMatch(for: "Südsudan")?.name == "South Sudan")
        #expect(try index.bestMatch(for: "Sudán")?.name == "Sudan")
        #expect(try index.bestMatch(for: "Wladimir Selenskyj")?.name == "Volodymyr Zelensky")
        #expect(try index.bestMatch(for: "Peskow")?.name == "Dmitry Peskov")
        #expect(try index.bestMatch(for: "평양")?.name == "Pyongyang")
        #expect(try index.bestMatch(for: "Kim Jong Il")?.name != "Kim Jong Un")
        #expect(try index.bestMatch(for: "Sergej Lawrow")?.name != "Sergei Ryabkov")
        var agreements = 0
        let queries = names.prefix(120).map {
            $0.replacingOccurrences(of: "v", with: "w").replacingOccurrences(of: "sh", with: "sch")
        }
        for query in queries {
            let key = try NameKey(query)
            if index.bestMatch(for: key)?.entry == index.bestMatchByScan(for: key)?.entry { agreements += 1 }
        }
        #expect(Double(agreements) / Double(queries.count) >= 0.99)
    }

    @Test("Synthetic names are deterministic and distinct")
    func synthetic() {
        var first = SyntheticNames(seed: 1)
        var second = SyntheticNames(seed: 1)
        let names = first.names(count: 500)
        #expect(names == second.names(count: 500))
        #expect(Set(names).count == 500)
    }
}

import ArgumentParser

/// `--source` and `--translation` of the benchmarks that need a translated article.
struct ArticlePairOptions: ParsableArguments {
    @Option(name: .long, help: "The source text.")
    var source = "Samples/de-nordkorea-truppen.txt"

    @Option(name: .long, help: "Its translation.")
    var translation = "Samples/en-nordkorea-truppen.txt"
}

/// The closest known word to a misspelling, so an error can say "did you mean…".
enum Suggestion {
    /// The known word within two edits (or a third of the word's length) of `word`, nearest first.
    static func nearest(to word: String, in known: [String]) -> String? {
        let lowered = word.lowercased()
        if let exact = known.first(where: { $0 == lowered }) { return exact }
        let limit = max(1, min(2, lowered.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in known {
            let d = distance(lowered, candidate)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.word
    }

    /// Levenshtein distance, for short words only (longer inputs are cut to 40 characters).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.prefix(40)), y = Array(b.prefix(40))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var row = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[y.count]
    }
}

/// Finds the known word nearest to a mistyped one, for "did you mean 'good_things'?".
///
/// Case, `-`, `_` and spaces are treated alike before measuring, because `Good-Things`, `good things`
/// and `good_things` are the same intention. Distances count a swap of two neighbouring letters as one
/// edit, the most common slip when typing fast.
public enum Suggestion {
    static func nearest(to word: String, in candidates: some Collection<String>) -> String? {
        let target = normalised(word)
        guard !target.isEmpty else { return nil }
        let allowed = max(1, min(3, (target.count + 1) / 3))
        let scored = candidates.map { (candidate: $0, distance: distance(target, normalised($0))) }
        let best = scored.filter { $0.distance <= allowed }
            .min { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        return best?.candidate
    }

    /// `did you mean 'x'? ` or nothing, ready to put in front of a fix.
    public static func didYouMean(_ word: String, in candidates: some Collection<String>) -> String? {
        nearest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    static func normalised(_ word: String) -> [Character] {
        word.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transposition).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, twoBack[j - 2] + 1)
                }
                current[j] = best
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }

    /// `'a', 'b' and 'c'`, for listing what is allowed.
    static func list(_ words: some Collection<String>) -> String {
        let quoted = words.sorted().map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " and " + last
    }
}

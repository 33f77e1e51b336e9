/// Names under a row of people, moved sideways just enough not to touch: people who hold hands or put a hand on a
/// shoulder stand closer than their names are wide, and in a small picture the names would run into each other.
///
/// Each name keeps as near its person as it can; a name pushed further than half its own width from its person
/// would read as someone else's, so such a row does not count as spread.
enum LabelSpread {
    /// Centres for names of `widths` wanted at `centres` (in order along the row), at least `gap` apart and inside
    /// `minX...maxX`; nil when the names cannot all stay close enough to their people.
    static func centres(_ centres: [Double], widths: [Double], gap: Double, minX: Double, maxX: Double) -> [Double]? {
        guard centres.count == widths.count else { return nil }
        // Along the row from left to right, whatever order the people are listed in.
        let order = centres.indices.sorted { (centres[$0], $0) < (centres[$1], $1) }
        guard let sorted = inOrder(order.map { centres[$0] }, widths: order.map { widths[$0] }, gap: gap, minX: minX, maxX: maxX)
        else { return nil }
        var out = centres
        for (k, i) in order.enumerated() { out[i] = sorted[k] }
        return out
    }

    /// The spread for names already in order along the row: runs of names that would touch are packed side by
    /// side and centred where their people are on average, runs that then touch are joined, and the whole row is
    /// kept inside the picture.
    static func inOrder(_ centres: [Double], widths: [Double], gap: Double, minX: Double, maxX: Double) -> [Double]? {
        guard !centres.isEmpty else { return [] }
        guard widths.reduce(0, +) + gap * Double(widths.count - 1) <= maxX - minX else { return nil }
        // Where each name's centre lies from the left edge of its run, when the run is packed.
        func offsets(_ run: Range<Int>) -> [Double] {
            var x = 0.0
            return run.map { i in
                defer { x += widths[i] + gap }
                return x + widths[i] / 2
            }
        }
        func width(_ run: Range<Int>) -> Double { run.map { widths[$0] }.reduce(0, +) + gap * Double(run.count - 1) }
        // The left edge that puts a run's names nearest their people on average.
        func start(_ run: Range<Int>) -> Double {
            zip(run, offsets(run)).map { centres[$0] - $1 }.reduce(0, +) / Double(run.count)
        }
        var runs: [(range: Range<Int>, start: Double)] = centres.indices.map { ($0..<($0 + 1), centres[$0] - widths[$0] / 2) }
        var merged = true
        while merged {
            merged = false
            for k in 0..<(runs.count - 1) where runs[k].start + width(runs[k].range) + gap > runs[k + 1].start + 1e-9 {
                let range = runs[k].range.lowerBound..<runs[k + 1].range.upperBound
                runs[k] = (range, start(range))
                runs.remove(at: k + 1)
                merged = true
                break
            }
        }
        var out = centres
        for run in runs {
            for (i, offset) in zip(run.range, offsets(run.range)) { out[i] = run.start + offset }
        }
        // Inside the picture: a row past an edge moves in, pushing its neighbours along.
        if let first = out.first, first - widths[0] / 2 < minX {
            let shift = minX - (first - widths[0] / 2)
            for i in out.indices { out[i] += shift }
            for i in out.indices.dropFirst() {
                out[i] = max(centres[i], out[i - 1] + widths[i - 1] / 2 + gap + widths[i] / 2)
            }
        }
        if let last = out.last, last + widths[widths.count - 1] / 2 > maxX {
            out[out.count - 1] = maxX - widths[widths.count - 1] / 2
            for i in out.indices.dropLast().reversed() {
                out[i] = min(out[i], out[i + 1] - widths[i + 1] / 2 - gap - widths[i] / 2)
            }
        }
        for i in out.indices where abs(out[i] - centres[i]) > widths[i] / 2 + gap { return nil }
        return out
    }
}

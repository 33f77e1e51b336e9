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

    static func inOrder(_ centres: [Double], widths: [Double], gap: Double, minX: Double, maxX: Double) -> [Double]? {
        guard !centres.isEmpty else { return [] }
        let total = widths.reduce(0, +) + gap * Double(widths.count - 1)
        guard total <= maxX - minX else { return nil }
        var out = centres
        // Left to right: each name starts after the one before it.
        for i in out.indices {
            let least = i == 0 ? minX + widths[0] / 2 : out[i - 1] + widths[i - 1] / 2 + gap + widths[i] / 2
            out[i] = max(out[i], least)
        }
        // Right to left: each name ends before the one after it, and the last inside the picture.
        for i in out.indices.reversed() {
            let most = i == out.count - 1 ? maxX - widths[i] / 2 : out[i + 1] - widths[i + 1] / 2 - gap - widths[i] / 2
            out[i] = min(out[i], most)
        }
        for i in out.indices where abs(out[i] - centres[i]) > widths[i] / 2 + gap { return nil }
        return out
    }
}

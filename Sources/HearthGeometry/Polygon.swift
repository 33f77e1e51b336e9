/// A simple closed polygon (convex or not): the outline text must stay inside, such as the body of a house.
public struct Polygon: Hashable, Sendable {
    public var vertices: [Point]

    public init(_ vertices: [Point]) {
        self.vertices = vertices
    }

    public var bounds: Rect {
        Path.polygon(vertices).bounds ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    /// Even-odd point-in-polygon test; points on an edge count as inside within `tolerance`.
    public func contains(_ p: Point, tolerance: Double = 1e-6) -> Bool {
        let n = vertices.count
        guard n >= 3 else { return false }
        for i in 0..<n where distanceToSegment(p, vertices[i], vertices[(i + 1) % n]) <= tolerance {
            return true
        }
        var inside = false
        var j = n - 1
        for i in 0..<n {
            let a = vertices[i], b = vertices[j]
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
                if p.x < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Whether the whole box lies inside: its corners are inside and no vertex pokes into it.
    public func contains(_ r: Rect, tolerance: Double = 1e-6) -> Bool {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        guard corners.allSatisfy({ contains($0, tolerance: tolerance) }) else { return false }
        let inner = r.inset(by: tolerance)
        return !vertices.contains { v in
            v.x > inner.minX && v.x < inner.maxX && v.y > inner.minY && v.y < inner.maxY
        }
    }

    /// The x-intervals where the horizontal line at `y` is inside the polygon, sorted left to right.
    public func crossSection(at y: Double) -> [ClosedRange<Double>] {
        var xs: [Double] = []
        let n = vertices.count
        for i in 0..<n {
            let a = vertices[i], b = vertices[(i + 1) % n]
            if (a.y <= y && b.y > y) || (b.y <= y && a.y > y) {
                xs.append(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
            }
        }
        xs.sort()
        var out: [ClosedRange<Double>] = []
        var i = 0
        while i + 1 < xs.count {
            out.append(xs[i]...xs[i + 1])
            i += 2
        }
        return out
    }

    /// The widest x-interval that stays inside the polygon for every y of the band `top...bottom`.
    ///
    /// Edges are straight, so the band's cross-sections change only linearly between vertex heights: intersecting
    /// the cross-sections at the band's ends and at every vertex height inside it gives the exact answer.
    public func widestSpan(top: Double, bottom: Double) -> ClosedRange<Double>? {
        let eps = 1e-9
        var heights = [top + eps, bottom - eps]
        for v in vertices where v.y > top && v.y < bottom {
            heights.append(v.y - eps)
            heights.append(v.y + eps)
        }
        var spans = crossSection(at: heights[0])
        for h in heights.dropFirst() {
            spans = intersect(spans, crossSection(at: h))
            if spans.isEmpty { return nil }
        }
        return spans.max { ($0.upperBound - $0.lowerBound) < ($1.upperBound - $1.lowerBound) }
    }

    private func intersect(_ a: [ClosedRange<Double>], _ b: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var out: [ClosedRange<Double>] = []
        for r in a {
            for s in b {
                let lo = max(r.lowerBound, s.lowerBound), hi = min(r.upperBound, s.upperBound)
                if lo < hi { out.append(lo...hi) }
            }
        }
        return out
    }

    private func distanceToSegment(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        guard len2 > 0 else { return p.distance(to: a) }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
        return p.distance(to: Point(a.x + t * dx, a.y + t * dy))
    }
}

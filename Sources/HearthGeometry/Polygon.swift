/// A simple closed polygon (convex or not): the outline text must stay inside, such as the body of a house.
public struct Polygon: Hashable, Sendable {
    public var vertices: [Point]

    public init(_ vertices: [Point]) {
        self.vertices = vertices
    }

    public var bounds: Rect {
        guard let first = vertices.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var x0 = first.x, y0 = first.y, x1 = first.x, y1 = first.y
        for v in vertices {
            x0 = min(x0, v.x); y0 = min(y0, v.y); x1 = max(x1, v.x); y1 = max(y1, v.y)
        }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The polygon's extremes when it is a box with sides along the axes (most text areas are): its
    /// cross-sections are then the same at every height inside it.
    var axisAlignedBox: (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
        guard vertices.count == 4 else { return nil }
        var x0 = vertices[0].x, x1 = x0, y0 = vertices[0].y, y1 = y0
        for i in 0..<4 {
            let a = vertices[i], b = vertices[(i + 1) % 4]
            if a.x != b.x && a.y != b.y { return nil }
            x0 = min(x0, a.x); x1 = max(x1, a.x); y0 = min(y0, a.y); y1 = max(y1, a.y)
        }
        guard x0 < x1, y0 < y1 else { return nil }
        for v in vertices where (v.x != x0 && v.x != x1) || (v.y != y0 && v.y != y1) { return nil }
        return (x0, x1, y0, y1)
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
        if let box = axisAlignedBox {
            // What the general walk below finds for a box, without building its lists: every height it would
            // test must cut the box (a cross-section includes the box's top edge and excludes its bottom).
            let inside = { (y: Double) in y >= box.minY && y < box.maxY }
            guard inside(top + eps), inside(bottom - eps) else { return nil }
            for v in [box.minY, box.maxY] where v > top && v < bottom {
                guard inside(v - eps), inside(v + eps) else { return nil }
            }
            return box.minX...box.maxX
        }
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

import HearthGeometry

/// A path's subpaths as polygons, so any outline can be hatched.
///
/// Hatching needs straight edges; curves are cut into a few chords, enough that hatch ends stay within the
/// pen's own wobble of the true curve.
enum PathFlattening {
    static func polygons(_ path: Path) -> [[Point]] {
        var rings: [[Point]] = []
        var ring: [Point] = []
        var start = Point.zero
        func finish() {
            if ring.count >= 3 { rings.append(ring) }
            ring = []
        }
        for op in path.ops {
            switch op {
            case .move(let p):
                finish()
                ring = [p]
                start = p
            case .line(let p):
                if ring.isEmpty { start = p }
                ring.append(p)
            case .curve(let c1, let c2, let end):
                let from = ring.last ?? c1
                if ring.isEmpty { ring = [from]; start = from }
                let reach = from.distance(to: c1) + c1.distance(to: c2) + c2.distance(to: end)
                let pieces = max(4, min(24, Int((reach.isFinite ? reach : 0) / 3)))
                for k in 1...pieces {
                    ring.append(bezier(from, c1, c2, end, Double(k) / Double(pieces)))
                }
            case .close:
                finish()
                // Drawing on after a close starts again from the subpath's start, as in Cairo.
                ring = [start]
            }
        }
        finish()
        return rings
    }

    static func bezier(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point, _ t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y)
    }
}

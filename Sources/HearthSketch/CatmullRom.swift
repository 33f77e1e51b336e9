import HearthGeometry

/// Smooth curves through points, as cubic Béziers a renderer can draw.
///
/// The pen samples shapes (ellipses, arcs, free curves), jitters the samples, and needs a curve that passes
/// exactly through them; a Catmull-Rom spline does, and each of its pieces is one cubic Bézier.
enum CatmullRom {
    /// A move to `points[1]` and one curve per following point up to `points[count - 2]`.
    ///
    /// The first and last points only steer the end tangents. `tightness` 0 gives the rounded spline, 1 straight
    /// segments. Fewer than four points give a plain polyline through the inner ones.
    static func ops(through points: [Point], tightness: Double) -> [PathOp] {
        guard points.count >= 4 else {
            guard points.count >= 3 else { return [] }
            return [.move(points[1]), .line(points[1])]
        }
        let k = (1 - tightness) / 6
        var ops: [PathOp] = [.move(points[1])]
        ops.reserveCapacity(points.count - 2)
        for i in 1..<(points.count - 2) {
            let before = points[i - 1], from = points[i], to = points[i + 1], after = points[i + 2]
            ops.append(.curve(from + (to - before) * k, to - (after - from) * k, to))
        }
        return ops
    }
}

import Foundation
import HearthGeometry

/// SVG's elliptical arc (`A`), turned into cubic Béziers the pen can draw.
///
/// Follows the SVG specification's implementation notes (F.6.5 endpoint to centre, F.6.6 radii too small are
/// scaled up), then cuts the arc into pieces of at most a quarter turn, each one cubic.
enum SVGArc {
    /// The curves from `start` to `end`; a straight line when a radius is 0, nothing when the ends coincide.
    static func ops(
        from start: Point, to end: Point, radiusX: Double, radiusY: Double, rotation degrees: Double,
        largeArc: Bool, sweep: Bool
    ) -> [PathOp] {
        if start == end { return [] }
        var rx = abs(radiusX), ry = abs(radiusY)
        guard rx > 0, ry > 0 else { return [.line(end)] }
        let phi = degrees.truncatingRemainder(dividingBy: 360) * .pi / 180
        let cosPhi = cos(phi), sinPhi = sin(phi)
        let dx2 = (start.x - end.x) / 2, dy2 = (start.y - end.y) / 2
        let x1 = cosPhi * dx2 + sinPhi * dy2
        let y1 = -sinPhi * dx2 + cosPhi * dy2
        let lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
        if lambda > 1 {
            rx *= lambda.squareRoot()
            ry *= lambda.squareRoot()
        }
        let numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
        let denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1
        guard denominator > 0, denominator.isFinite else { return [.line(end)] }
        let root = max(0, numerator / denominator).squareRoot() * (largeArc == sweep ? -1 : 1)
        let cxPrime = root * rx * y1 / ry
        let cyPrime = -root * ry * x1 / rx
        let center = Point(
            cosPhi * cxPrime - sinPhi * cyPrime + (start.x + end.x) / 2,
            sinPhi * cxPrime + cosPhi * cyPrime + (start.y + end.y) / 2)
        let u = Point((x1 - cxPrime) / rx, (y1 - cyPrime) / ry)
        let v = Point((-x1 - cxPrime) / rx, (-y1 - cyPrime) / ry)
        let theta = angle(Point(1, 0), u)
        var delta = angle(u, v)
        if !sweep && delta > 0 { delta -= 2 * .pi }
        if sweep && delta < 0 { delta += 2 * .pi }
        guard theta.isFinite, delta.isFinite, center.x.isFinite, center.y.isFinite else { return [.line(end)] }

        let pieces = max(1, Int((abs(delta) / (.pi / 2) - 1e-9).rounded(.up)))
        let step = delta / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4)
        func place(_ x: Double, _ y: Double) -> Point {
            Point(center.x + rx * cosPhi * x - ry * sinPhi * y, center.y + rx * sinPhi * x + ry * cosPhi * y)
        }
        var ops: [PathOp] = []
        for i in 0..<pieces {
            let a1 = theta + Double(i) * step, a2 = a1 + step
            let c1 = place(cos(a1) - k * sin(a1), sin(a1) + k * cos(a1))
            let c2 = place(cos(a2) + k * sin(a2), sin(a2) - k * cos(a2))
            let to = i == pieces - 1 ? end : place(cos(a2), sin(a2))
            ops.append(.curve(c1, c2, to))
        }
        return ops
    }

    /// The signed angle from `u` to `v`.
    static func angle(_ u: Point, _ v: Point) -> Double {
        atan2(u.x * v.y - u.y * v.x, u.x * v.x + u.y * v.y)
    }
}

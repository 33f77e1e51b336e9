import Foundation
import HearthGeometry

extension RoughPen {
    /// An ellipse drawn as one looping stroke that overshoots its start, then a second, closing pass.
    ///
    /// Each pass starts near the top at a random angle, as a hand would. The radii vary by `1 - curveFitting`, and
    /// the first pass runs on past its start and drifts inward, like a pen closing a loop.
    public mutating func ellipse(center: Point, radiusX: Double, radiusY: Double, fill: Fill? = nil) -> Drawing {
        let style = shapeStyle(for: Size(width: 2 * abs(radiusX), height: 2 * abs(radiusY)))
        let looseness = 1 - style.curveFitting
        let rx = abs(radiusX) + wobble(abs(radiusX) * looseness, style)
        let ry = abs(radiusY) + wobble(abs(radiusY) * looseness, style)
        let steps = Self.ellipseSteps(rx, ry, style)
        // Points move at most a quarter of the smaller radius, so small circles stay round.
        let reach = min(style.maxRandomnessOffset, abs(min(rx, ry)) / 4)

        var ops: [PathOp] = []
        let ring = loop(center, rx, ry, steps, jitter: reach / 2, overshoot: true, style, into: &ops)
        if Self.passes(style, filling: false) > 1 {
            _ = loop(center, rx, ry, steps, jitter: reach * 0.75, overshoot: false, style, into: &ops)
        }
        let outline = Self.inked(ops, style)
        guard let fill else { return outline }
        // The fill follows the first pass's own wobble, so colour and hatching sit under the drawn line.
        let inside = fillDrawing(fill, polygons: [ring], style) { _ in
            var closed = CatmullRom.ops(through: Self.wrapped(ring), tightness: style.curveTightness)
            closed.append(.close)
            return Path(closed)
        }
        return inside + outline
    }

    /// A circle: an ellipse with equal radii.
    public mutating func circle(center: Point, radius: Double, fill: Fill? = nil) -> Drawing {
        ellipse(center: center, radiusX: radius, radiusY: radius, fill: fill)
    }

    /// One pass around the ellipse; returns the points it passes through once round (the loop itself).
    mutating func loop(
        _ center: Point, _ rx: Double, _ ry: Double, _ steps: Int, jitter: Double, overshoot: Bool,
        _ style: PenStyle, into ops: inout [PathOp]
    ) -> [Point] {
        let step = 2 * Double.pi / Double(steps)
        func at(_ angle: Double, _ scale: Double) -> Point {
            Point(center.x + scale * rx * cos(angle), center.y + scale * ry * sin(angle))
        }
        let start = -Double.pi / 2 + wobble(0.5, style)
        var ring: [Point] = []
        ring.reserveCapacity(steps)
        for k in 0..<steps { ring.append(nudge(at(start + Double(k) * step, 1), jitter, style)) }

        guard style.roughness > 0 else {
            ops += CatmullRom.ops(through: Self.wrapped(ring), tightness: style.curveTightness)
            ops.append(.close)
            return ring
        }
        var points: [Point] = []
        points.reserveCapacity(steps + 4)
        // The pen comes in from inside the line, which bends the start of the stroke.
        points.append(nudge(at(start - step, 0.9), jitter, style))
        points += ring
        points.append(nudge(at(start + 2 * .pi, 1), jitter, style))
        if overshoot {
            let over = step / 2 + style.roughness * random.next(in: 0.1..<0.5)
            points.append(nudge(at(start + 2 * .pi + over, 0.96), jitter, style))
            points.append(nudge(at(start + 2 * .pi + over + step / 2, 0.9), jitter, style))
        } else {
            points.append(nudge(at(start + 2 * .pi + step, 1), jitter, style))
        }
        ops += CatmullRom.ops(through: points, tightness: style.curveTightness)
        return ring
    }

    /// The ring with its last point before and first two after, so the spline closes smoothly on itself.
    static func wrapped(_ ring: [Point]) -> [Point] {
        guard let first = ring.first, let last = ring.last, ring.count >= 2 else { return ring }
        return [last] + ring + [first, ring[1]]
    }

    /// Sample count: `curveStepCount` at least, growing with the square root of the perimeter.
    static func ellipseSteps(_ rx: Double, _ ry: Double, _ style: PenStyle) -> Int {
        let least = min(max(3, style.curveStepCount), 512)
        let perimeter = 2 * Double.pi * ((rx * rx + ry * ry) / 2).squareRoot()
        let wanted = Double(least) * (perimeter / 200).squareRoot()
        guard wanted.isFinite, wanted > Double(least) else { return least }
        return min(Int(wanted.rounded(.up)), 512)
    }
}

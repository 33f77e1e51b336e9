import Foundation
import HearthGeometry

extension RoughPen {
    /// A smooth curve through the points (a Catmull-Rom spline), drawn twice through differently jittered copies.
    ///
    /// Two points draw a line; fewer draw nothing.
    public mutating func curve(through points: [Point]) -> Drawing {
        guard points.count >= 3 else {
            guard let first = points.first, let last = points.last, points.count == 2 else { return Drawing() }
            return line(from: first, to: last)
        }
        let style = self.style
        let length = Self.length(of: points)
        // Closely spaced points each jittered fully would turn the curve into a zigzag.
        let spacing = length / Double(points.count - 1)
        let reach = min(style.maxRandomnessOffset, length / 10, spacing / 3)
        var ops: [PathOp] = []
        roughCurve(points, reach: reach, style, into: &ops)
        return Self.inked(ops, style)
    }

    /// An open elliptical arc from angle `start` to `end` (radians, y down, so increasing angles turn clockwise
    /// on the page): smiles, smoke curls, the arch of a door.
    ///
    /// The arc is sampled, then drawn like `curve(through:)`; each pass starts a little early or late, as a hand
    /// does, and both finish at `end`. Angles are taken in increasing order and spans beyond a full turn are cut
    /// to one.
    public mutating func arc(center: Point, radiusX: Double, radiusY: Double, start: Double, end: Double) -> Drawing {
        let from = min(start, end)
        let to = min(max(start, end), from + 2 * .pi)
        guard to > from else { return Drawing() }
        // Sized by the whole ellipse: a small face's smile is damped like the face.
        let style = shapeStyle(for: Size(width: 2 * abs(radiusX), height: 2 * abs(radiusY)))
        let rx = abs(radiusX) + wobble(abs(radiusX) * 0.01, style)
        let ry = abs(radiusY) + wobble(abs(radiusY) * 0.01, style)
        let span = to - from
        let step = min(Double.pi / Double(max(3, style.curveStepCount)), span / 2)
        // As for curves: the samples are close together, so each may move only a third of the gap between them.
        let spacing = step * (rx + ry) / 2
        let reach = min(style.maxRandomnessOffset, spacing / 3, min(rx, ry) / 4)

        var ops: [PathOp] = []
        for pass in 0..<Self.passes(style, filling: false) {
            let begin = from + wobble(min(0.1, span / 4), style)
            // Evenly spaced, so no two samples sit so close that their jitter makes a hook.
            let pieces = max(2, Int(min(((to - begin) / step).rounded(.up), 1024)))
            let samples = (0...pieces).map { k in
                let angle = begin + (to - begin) * Double(k) / Double(pieces)
                return Point(center.x + rx * cos(angle), center.y + ry * sin(angle))
            }
            roughCurvePass(samples, jitter: reach * (pass == 0 ? 0.5 : 0.75), style, into: &ops)
        }
        return Self.inked(ops, style)
    }

    /// Both passes of a free curve: half the reach, then three quarters of it.
    mutating func roughCurve(_ points: [Point], reach: Double, _ style: PenStyle, into ops: inout [PathOp]) {
        roughCurvePass(points, jitter: reach / 2, style, into: &ops)
        if Self.passes(style, filling: false) > 1 {
            roughCurvePass(points, jitter: reach * 0.75, style, into: &ops)
        }
    }

    /// One spline through jittered copies of the points; the ends are repeated as tangent guides so the curve
    /// reaches them.
    mutating func roughCurvePass(_ points: [Point], jitter: Double, _ style: PenStyle, into ops: inout [PathOp]) {
        guard let first = points.first, let last = points.last else { return }
        var guided: [Point] = [nudge(first, jitter, style)]
        guided.reserveCapacity(points.count + 2)
        for p in points { guided.append(nudge(p, jitter, style)) }
        guided.append(nudge(last, jitter, style))
        ops += CatmullRom.ops(through: guided, tightness: style.curveTightness)
    }

    static func length(of points: [Point]) -> Double {
        zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
    }
}

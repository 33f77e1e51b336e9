import Foundation
import HearthGeometry

/// Rounded closed outlines through points, and points along arcs: the shapes of hair, clothes and headwear.
enum Smooth {
    /// A closed, rounded outline through the points.
    static func closed(_ points: [Point]) -> Path {
        guard points.count >= 3 else { return Path.polygon(points) }
        var ops = CatmullRom.ops(through: RoughPen.wrapped(points), tightness: 0)
        ops.append(.close)
        return Path(ops)
    }

    /// Points on an ellipse from angle `from` to `to` (radians, y down), `count` of them, ends included.
    static func arc(_ c: Point, _ rx: Double, _ ry: Double, from: Double, to: Double, count: Int) -> [Point] {
        let n = max(2, count)
        return (0..<n).map { k in
            let a = from + (to - from) * Double(k) / Double(n - 1)
            return Point(c.x + rx * cos(a), c.y + ry * sin(a))
        }
    }
}

import Foundation
import HearthGeometry

/// The head's own coordinates: `u` across and `v` down, both -1…1 over the head's ellipse, turned with the head's
/// tilt. Hair, faces and hats are described once in these units and land right on any head, tilted or not.
struct HeadFrame: Hashable, Sendable {
    var center: Point
    var radiusX: Double
    var radiusY: Double
    /// Clockwise tilt in radians (y down).
    var tilt: Double
    /// How far the face's features shift across (in `u`) for a slight turn, and down for a lowered gaze.
    var turn: Double
    var gaze: Double

    /// A point of the head, tilted with it.
    func p(_ u: Double, _ v: Double) -> Point {
        let x = u * radiusX, y = v * radiusY
        let c = cos(tilt), s = sin(tilt)
        return Point(center.x + x * c - y * s, center.y + x * s + y * c)
    }

    /// A point of the face: like `p`, moved with the turn and the gaze.
    func f(_ u: Double, _ v: Double) -> Point {
        p(u + turn, v + gaze)
    }

    /// The points for a list of `(u, v)` pairs.
    func points(_ uv: [(Double, Double)]) -> [Point] {
        uv.map { p($0.0, $0.1) }
    }

    /// A length in head units as points (the mean radius).
    func len(_ k: Double) -> Double {
        k * (radiusX + radiusY) / 2
    }
}

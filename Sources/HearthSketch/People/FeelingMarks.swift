import Foundation
import HearthGeometry
import HearthLooks

/// The small signs around a face that make a feeling certain: tears, floating hearts, "z z" for sleep, a "?"
/// for confusion, trembling lines for fright. Feeling poorly is shown on the head itself (a flannel on the
/// forehead, green cheeks, tired eyes: see `HeadArt.flannel`).
///
/// No thermometer: a white stick at the mouth reads as a cigarette at small sizes, which has no place in a
/// child's picture of an illness; and no drop of sweat, which reads as nerves.
///
/// They stay within a fixed zone beside the head (`zone`), so `FigureArtist.size` can make room for them.
struct FeelingMarks {
    var head: HeadFrame
    var ink: FigureInk
    var feeling: Feeling
    var crying: Bool
    /// The side the marks rise on.
    var side: Double
    /// Where the floating marks (hearts, "z z", "?", trembles) gather, in head radii from the head's centre: beside
    /// an upright head, above a head on a pillow.
    var lift = (x: 0.0, y: 0.0)
    /// How far across the marks spread, as a share of their usual spread: hugging, they gather above the head so
    /// they neither push the two people apart nor land on the other person's face.
    var squeeze = 1.0

    /// The marks of a standing, seated or baby figure.
    static func upright(head: HeadFrame, ink: FigureInk, feeling: Feeling, crying: Bool, gesture g: Double, action: Action)
        -> FeelingMarks
    {
        let hugging = action == .hugging
        let side = hugging || feeling == .confused ? -g : g
        let zone = zone(hugging: hugging)
        return FeelingMarks(
            head: head, ink: ink, feeling: feeling, crying: crying, side: side, lift: (side * zone.shift, zone.lift),
            squeeze: zone.squeeze)
    }

    /// Where an upright figure's marks gather: beside the head, or above it for a hug (in head radii).
    static func zone(hugging: Bool) -> (shift: Double, lift: Double, squeeze: Double) {
        hugging ? (0.1, -1.05, 0.42) : (0, 0, 1)
    }

    /// Offsets from the head's centre, in head radii (x in `radiusX`, y in `radiusY`), that marks may reach.
    static let reachX = 2.3
    static let reachUp = 1.32

    func point(_ x: Double, _ y: Double) -> Point {
        Point(head.center.x + (x * squeeze + lift.x) * head.radiusX, head.center.y + (y + lift.y) * head.radiusY)
    }

    func draw() -> Drawing {
        var out = Drawing()
        if crying { out += tears() }
        switch feeling {
        case .loved: out += hearts()
        case .asleep: out += sleep()
        case .confused: out += question()
        case .scared: out += shivers()
        case .proud: out += star()
        default: break
        }
        return out
    }

    /// Where a proud figure's star shines, in head radii, and its size.
    var starPlace: (x: Double, y: Double, r: Double) { (side * 1.7, -0.84, 0.42) }

    /// A gold star beside the head: "well done".
    func star() -> Drawing {
        var pen = ink.finePen(.marks, ink: Color(hex: 0xC99A1E))
        let c = point(starPlace.x, starPlace.y), r = starPlace.r * head.radiusY
        let points = (0..<10).map { k -> Point in
            let a = -Double.pi / 2 + Double(k) * .pi / 5
            let rr = k % 2 == 0 ? r : 0.45 * r
            return Point(c.x + rr * cos(a), c.y + rr * sin(a))
        }
        return pen.polygon(points, fill: .solid(PeoplePalette.star))
    }

    /// The corners of the boxes the floating marks are drawn in (without the pen's wobble and width), so a
    /// figure's size can be measured without drawing them.
    func footprint() -> [Point] {
        let rx = head.radiusX, ry = head.radiusY
        // Centre, half width, reach up and reach down, the sizes in head radii (y).
        var boxes: [(Point, Double, Double, Double)] = []
        switch feeling {
        case .loved:
            for (x, y, r) in [(side * 1.72, -0.88, 0.42), (-side * 1.68, -0.72, 0.32), (side * 1.95, -0.1, 0.26)] {
                boxes.append((point(x, y), r * ry, 0.9 * r * ry, r * ry))
            }
        case .asleep:
            for (x, y, h) in [(side * 1.35, -0.45, 0.38), (side * 1.92, -1.0, 0.54)] {
                boxes.append((point(x, y), 0.4 * h * ry, 0.5 * h * ry, 0.5 * h * ry))
            }
        case .confused:
            let r = 0.3 * ry
            boxes.append((point(side * 1.8, -0.92), r, r, 2.45 * r))
        case .proud:
            let r = starPlace.r * ry
            boxes.append((point(starPlace.x, starPlace.y), r, r, r))
        case .scared:
            for s in [-1.0, 1.0] {
                for (k, y) in [-0.35, 0.15].enumerated() {
                    let x = s * (1.55 + 0.12 * Double(k))
                    let c = point(x + s * 0.05, y)
                    boxes.append((c, 0.05 * squeeze * rx + 0.02 * rx, 0.22 * ry, 0.22 * ry))
                }
            }
        default:
            break
        }
        return boxes.flatMap { c, half, up, down in
            [Point(c.x - half, c.y - up), Point(c.x + half, c.y - up), Point(c.x - half, c.y + down), Point(c.x + half, c.y + down)]
        }
    }

    func tears() -> Drawing {
        var pen = ink.finePen(.marks, ink: PeoplePalette.tearEdge)
        var out = Drawing()
        for s in [-1.0, 1.0] {
            for (k, (u, v)) in [(0.42, 0.34), (0.52, 0.74)].enumerated() {
                let c = head.f(s * u, v)
                let r = head.len(k == 0 ? 0.12 : 0.1)
                var p = Path([.move(Point(c.x, c.y - 2.2 * r))])
                p.curve(to: Point(c.x, c.y + r), control1: Point(c.x + 0.3 * r, c.y - 1.2 * r), control2: Point(c.x + 1.4 * r, c.y + r))
                p.curve(to: Point(c.x, c.y - 2.2 * r), control1: Point(c.x - 1.4 * r, c.y + r), control2: Point(c.x - 0.3 * r, c.y - 1.2 * r))
                p.close()
                out += pen.path(p, fill: .solid(PeoplePalette.tear))
            }
        }
        return out
    }

    func heart(_ c: Point, size r: Double, _ pen: inout RoughPen) -> Drawing {
        var p = Path([.move(Point(c.x, c.y + r))])
        p.curve(to: Point(c.x - r, c.y - 0.2 * r), control1: Point(c.x - 0.5 * r, c.y + 0.55 * r), control2: Point(c.x - r, c.y + 0.25 * r))
        p.curve(to: Point(c.x, c.y - 0.45 * r), control1: Point(c.x - r, c.y - 0.9 * r), control2: Point(c.x - 0.15 * r, c.y - 0.9 * r))
        p.curve(to: Point(c.x + r, c.y - 0.2 * r), control1: Point(c.x + 0.15 * r, c.y - 0.9 * r), control2: Point(c.x + r, c.y - 0.9 * r))
        p.curve(to: Point(c.x, c.y + r), control1: Point(c.x + r, c.y + 0.25 * r), control2: Point(c.x + 0.5 * r, c.y + 0.55 * r))
        p.close()
        return pen.path(p, fill: .solid(PeoplePalette.heart))
    }

    func hearts() -> Drawing {
        var pen = ink.finePen(.marks)
        let r = head.radiusY
        return heart(point(side * 1.72, -0.88), size: 0.42 * r, &pen)
            + heart(point(-side * 1.68, -0.72), size: 0.32 * r, &pen)
            + heart(point(side * 1.95, -0.1), size: 0.26 * r, &pen)
    }

    func zed(_ c: Point, size h: Double, _ pen: inout RoughPen) -> Drawing {
        pen.polyline([
            Point(c.x - h * 0.4, c.y - h / 2), Point(c.x + h * 0.4, c.y - h / 2), Point(c.x - h * 0.4, c.y + h / 2),
            Point(c.x + h * 0.4, c.y + h / 2),
        ])
    }

    func sleep() -> Drawing {
        var pen = ink.finePen(.marks, width: ink.feature * 1.2, ink: Color(hex: 0x5A6B9C))
        let r = head.radiusY
        return zed(point(side * 1.35, -0.45), size: 0.38 * r, &pen) + zed(point(side * 1.92, -1.0), size: 0.54 * r, &pen)
    }

    func question() -> Drawing {
        var pen = ink.finePen(.marks, width: ink.feature * 1.4, ink: Color(hex: 0x5A6B9C))
        let c = point(side * 1.8, -0.92)
        let r = head.radiusY * 0.3
        var out = pen.arc(center: c, radiusX: r, radiusY: r, start: 1.0 * .pi, end: 2.35 * .pi)
        out += pen.curve(through: [
            Point(c.x + r * cos(0.35 * .pi), c.y + r * sin(0.35 * .pi)), Point(c.x + 0.05 * r, c.y + 1.1 * r),
            Point(c.x, c.y + 1.5 * r),
        ])
        var dot = ink.finePen(.marks, ink: Color(hex: 0x5A6B9C))
        out += dot.circle(center: Point(c.x, c.y + 2.2 * r), radius: 0.22 * r, fill: .solid(Color(hex: 0x5A6B9C)))
        return out
    }

    /// Short trembling lines either side of the head.
    func shivers() -> Drawing {
        var pen = ink.finePen(.marks, ink: Color(hex: 0x5A6B9C))
        var out = Drawing()
        for s in [-1.0, 1.0] {
            for (k, y) in [-0.35, 0.15].enumerated() {
                let x = s * (1.55 + 0.12 * Double(k))
                out += pen.curve(through: [point(x, y - 0.22), point(x + s * 0.1, y), point(x, y + 0.22)])
            }
        }
        return out
    }
}

import Foundation
import HearthGeometry
import HearthLooks

/// Signs of a feeling drawn round the body rather than the head: a hungry tummy's rumble, beside it on the side
/// the hand leaves free, and the soft warm glow behind someone who feels safe.
///
/// Like `FeelingMarks`, they stay within room that `FigureBox` counts, so a scene can lay people out before
/// drawing them.
struct BodyMarks {
    var skeleton: Skeleton
    var plan: BodyPlan
    var ink: FigureInk
    var feeling: Feeling
    /// False when an action joins the body to someone else's (a hug, a carry) or an aid holds it: the marks
    /// would land on the other person.
    var shown = true

    init(skeleton: Skeleton, plan: BodyPlan, ink: FigureInk, feeling: Feeling, looks: PersonLooks, action: Action) {
        self.skeleton = skeleton
        self.plan = plan
        self.ink = ink
        self.feeling = feeling
        shown = Skeleton.feelingPoses(looks, action: action)
    }

    /// Drawn before the figure: the glow.
    func behind() -> Drawing {
        guard shown, feeling == .safe else { return Drawing() }
        let h = skeleton.head
        let c = Point(h.center.x, h.center.y + Self.glowDrop * h.radiusY)
        let rx = Self.glowRadius.x * h.radiusX, ry = Self.glowRadius.y * h.radiusY
        let path = Smooth.closed(Smooth.arc(c, rx, ry, from: 0, to: 2 * .pi * 11 / 12, count: 12))
        return Drawing([PenStroke(path: path, paint: .fill(PeoplePalette.glow))])
    }

    /// Drawn over the figure: the rumble.
    func over() -> Drawing {
        guard shown, feeling == .hungry, skeleton.stance != .babySitting else { return Drawing() }
        var pen = ink.finePen(.marks, width: ink.feature * 1.1, ink: PeoplePalette.rumble)
        var out = Drawing()
        for arc in rumbleArcs() { out += pen.curve(through: arc) }
        return out
    }

    /// The glow's centre below the head's centre and its radii, in head radii: within the reach of the marks round
    /// the head (`FeelingMarks.reachX`, `reachUp`), so it never makes a figure's box bigger.
    static let glowDrop = 0.75
    static let glowRadius = (x: 2.2, y: 2.05)

    /// Three short arcs, ")))", opening away from the tummy on the gesturing side.
    func rumbleArcs() -> [[Point]] {
        let d = plan.head, g = skeleton.gestureSide
        let y = skeleton.hemY - 0.2 * (skeleton.hemY - skeleton.shoulderY)
        let edge = Point(skeleton.centerX + g * skeleton.hipHalf * 1.02, y)
        return [0.18, 0.3, 0.42].map { r in
            (0..<4).map { k in
                let a = (-0.3 + 0.2 * Double(k)) * .pi
                return Point(edge.x + g * r * d * cos(a), edge.y + r * d * sin(a))
            }
        }
    }

    /// The points the marks reach, for measuring a figure.
    func footprint() -> [Point] {
        guard shown else { return [] }
        switch feeling {
        case .hungry where skeleton.stance != .babySitting:
            return rumbleArcs().flatMap { $0 }
        case .safe:
            let h = skeleton.head
            let c = Point(h.center.x, h.center.y + Self.glowDrop * h.radiusY)
            let rx = Self.glowRadius.x * h.radiusX, ry = Self.glowRadius.y * h.radiusY
            return [Point(c.x - rx, c.y - ry), Point(c.x + rx, c.y - ry)]
        default:
            return []
        }
    }
}

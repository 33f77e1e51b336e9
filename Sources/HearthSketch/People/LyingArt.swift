import HearthGeometry
import HearthModel

/// A person lying in bed: head on a pillow, turned up to the reader so their face still shows their feeling, the
/// body under a blanket to the chest and one arm resting on it. The bed itself is the scene's; `feet` is the
/// middle of the mattress under the figure.
struct LyingArt {
    var looks: PersonLooks
    var plan: BodyPlan
    var feeling: Feeling
    var crying: Bool
    var feet: Point
    /// -1: head on the left (the usual), +1: head on the right.
    var headSide: Double
    var ink: FigureInk

    var d: Double { plan.head }
    /// Length from the pillow's end to the blanket's end.
    var length: Double { Self.length(plan) }

    static func length(_ plan: BodyPlan) -> Double {
        (plan.stature * (plan.stature < plan.head * 3 ? 1.3 : 1)) * 0.95 + 1.0 * plan.head
    }

    /// Distance along the bed from the head end, as a page x.
    func x(_ along: Double) -> Double {
        feet.x + headSide * (length / 2 - 0.15 * d - along)
    }

    var head: HeadFrame {
        let mood = Mood(feeling, crying: crying)
        return HeadFrame(
            center: Point(x(0.8 * d), feet.y - 0.64 * d), radiusX: plan.headRadiusX, radiusY: plan.headRadiusY,
            tilt: -headSide * 0.32 + 0.3 * mood.tilt * -headSide, turn: 0, gaze: mood.gaze * 0.5)
    }

    var hand: Point { Point(x(2.3 * d), feet.y - 0.7 * d) }

    func figure() -> Figure {
        let head = self.head
        let headArt = HeadArt(looks: looks, head: head, ink: ink, feeling: feeling, talking: false, side: -headSide, lying: true)
        let outfit = Outfit(looks)
        let skin = PeoplePalette.skin(looks.skin)
        var out = Drawing()
        var pen = ink.pen(.bed)
        out += pen.ellipse(center: Point(x(0.8 * d), feet.y - 0.2 * d), radiusX: 0.78 * d, radiusY: 0.26 * d, fill: .solid(PeoplePalette.pillow))
        out += headArt.behind()
        // Shoulders and upper chest, between the pillow and the blanket.
        var chest = Path([.move(Point(x(1.15 * d), feet.y))])
        chest.curve(
            to: Point(x(1.5 * d), feet.y - 0.76 * d), control1: Point(x(1.05 * d), feet.y - 0.5 * d),
            control2: Point(x(1.2 * d), feet.y - 0.74 * d))
        chest.line(to: Point(x(2.1 * d), feet.y - 0.76 * d))
        chest.line(to: Point(x(2.1 * d), feet.y))
        chest.close()
        out += pen.path(chest, fill: .solid(outfit.top))
        out += headArt.drape()
        out += headArt.front()
        out += blanket(&pen)
        let shoulder = Point(x(1.4 * d), feet.y - 0.52 * d)
        let elbow = Point(x(1.85 * d), feet.y - 0.66 * d)
        out += ink.limb([shoulder, elbow, hand], width: plan.armWidth * 0.85, color: outfit.sleeves, part: .leftArm)
        var hands = ink.pen(.leftHand)
        out += hands.circle(center: hand, radius: plan.handRadius, fill: .solid(skin))
        out += FeelingMarks(
            head: head, ink: ink, feeling: feeling, crying: crying, side: -headSide, lift: Self.marksLift(headSide)
        ).draw()
        let bounds = out.bounds ?? Rect(x: feet.x, y: feet.y, width: 0, height: 0)
        return Figure(
            drawing: out, bounds: bounds, face: headArt.box, mouth: headArt.face.mouthPoint, leftHand: hand,
            rightHand: hand)
    }

    /// A blanket from the chest to beyond the feet, with the sheet turned down over its top.
    func blanket(_ pen: inout RoughPen) -> Drawing {
        let start = 1.55 * d, end = length - 0.3 * d
        let top = feet.y - 0.8 * d
        // Straight along the mattress, a soft rise over the body and a bump where the feet are.
        let bottom = feet.y + 0.05 * d
        let mid = start + 0.5 * (end - start)
        var outline = Path([.move(Point(x(start), bottom))])
        outline.line(to: Point(x(start), top + 0.05 * d))
        outline.curve(
            to: Point(x(mid), top + 0.14 * d), control1: Point(x(start + 0.3 * (mid - start)), top),
            control2: Point(x(mid - 0.3 * (mid - start)), top + 0.14 * d))
        outline.curve(
            to: Point(x(end - 0.4 * d), top - 0.04 * d), control1: Point(x(mid + 0.5 * (end - mid)), top + 0.14 * d),
            control2: Point(x(end - 0.75 * d), top - 0.04 * d))
        outline.curve(
            to: Point(x(end), bottom - 0.1 * d), control1: Point(x(end - 0.1 * d), top - 0.04 * d),
            control2: Point(x(end), top + 0.2 * d))
        outline.close()
        var out = pen.path(outline, fill: .solid(PeoplePalette.blanket))
        let sheet = [
            Point(x(start), bottom), Point(x(start), top + 0.05 * d), Point(x(start + 0.42 * d), top + 0.04 * d),
            Point(x(start + 0.42 * d), bottom),
        ]
        out += pen.polygon(sheet, fill: .solid(PeoplePalette.sheet))
        return out
    }

    /// Floating marks rise above the pillow, clear of the blanket and the arm on it.
    static func marksLift(_ headSide: Double) -> (x: Double, y: Double) {
        (-headSide * 0.2, -0.8)
    }

    /// The box the lying figure takes, for `FigureArtist.size`.
    static func size(_ looks: PersonLooks, plan: BodyPlan) -> Size {
        let cut = HairCut.drawn(for: looks, lying: true)
        var top = cut.top
        for w in Headwear.worn(by: looks, lying: true) { top = max(top, w.top(hairTop: cut.top)) }
        let headTop = 0.64 * plan.head + top * plan.headRadiusY * 1.05
        let marks = 0.64 * plan.head + (FeelingMarks.reachUp - marksLift(-1).y) * plan.headRadiusY
        return Size(width: length(plan), height: max(headTop, marks, 1.0 * plan.head))
    }
}

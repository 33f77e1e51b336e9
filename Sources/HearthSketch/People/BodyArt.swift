import HearthGeometry
import HearthModel

/// The clothed body: legs and shoes, neck, the top (or a judge's robe), then arms and hands over it.
///
/// Shapes are closed rough outlines with flat fills; limbs are thick coloured strokes with an ink edge, so any
/// pose the arm poser asks for bends smoothly.
struct BodyArt {
    var plan: BodyPlan
    var skeleton: Skeleton
    var ink: FigureInk
    var outfit: Outfit
    var skin: Color

    var d: Double { plan.head }

    func legs() -> Drawing {
        var out = Drawing()
        let babyLegs = skeleton.stance == .babySitting
        let colour = babyLegs ? outfit.top : outfit.trousers
        out += ink.limb(skeleton.leftLeg, width: plan.legWidth, color: colour, part: .legs)
        out += ink.limb(skeleton.rightLeg, width: plan.legWidth, color: colour, part: .body)
        var pen = ink.pen(.legs)
        for (leg, s) in [(skeleton.leftLeg, -1.0), (skeleton.rightLeg, 1.0)] {
            guard let ankle = leg.last else { continue }
            if babyLegs {
                out += pen.ellipse(
                    center: Point(ankle.x + s * 0.08 * d, ankle.y - 0.02 * d), radiusX: 0.16 * d, radiusY: 0.2 * d,
                    fill: .solid(skin))
            } else {
                let sole = ankle.y + plan.legWidth * 0.25 + 0.12 * d
                out += pen.ellipse(
                    center: Point(ankle.x + s * 0.1 * d, sole - 0.13 * d), radiusX: 0.27 * d, radiusY: 0.14 * d,
                    fill: .solid(PeoplePalette.shoes))
            }
        }
        return out
    }

    func neck() -> Drawing {
        ink.limb([skeleton.neckTop, skeleton.neckBottom], width: 0.3 * d, color: skin, part: .neck)
    }

    /// The top: a rounded tunic from the shoulders to the hem; a baby's is a round romper.
    func torso() -> Drawing {
        var pen = ink.pen(.torso)
        if skeleton.stance == .babySitting { return pen.path(babyBody(), fill: .solid(outfit.top)) }
        let cx = skeleton.centerX, ys = skeleton.shoulderY
        let sx = skeleton.shoulderHalf
        let hem = outfit.robe ? max(skeleton.hemY, ys + (skeleton.hemY - ys) * 1.55) : skeleton.hemY
        let hx = outfit.robe ? skeleton.hipHalf * 1.35 : max(skeleton.hipHalf * 1.04, sx * 0.9)
        let neck = 0.26 * d
        var p = Path([.move(Point(cx - neck, ys - 0.03 * d))])
        p.line(to: Point(cx - sx + 0.3 * d, ys - 0.04 * d))
        p.curve(
            to: Point(cx - sx, ys + 0.32 * d), control1: Point(cx - sx + 0.05 * d, ys - 0.03 * d),
            control2: Point(cx - sx, ys + 0.12 * d))
        p.line(to: Point(cx - hx, hem))
        p.line(to: Point(cx + hx, hem))
        p.line(to: Point(cx + sx, ys + 0.32 * d))
        p.curve(
            to: Point(cx + sx - 0.3 * d, ys - 0.04 * d), control1: Point(cx + sx, ys + 0.12 * d),
            control2: Point(cx + sx - 0.05 * d, ys - 0.03 * d))
        p.line(to: Point(cx + neck, ys - 0.03 * d))
        p.curve(
            to: Point(cx - neck, ys - 0.03 * d), control1: Point(cx + neck * 0.5, ys + 0.16 * d),
            control2: Point(cx - neck * 0.5, ys + 0.16 * d))
        p.close()
        return pen.path(p, fill: .solid(outfit.top))
    }

    func babyBody() -> Path {
        let cx = skeleton.centerX, top = skeleton.shoulderY - 0.05 * d, bottom = skeleton.hemY
        let w = plan.hipHalf
        return Smooth.closed([
            Point(cx, top), Point(cx + w * 0.75, top + 0.1 * d), Point(cx + w, (top + bottom) / 2 + 0.1 * d),
            Point(cx + w * 0.8, bottom), Point(cx, bottom + 0.03 * d), Point(cx - w * 0.8, bottom),
            Point(cx - w, (top + bottom) / 2 + 0.1 * d), Point(cx - w * 0.75, top + 0.1 * d),
        ])
    }

    /// Both arms, sleeves in the outfit's colour (short sleeves show the forearm), hands as round mitts.
    func arms() -> Drawing {
        var out = Drawing()
        for (arm, part, handPart) in [
            (skeleton.leftArm, FigureInk.Part.leftArm, FigureInk.Part.leftHand),
            (skeleton.rightArm, .rightArm, .rightHand),
        ] {
            out += self.arm(arm, part: part, handPart: handPart)
        }
        return out
    }

    func arm(_ arm: [Point], part: FigureInk.Part, handPart: FigureInk.Part) -> Drawing {
        guard arm.count == 3, let hand = arm.last else { return Drawing() }
        var out = Drawing()
        if outfit.shortSleeves {
            let cuff = arm[0].lerp(to: arm[1], 0.85)
            let bare = [arm[0].lerp(to: arm[1], 0.6), arm[1], hand]
            out += ink.limb(bare, width: plan.armWidth * 0.8, color: skin, part: handPart)
            out += ink.limb([arm[0], cuff], width: plan.armWidth * 1.05, color: outfit.sleeves, part: part)
        } else {
            let wrist = arm[1].lerp(to: hand, skeleton.handsHidden ? 1 : 0.9)
            out += ink.limb([arm[0], arm[1], wrist], width: plan.armWidth, color: outfit.sleeves, part: part)
        }
        // Round the other person's back, the hands are out of sight.
        if skeleton.handsHidden { return out }
        var pen = ink.pen(handPart)
        let r = plan.handRadius * (skeleton.fists ? 1.12 : 1)
        if skeleton.thumbUp == (part == .leftArm ? -1 : 1) {
            // A thumbs up: the thumb stands out of the top of the fist.
            out += pen.ellipse(
                center: Point(hand.x, hand.y - 1.05 * r), radiusX: 0.42 * r, radiusY: 0.66 * r, fill: .solid(skin))
        }
        out += pen.circle(center: hand, radius: r, fill: .solid(skin))
        return out
    }
}

import HearthGeometry
import HearthLooks

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
        if let stripes = outfit.stripes, !babyLegs {
            var fine = ink.finePen(.clothes, width: ink.feature * 1.3, ink: stripes)
            for leg in [skeleton.leftLeg, skeleton.rightLeg] where leg.count >= 2 {
                for t in [0.35, 0.7] {
                    let c = Self.along(leg, t), half = plan.legWidth * 0.4
                    out += fine.line(from: Point(c.x - half, c.y), to: Point(c.x + half, c.y))
                }
            }
        }
        if let side = skeleton.legCastSide {
            // A white plaster cast from below the knee to the ankle.
            let leg = side < 0 ? skeleton.leftLeg : skeleton.rightLeg
            if leg.count >= 2 {
                let cast = [Self.along(leg, 0.55), Self.along(leg, 1.0)]
                out += ink.limb(cast, width: plan.legWidth * 1.2, color: PeoplePalette.plaster, part: .props)
            }
        }
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
        var out = pen.path(p, fill: .solid(outfit.top))
        if let stripes = outfit.stripes {
            // Pyjama stripes across the top, inside its outline.
            var fine = ink.finePen(.clothes, width: ink.feature * 1.3, ink: stripes)
            for k in 1...3 {
                let t = Double(k) / 4
                let y = ys + 0.32 * d + t * (hem - ys - 0.32 * d)
                let half = (sx + t * (hx - sx)) * 0.86
                out += fine.line(from: Point(cx - half, y), to: Point(cx + half, y))
            }
        }
        return out
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

    /// The point a share `t` of the way along a chain of points (by length).
    static func along(_ points: [Point], _ t: Double) -> Point {
        let lengths = zip(points, points.dropFirst()).map { $0.distance(to: $1) }
        var left = lengths.reduce(0, +) * min(max(t, 0), 1)
        for (i, l) in lengths.enumerated() {
            if left <= l || i == lengths.count - 1 { return points[i].lerp(to: points[i + 1], l > 0 ? min(left / l, 1) : 0) }
            left -= l
        }
        return points.last ?? Point(0, 0)
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
        let side: Double = part == .leftArm ? -1 : 1
        if skeleton.armCastSide == side {
            // A white plaster cast over the forearm, from the elbow to the wrist.
            out += ink.limb([arm[1].lerp(to: hand, 0.12), arm[1].lerp(to: hand, 0.85)], width: plan.armWidth * 1.15, color: PeoplePalette.plaster, part: .props)
        }
        if skeleton.slingSide == side { out += sling(elbow: arm[1], hand: hand, side: side) }
        // Round the other person's back, the hands are out of sight.
        if skeleton.handsHidden && skeleton.slingSide != side { return out }
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

extension BodyArt {
    /// A sling: a pale cloth cradling the forearm, its strap up round the neck.
    func sling(elbow: Point, hand: Point, side s: Double) -> Drawing {
        var strapPen = ink.pen(.props)
        let neck = Point(skeleton.neckBottom.x - s * 0.18 * d, skeleton.neckBottom.y - 0.05 * d)
        var out = ink.limb([Point(hand.x, hand.y - 0.15 * d), neck], width: 0.18 * d, color: PeoplePalette.sling, part: .props)
        let cloth = [
            Point(elbow.x + s * 0.12 * d, elbow.y - 0.22 * d), Point(hand.x - s * 0.05 * d, hand.y - 0.24 * d),
            Point(hand.x - s * 0.05 * d, hand.y + 0.22 * d), Point(elbow.x + s * 0.05 * d, elbow.y + 0.35 * d),
        ]
        out += strapPen.path(Smooth.closed(cloth), fill: .solid(PeoplePalette.sling))
        return out
    }
}

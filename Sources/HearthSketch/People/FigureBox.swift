import HearthGeometry
import HearthLooks

/// How far a standing, seated or baby figure reaches from its feet, measured from its skeleton without drawing:
/// half its width (to the farther side) and its height above the ground.
///
/// It counts what the drawing puts there (limbs with their thickness, hands, hair, headwear, aids, props and
/// feeling marks), so layout can make room before a single line is drawn.
enum FigureBox {
    static func reach(
        _ looks: PersonLooks, plan: BodyPlan, feeling: Feeling, action: Action, crying: Bool, facing: Facing = .right
    ) -> (half: Double, top: Double) {
        let feet = Point(0, 0)
        let skeleton = Skeleton.make(
            looks, plan: plan, feeling: feeling, action: action, crying: crying, feet: feet, facing: facing)
        let d = plan.head
        var half = max(skeleton.shoulderHalf, plan.stance + 0.37 * d)
        var top = 0.0
        func cover(_ p: Point, _ r: Double) {
            half = max(half, abs(p.x) + r)
            top = max(top, -p.y + r)
        }
        let outfit = Outfit(looks)
        half = max(
            half, skeleton.hipHalf * (outfit.robe ? 1.35 : outfit.coat ? 1.18 : 1.04),
            skeleton.shoulderHalf + abs(skeleton.lean) * 1.05)
        for arm in [skeleton.leftArm, skeleton.rightArm] {
            for p in arm { cover(p, plan.armWidth / 2) }
            if feeling == .brave, arm.count == 3, arm[2].y < arm[0].y {
                // The strong arm bends sharply: the stroke through the elbow swings out past it.
                let bulge = arm[1] + (arm[1] - arm[0].lerp(to: arm[2], 0.5)) * 0.3
                cover(bulge, plan.armWidth / 2)
            }
            if let hand = arm.last { cover(hand, plan.handRadius * 1.12) }
        }
        for leg in [skeleton.leftLeg, skeleton.rightLeg] {
            for p in leg { cover(p, plan.legWidth / 2) }
        }
        let headArt = HeadArt(
            looks: looks, head: skeleton.head, ink: FigureInk(plan: plan, seed: 1), feeling: feeling,
            talking: action == .talking, side: skeleton.gestureSide, lying: false)
        let box = headArt.box
        cover(Point(box.minX, box.minY), 0)
        cover(Point(box.maxX, box.minY), 0)
        let h = skeleton.head
        if headArt.hijab { half = max(half, abs(h.center.x) + 1.56 * h.radiusX) }
        if headArt.cut == .long || headArt.cut == .braids { half = max(half, abs(h.center.x) + headArt.cut.halfWidth * h.radiusX) }
        if action == .hugging {
            // Gathered above the head: measured as drawn, since both sides count.
            let marks = FeelingMarks.upright(
                head: h, ink: FigureInk(plan: plan, seed: 1), feeling: feeling, crying: crying,
                gesture: skeleton.gestureSide, action: action)
            for p in marks.footprint() { cover(p, 0) }
        } else if [.loved, .asleep, .confused, .scared, .proud].contains(feeling) {
            half = max(half, abs(h.center.x) + FeelingMarks.reachX * h.radiusX)
            top = max(top, -h.center.y + FeelingMarks.reachUp * h.radiusY)
        }
        let marks = BodyMarks(
            skeleton: skeleton, plan: plan, ink: FigureInk(plan: plan, seed: 1), feeling: feeling, looks: looks, action: action)
        // The glow is a plain fill, exactly as measured; the rumble's pen wobbles a little past its points.
        for p in marks.footprint() { cover(p, feeling == .hungry ? 0.06 * d : 0) }
        if action == .carrying {
            // Both hands far to one side under the child: their outlines wobble past the arm's measured reach.
            half += 0.06 * d
        }
        if skeleton.stance == .seatedInWheelchair {
            let chair = WheelchairGeometry(plan: plan, feet: feet)
            half = max(half, chair.halfWidth + 0.08 * d)
            top = max(top, chair.handleHeight + 0.1 * d)
        }
        if looks.mobility == .crutches && skeleton.stance == .standing {
            half = max(half, CrutchGeometry(plan: plan, feet: feet).tipOffset + 0.16 * d)
            for arm in [skeleton.leftArm, skeleton.rightArm] where arm.count == 3 {
                cover(arm[2].lerp(to: arm[1], 0.62), plan.armWidth * 0.75 + 0.08 * d)
            }
        }
        if HeldProp.carried(by: looks, action: action) == .folder && skeleton.stance == .standing {
            let hand = skeleton.propSide < 0 ? skeleton.leftHand : skeleton.rightHand
            half = max(half, abs(hand.x) + 0.36 * d)
        }
        return (half, top)
    }
}

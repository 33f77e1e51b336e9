import HearthGeometry
import HearthModel

extension Skeleton {
    /// The joints for a standing, seated or baby figure (lying figures are drawn by `LyingArt`).
    static func make(
        _ looks: PersonLooks, plan: BodyPlan, feeling: Feeling, action: Action, crying: Bool, feet: Point,
        facing: Facing
    ) -> Skeleton {
        let stance: Stance =
            if looks.age == .baby { .babySitting }
            else if looks.mobility == .wheelchair { .seatedInWheelchair }
            else { .standing }
        let d = plan.head
        let mood = Mood(feeling, crying: crying || action == .crying)
        let gesture = facing == .left ? -1.0 : 1.0
        func at(_ x: Double, _ h: Double) -> Point { Point(feet.x + x, feet.y - h) }

        var lift = 0.0, hipH = plan.hipHeight
        if stance == .seatedInWheelchair {
            let seat = WheelchairGeometry(plan: plan, feet: feet).seatHeight + 0.3 * plan.legWidth
            lift = seat - plan.hipHeight
            hipH = seat
        }
        let older = looks.age == .older ? 1.0 : 0.0
        var hug = Self.hugLean(looks, stance: stance, action: action)
        if hug.head > 0 {
            // The head leans in no further than the body's width, so a hug keeps its narrow box (big hair leans less).
            let cut = HairCut.drawn(for: looks, lying: false)
            let wear = Headwear.worn(by: looks, lying: false).map(\.halfWidth).max() ?? 0
            let headHalf = max(cut.halfWidth, wear, 1.15) * plan.headRadiusX
            hug.head = min(hug.head, max((plan.shoulderHalf + hug.shoulders * d - headHalf) / d, 0))
        }
        let shoulderH = plan.shoulderHeight + lift - (mood.shoulderDrop + 0.04 * older + hug.drop * 0.4) * d
        let headH = plan.stature + lift - d / 2 - (mood.headDrop + 0.07 * older + hug.drop) * d
        let free = feeling == .confused || action == .hugging ? -gesture : gesture
        // Hugging, the head leans in towards the other person's: a grown-up bends down to a child.
        let tilt = action == .hugging ? gesture * hug.tilt + 0.3 * mood.tilt * free : mood.tilt * free
        let head = HeadFrame(
            center: at(gesture * hug.head * d, headH), radiusX: plan.headRadiusX, radiusY: plan.headRadiusY,
            tilt: tilt, turn: 0.17 * facing.sign, gaze: mood.gaze)
        let sx = plan.shoulderHalf * mood.shoulderWidth
        let hemH: Double = switch stance {
        case .standing: hipH - 0.035 * plan.stature
        case .seatedInWheelchair: hipH + 0.05 * d
        case .babySitting: 0.1 * d
        }

        let lean = gesture * hug.shoulders * d
        var skeleton = Skeleton(
            stance: stance, head: head, neckTop: head.p(0, 0.5),
            neckBottom: at(lean, shoulderH - 0.1 * d), shoulderY: feet.y - shoulderH, hemY: feet.y - hemH,
            shoulderHalf: sx, hipHalf: plan.hipHalf, centerX: feet.x, leftArm: [], rightArm: [], leftLeg: [],
            rightLeg: [], lean: lean, fists: feeling == .angry && action != .hugging, propSide: -gesture,
            gestureSide: gesture)
        skeleton.handsHidden = action == .hugging && facing == .right && stance == .standing
            && !(looks.mobility == .crutches)
        skeleton.placeLegs(plan: plan, feet: feet, hipHeight: hipH)
        let arms = ArmPoser(
            plan: plan, skeleton: skeleton, feet: feet, shoulderHeight: shoulderH, hipHeight: hipH)
        skeleton.leftArm = arms.arm(side: -1, looks: looks, feeling: feeling, action: action)
        skeleton.rightArm = arms.arm(side: 1, looks: looks, feeling: feeling, action: action)
        return skeleton
    }

    /// How a hugging person leans in, in head heights: shoulders and head sideways, the head tilted (radians)
    /// and lowered. Grown-ups bend towards a shorter person; children lean their head in.
    static func hugLean(_ looks: PersonLooks, stance: Stance, action: Action)
        -> (shoulders: Double, head: Double, tilt: Double, drop: Double)
    {
        guard action == .hugging else { return (0, 0, 0, 0) }
        switch (stance, looks.age) {
        case (.babySitting, _): return (0, 0.1, 0.12, 0)
        case (.seatedInWheelchair, _): return (0.08, 0.22, 0.16, 0.02)
        case (_, .toddler), (_, .child): return (0.06, 0.1, 0.2, 0.03)
        default: return (0.16, 0.14, 0.28, 0.14)
        }
    }

    mutating func placeLegs(plan: BodyPlan, feet: Point, hipHeight hipH: Double) {
        func at(_ x: Double, _ h: Double) -> Point { Point(feet.x + x, feet.y - h) }
        let d = plan.head, w = plan.legWidth
        let hipX = max(plan.hipHalf - w * 0.55, w * 0.5)
        let sole = 0.12 * d
        switch stance {
        case .standing:
            leftLeg = [at(-hipX, hipH + 0.02 * plan.stature), at(-plan.stance, sole + w * 0.25)]
            rightLeg = [at(hipX, hipH + 0.02 * plan.stature), at(plan.stance, sole + w * 0.25)]
        case .seatedInWheelchair:
            let foot = WheelchairGeometry(plan: plan, feet: feet).footplateHeight + sole
            leftLeg = [at(-hipX, hipH), at(-hipX * 1.05, hipH - 0.4 * w), at(-plan.stance * 1.1, foot + w * 0.2)]
            rightLeg = [at(hipX, hipH), at(hipX * 1.05, hipH - 0.4 * w), at(plan.stance * 1.1, foot + w * 0.2)]
        case .babySitting:
            leftLeg = [at(-0.3 * d, 0.34 * d), at(-0.82 * d, 0.26 * d)]
            rightLeg = [at(0.3 * d, 0.34 * d), at(0.82 * d, 0.26 * d)]
        }
    }
}

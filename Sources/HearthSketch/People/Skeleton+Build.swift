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
        let shoulderH = plan.shoulderHeight + lift - (mood.shoulderDrop + 0.04 * older) * d
        let headH = plan.stature + lift - d / 2 - (mood.headDrop + 0.07 * older) * d
        let free = feeling == .confused ? -gesture : gesture
        let head = HeadFrame(
            center: at(0, headH), radiusX: plan.headRadiusX, radiusY: plan.headRadiusY,
            tilt: mood.tilt * free, turn: 0.17 * facing.sign, gaze: mood.gaze)
        let sx = plan.shoulderHalf * mood.shoulderWidth
        let hemH: Double = switch stance {
        case .standing: hipH - 0.035 * plan.stature
        case .seatedInWheelchair: hipH + 0.05 * d
        case .babySitting: 0.1 * d
        }

        var skeleton = Skeleton(
            stance: stance, head: head, neckTop: at(0, headH - 0.5 * plan.headRadiusY),
            neckBottom: at(0, shoulderH - 0.1 * d), shoulderY: feet.y - shoulderH, hemY: feet.y - hemH,
            shoulderHalf: sx, hipHalf: plan.hipHalf, centerX: feet.x, leftArm: [], rightArm: [], leftLeg: [],
            rightLeg: [], fists: feeling == .angry, propSide: -gesture, gestureSide: gesture)
        skeleton.placeLegs(plan: plan, feet: feet, hipHeight: hipH)
        let arms = ArmPoser(
            plan: plan, skeleton: skeleton, feet: feet, shoulderHeight: shoulderH, hipHeight: hipH)
        skeleton.leftArm = arms.arm(side: -1, looks: looks, feeling: feeling, action: action)
        skeleton.rightArm = arms.arm(side: 1, looks: looks, feeling: feeling, action: action)
        return skeleton
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

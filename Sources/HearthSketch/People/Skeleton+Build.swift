import HearthGeometry
import HearthLooks

extension Skeleton {
    /// The joints for a standing, seated or baby figure (lying figures are drawn by `LyingArt`).
    static func make(
        _ looks: PersonLooks, plan: BodyPlan, feeling: Feeling, action: Action, crying: Bool, feet: Point,
        facing: Facing, pose: FigurePose = FigurePose()
    ) -> Skeleton {
        let stance: Stance =
            if looks.age == .baby { .babySitting }
            else if looks.mobility == .wheelchair { .seatedInWheelchair }
            else if pose.posture == .sitting { .sitting }
            else if pose.posture == .kneeling { .kneeling }
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
        } else if stance == .sitting {
            // The thighs rest on the seat; on the floor they rest on the ground.
            hipH = max(pose.seat * plan.adultHeight, 0) + 0.35 * plan.legWidth
            lift = hipH - plan.hipHeight
        } else if stance == .kneeling {
            // Upright on the knees: the thighs stand on the ground.
            hipH = plan.hipHeight * 0.55
            lift = hipH - plan.hipHeight
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
            tilt: tilt, turn: 0.17 * facing.sign - mood.turn * free, gaze: mood.gaze)
        let sx = plan.shoulderHalf * mood.shoulderWidth
        let hemH: Double = switch stance {
        case .standing, .kneeling: hipH - 0.035 * plan.stature
        case .seatedInWheelchair, .sitting: hipH + 0.05 * d
        case .babySitting: 0.1 * d
        }

        let lean = gesture * hug.shoulders * d
        var skeleton = Skeleton(
            stance: stance, head: head, neckTop: head.p(0, 0.5),
            neckBottom: at(lean, shoulderH - 0.1 * d), shoulderY: feet.y - shoulderH, hemY: feet.y - hemH,
            shoulderHalf: sx, hipHalf: plan.hipHalf, centerX: feet.x, leftArm: [], rightArm: [], leftLeg: [],
            rightLeg: [], lean: lean, fists: [.angry, .brave, .proud].contains(feeling) && action != .hugging, propSide: -gesture,
            gestureSide: gesture)
        skeleton.handsHidden = action == .hugging && facing == .right && stance.upright
            && !(looks.mobility == .crutches)
        skeleton.placeLegs(plan: plan, feet: feet, hipHeight: hipH, walking: pose.posture == .walking)
        let torso = shoulderH - hipH
        skeleton.lap = switch stance {
        // Along the thighs or on the hip towards the way the figure faces, so the child's face is beside the
        // grown-up's, not in front of it.
        case .sitting: at(gesture * plan.hipHeight * 0.5, hipH + 0.3 * plan.legWidth)
        case .seatedInWheelchair: at(gesture * 0.15 * d, hipH + 0.3 * plan.legWidth)
        default: at(gesture * Skeleton.carryShift * d, hipH + 0.02 * torso)
        }
        // The hurt arm is the one away from the way the person faces, so the other stays free to reach. A baby
        // wears a sling or a cast too (a baby's short legs have no room for a leg cast to read).
        if looks.wears.contains(.sling) { skeleton.slingSide = -gesture }
        if looks.wears.contains(.armCast) { skeleton.armCastSide = -gesture }
        if stance != .babySitting, looks.wears.contains(.legCast) { skeleton.legCastSide = -gesture }
        var arms = ArmPoser(
            plan: plan, skeleton: skeleton, feet: feet, shoulderHeight: shoulderH, hipHeight: hipH)
        arms.reach = pose.reach.map { Point(feet.x + $0.x * plan.adultHeight, feet.y + $0.y * plan.adultHeight) }
        skeleton.leftArm = arms.arm(side: -1, looks: looks, feeling: feeling, action: action)
        skeleton.rightArm = arms.arm(side: 1, looks: looks, feeling: feeling, action: action)
        if feeling == .proud, Self.feelingPoses(looks, action: action), stance != .babySitting,
            HeldProp.carried(by: looks, action: action) == nil || skeleton.propSide != gesture
        {
            skeleton.thumbUp = gesture
        }
        return skeleton
    }

    /// Whether the feeling, not the action or an aid, places the gesturing hand: a plain pose, hands free.
    static func feelingPoses(_ looks: PersonLooks, action: Action) -> Bool {
        [.standing, .walking, .sitting, .kneeling, .crying].contains(action) && looks.mobility != .crutches
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

    mutating func placeLegs(plan: BodyPlan, feet: Point, hipHeight hipH: Double, walking: Bool = false) {
        func at(_ x: Double, _ h: Double) -> Point { Point(feet.x + x, feet.y - h) }
        let d = plan.head, w = plan.legWidth
        let hipX = max(plan.hipHalf - w * 0.55, w * 0.5)
        let sole = 0.12 * d
        switch stance {
        case .standing where walking:
            // Mid-stride: one foot forward and a little raised, the legs apart.
            let stride = plan.stance * 2.2 + 0.15 * d
            leftLeg = [at(-hipX, hipH + 0.02 * plan.stature), at(-stride, sole + w * 0.25)]
            rightLeg = [
                at(hipX, hipH + 0.02 * plan.stature), at(hipX + 0.25 * stride, hipH * 0.5),
                at(stride, sole + w * 0.25 + 0.18 * d),
            ]
        case .standing:
            leftLeg = [at(-hipX, hipH + 0.02 * plan.stature), at(-plan.stance, sole + w * 0.25)]
            rightLeg = [at(hipX, hipH + 0.02 * plan.stature), at(plan.stance, sole + w * 0.25)]
        case .sitting where hipH < plan.hipHeight * 0.35:
            // On the floor, legs crossed in front.
            let knee = plan.hipHalf + 0.35 * plan.hipHeight
            leftLeg = [at(-hipX, hipH), at(-knee, 0.3 * w), at(0.2 * d, sole + 0.1 * w)]
            rightLeg = [at(hipX, hipH), at(knee, 0.3 * w), at(-0.2 * d, sole + 0.1 * w)]
        case .sitting:
            // On a seat, seen a little from the side: the thighs go out level towards the way the figure faces and
            // the shins hang down to the floor; short legs dangle.
            let g = gestureSide
            let thigh = plan.hipHeight * 0.5, shin = plan.hipHeight * 0.5
            let knee = hipH - 0.05 * w
            let foot = max(sole + w * 0.25, knee - shin)
            leftLeg = [at(-hipX * 0.4, hipH), at(g * thigh - hipX * 0.3, knee), at(g * (thigh + 0.05 * d) - hipX * 0.3, foot)]
            rightLeg = [at(hipX * 0.4, hipH), at(g * thigh + hipX * 0.3, knee + 0.02 * w), at(g * (thigh + 0.1 * d) + hipX * 0.3, foot)]
        case .kneeling:
            // Seen a little from the side: the back knee on the floor with its shin along it, the front foot
            // planted with the knee up, towards the way the figure faces.
            let g = gestureSide
            let thigh = plan.hipHeight * 0.5
            leftLeg = [at(-g * hipX * 0.3, hipH), at(-g * 0.1 * d, sole + w * 0.35), at(-g * thigh * 0.95, sole + w * 0.2)]
            rightLeg = [at(g * hipX * 0.3, hipH), at(g * thigh * 0.9, hipH - 0.1 * w), at(g * thigh, sole + w * 0.25)]
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

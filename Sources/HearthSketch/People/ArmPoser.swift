import HearthGeometry
import HearthModel

/// Puts the arms where the feeling, action, aids and props want the hands.
///
/// Feelings shape the arms (open for happy, hands together for worried, fists on hips for angry…); an action
/// overrides the arm it needs (the gesturing arm for talking and holding hands, both for a hug); crutches and a
/// wheelchair's handrims hold the hands unless the feeling needs them; a prop takes the other hand.
struct ArmPoser {
    var plan: BodyPlan
    var skeleton: Skeleton
    var feet: Point
    var shoulderHeight: Double
    var hipHeight: Double

    func at(_ x: Double, _ h: Double) -> Point { Point(feet.x + x, feet.y - h) }

    func shoulder(_ s: Double) -> Point {
        at(s * (skeleton.shoulderHalf - plan.armWidth * 0.35), shoulderHeight - 0.16 * plan.head)
    }

    func arm(side s: Double, looks: PersonLooks, feeling: Feeling, action: Action) -> [Point] {
        let sh = shoulder(s)
        let (target, hint) = self.target(side: s, looks: looks, feeling: feeling, action: action, shoulder: sh)
        let l = plan.armLength
        return Reach.arm(from: sh, to: target, upper: 0.52 * l, fore: 0.48 * l, hint: hint)
    }

    /// Where the hand goes and which way the elbow bends.
    func target(side s: Double, looks: PersonLooks, feeling: Feeling, action: Action, shoulder sh: Point)
        -> (Point, Point)
    {
        let l = plan.armLength, d = plan.head
        let g = skeleton.gestureSide
        let outward = sh + Point(s * l, 0.5 * l)
        if looks.mobility == .crutches && looks.age != .baby && skeleton.stance == .standing {
            let grip = CrutchGeometry(plan: plan, feet: feet).grip(s)
            return (grip, sh + Point(s * 0.5 * l, 0.2 * l))
        }
        switch action {
        case .hugging:
            // Arms open towards the other person, elbows soft, ready to close round them.
            if s == g { return (sh + Point(g * 0.8 * l, 0.3 * l), sh + Point(g * 0.35 * l, 0.9 * l)) }
            let across = 2 * skeleton.shoulderHalf + 0.3 * l
            return (sh + Point(g * across, 0.4 * l), sh + Point(g * 0.2 * l, 0.9 * l))
        case .talking where s == g:
            return (sh + Point(g * 0.62 * l, 0.3 * l), sh + Point(g * 0.25 * l, 1.0 * l))
        case .holdingHands where s == g:
            // Grown-ups reach down and children reach up a little, so their hands meet between them.
            let small = [.baby, .toddler, .child].contains(looks.age)
            return small
                ? (sh + Point(g * 0.8 * l, 0.5 * l), sh + Point(g * 0.4 * l, 0.9 * l))
                : (sh + Point(g * 0.5 * l, 0.9 * l), outward)
        default: break
        }
        if HeldProp.carried(by: looks, action: action) != nil && s == skeleton.propSide
            && skeleton.stance == .standing
        {
            return propHold(side: s, prop: HeldProp.carried(by: looks, action: action), shoulder: sh)
        }
        let effective: Feeling = action == .crying && feeling == .happy ? .sad : feeling
        if skeleton.stance == .seatedInWheelchair && !Self.upperBody(effective, side: s, gesture: g) {
            return (WheelchairGeometry(plan: plan, feet: feet).rim(s), outward)
        }
        if skeleton.stance == .babySitting { return baby(side: s, feeling: effective, shoulder: sh) }
        return feelingTarget(side: s, feeling: effective, shoulder: sh, d: d, l: l, g: g)
    }

    /// Feelings whose hands leave a wheelchair's rims: they are part of what the feeling looks like.
    static func upperBody(_ feeling: Feeling, side s: Double, gesture g: Double) -> Bool {
        switch feeling {
        case .worried, .scared, .loved: true
        case .confused, .poorly: s == g
        default: false
        }
    }

    func feelingTarget(side s: Double, feeling: Feeling, shoulder sh: Point, d: Double, l: Double, g: Double)
        -> (Point, Point)
    {
        let torso = shoulderHeight - hipHeight
        let outward = sh + Point(s * l, 0.5 * l)
        switch feeling {
        case .happy:
            return (sh + Point(s * 0.5 * l, 0.84 * l), sh + Point(s * l, 0.3 * l))
        case .sad:
            return (sh + Point(s * 0.04 * d, 0.99 * l), outward)
        case .worried:
            return (at(s * 0.16 * d, hipHeight + 0.32 * torso), sh + Point(s * 0.6 * l, 0.7 * l))
        case .scared:
            return (at(s * 0.24 * d, shoulderHeight - 0.3 * d), sh + Point(s * 0.1 * l, 1.0 * l))
        case .angry:
            return (at(s * (plan.hipHalf + 0.1 * d), hipHeight + 0.15 * torso), sh + Point(s * 1.2 * l, 0.3 * l))
        case .confused where s == g:
            return (skeleton.head.p(s * 0.5, -0.92), sh + Point(s * l, -0.1 * l))
        case .poorly where s == g:
            return (at(s * 0.05 * d, hipHeight + 0.3 * torso), sh + Point(s * 0.6 * l, 0.7 * l))
        case .calm:
            return (at(s * 0.16 * d, hipHeight - 0.02 * plan.stature), sh + Point(s * 0.7 * l, 0.6 * l))
        case .loved:
            let heart = 0.22 * d
            return (at(heart + s * 0.13 * d, shoulderHeight - 0.32 * torso), sh + Point(s * 0.5 * l, 0.8 * l))
        case .confused, .poorly, .asleep:
            return (sh + Point(s * 0.12 * d, 0.97 * l), outward)
        }
    }

    /// A baby's short arms: up with joy, to the cheeks when scared, on the tummy when calm or poorly.
    func baby(side s: Double, feeling: Feeling, shoulder sh: Point) -> (Point, Point) {
        let d = plan.head, l = plan.armLength
        let down = sh + Point(s * l, 0.6 * l)
        switch feeling {
        case .happy, .loved:
            return (sh + Point(s * 0.55 * l, -0.65 * l), sh + Point(s * l, 0.2 * l))
        case .scared:
            return (skeleton.head.p(s * 0.85, 0.55), down)
        case .confused where s == skeleton.gestureSide:
            return (skeleton.head.p(s * 0.6, -0.85), sh + Point(s * l, -0.2 * l))
        case .angry, .sad:
            return (sh + Point(s * 0.45 * l, 0.85 * l), down)
        default:
            return (at(s * 0.22 * d, 0.38 * d), down)
        }
    }

    func propHold(side s: Double, prop: HeldProp?, shoulder sh: Point) -> (Point, Point) {
        let l = plan.armLength, d = plan.head
        switch prop {
        case .book:
            let torso = shoulderHeight - hipHeight
            return (at(s * 0.12 * d, shoulderHeight - 0.42 * torso), sh + Point(s * 0.4 * l, 0.9 * l))
        default:
            return (sh + Point(s * 0.22 * d, 0.96 * l), sh + Point(s * l, 0.5 * l))
        }
    }
}

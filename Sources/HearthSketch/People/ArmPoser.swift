import HearthGeometry
import HearthLooks

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
    /// Where the reaching hand goes on the page (a shoulder touched, a thing handed over), when the scene says.
    var reach: Point? = nil

    func at(_ x: Double, _ h: Double) -> Point { Point(feet.x + x, feet.y - h) }

    func shoulder(_ s: Double) -> Point {
        at(skeleton.lean + s * (skeleton.shoulderHalf - plan.armWidth * 0.35), shoulderHeight - 0.16 * plan.head)
    }

    func arm(side s: Double, looks: PersonLooks, feeling: Feeling, action: Action) -> [Point] {
        let sh = shoulder(s)
        if skeleton.slingSide == s {
            // In a sling: the upper arm down the side, the forearm across the tummy.
            let torso = shoulderHeight - hipHeight
            let hand = at(skeleton.lean - s * 0.42 * skeleton.shoulderHalf, hipHeight + 0.45 * torso)
            let l = plan.armLength
            return Reach.arm(from: sh, to: hand, upper: 0.52 * l, fore: 0.48 * l, hint: sh + Point(s * 0.3 * l, 0.95 * l))
        }
        if action == .hugging, skeleton.stance.upright,
            !(looks.mobility == .crutches && looks.age != .baby)
        {
            return hug(side: s, looks: looks, shoulder: sh)
        }
        let (target, hint) = self.target(side: s, looks: looks, feeling: feeling, action: action, shoulder: sh)
        let l = plan.armLength
        var arm = Reach.arm(from: sh, to: target, upper: 0.52 * l, fore: 0.48 * l, hint: hint)
        let g = skeleton.gestureSide
        if action == .holdingHands, s != g, skeleton.stance.upright, !(looks.mobility == .crutches && looks.age != .baby) {
            // The free arm keeps within the held hand's reach, so the held hand is the figure's widest point and
            // two people holding hands can stand close enough for their hands to meet.
            let held = holdingHand(side: g, looks: looks, shoulder: shoulder(g)).0
            let limit = abs(held.x - feet.x) - 0.5 * plan.armWidth
            if let far = arm.map({ abs($0.x - feet.x) }).max(), far > limit {
                let k = limit / far
                arm = arm.map { Point(feet.x + ($0.x - feet.x) * k, $0.y) }
            }
        }
        return arm
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
            // Seated or sitting: the near arm reaches up round the other person, the far one across.
            if s == g { return (sh + Point(g * 0.55 * l, 0.15 * l), sh + Point(g * 0.3 * l, 0.9 * l)) }
            return (at(skeleton.lean + g * 0.7 * skeleton.shoulderHalf, shoulderHeight - 0.45 * l), sh + Point(g * 0.2 * l, 1.0 * l))
        case .talking where s == g:
            return (sh + Point(g * 0.62 * l, 0.3 * l), sh + Point(g * 0.25 * l, 1.0 * l))
        case .holdingHands where s == g:
            return holdingHand(side: g, looks: looks, shoulder: sh)
        case .phoning where s == -g:
            // The phone at the ear on the side the face turns from, where the ear shows.
            return (skeleton.head.p(s * 1.02, 0.12), sh + Point(s * 0.75 * l, 0.55 * l))
        case .readingTo:
            // The book held open in front of the chest, towards the child.
            let y = shoulderHeight - 0.42 * (shoulderHeight - hipHeight)
            let x = s == g ? skeleton.shoulderHalf + 0.2 * d : 0.05 * d
            return (at(skeleton.lean + g * x, y), sh + Point(s * 0.6 * l, 0.9 * l))
        case .carrying:
            // Both arms under the child held against the chest.
            let y = hipHeight - 0.02 * (shoulderHeight - hipHeight)
            return (at(g * Skeleton.carryShift * d + s * 0.55 * d, y), sh + Point(s * 0.7 * l, 0.5 * l))
        case .handOnShoulder, .comforting, .giving where s == g:
            if let reach { return (reach, sh + Point(g * 0.3 * l, 0.9 * l)) }
            return action == .giving
                ? (sh + Point(g * 0.75 * l, 0.5 * l), sh + Point(g * 0.3 * l, 0.9 * l))
                : (sh + Point(g * 0.8 * l, 0.15 * l), sh + Point(g * 0.3 * l, 0.9 * l))
        default: break
        }
        if HeldProp.carried(by: looks, action: action) != nil && s == skeleton.propSide
            && skeleton.stance.upright
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

    /// A standing hug, arms drawn as they look wrapped round someone standing close enough to overlap, both at
    /// the height where a grown-up's arms reach round a child's back and a child's round a grown-up's waist (a
    /// little under half a grown-up's height). The near arm goes round the other person, the far one comes across
    /// the body to hold them; arms reaching round a back are drawn foreshortened, as they look from the front.
    ///
    /// Scenes draw the right-hand person of a pair over the left-hand one, so the left-hand person's hands (facing
    /// right) reach into the other and disappear behind them, and the right-hand person's (facing left) rest on the
    /// other's back and side. Everything stays within a little more than the body's own width, so a scene that
    /// overlaps two hugging people by about 30% of the narrower one's width brings their bodies together.
    func hug(side s: Double, looks: PersonLooks, shoulder sh: Point) -> [Point] {
        let d = plan.head, g = skeleton.gestureSide, h = plan.adultHeight
        let small = [.toddler, .child].contains(looks.age)
        let cx = feet.x + skeleton.lean
        let edge = cx + g * (skeleton.shoulderHalf - plan.handRadius * 1.1)
        func below(_ height: Double, _ least: Double) -> Double { max(feet.y - height * h, sh.y + least * d) }
        if s == g {
            // A grown-up's arm comes down over the other's shoulder, the hand resting on it; a child's goes round
            // a grown-up's waist.
            let y = small ? below(0.5, 0.3) : below(0.5, 0.7)
            let hand = Point(edge, y)
            let elbow = Point(sh.x - g * 0.04 * d, sh.y + 0.5 * (y - sh.y))
            return [sh, elbow, hand]
        }
        // The far arm comes across the front to hold them round the waist.
        let y = small ? below(0.45, 0.6) : below(0.37, 1.6)
        let hand = Point(edge - g * 0.12 * d, y)
        let elbow = Point(cx - g * 0.3 * d, y - (small ? 0.25 : 0.45) * d)
        return [sh, elbow, hand]
    }

    /// Holding hands: the arm hangs naturally, nearly straight, out to a hand at the same height above the ground
    /// for everyone (where a grown-up's hanging hand is, a little over two fifths of their height), so a grown-up's
    /// hand comes down and a child's reaches out and a little up to meet it.
    func holdingHand(side g: Double, looks: PersonLooks, shoulder sh: Point) -> (Point, Point) {
        let l = plan.armLength
        let meet = feet.y - 0.43 * plan.adultHeight
        // How far out the hand is comes from the shoulder's usual height, so it is the same whatever the feeling
        // (drooping shoulders bend the elbow a little more instead): the figure's width stays its held hand.
        let usual = feet.y - plan.shoulderHeight + 0.16 * plan.head
        let dy = min(max(meet - usual, -0.25 * l), 0.92 * l)
        let dx = (max(l * l - dy * dy, 0)).squareRoot() * 0.94
        let hand = Point(sh.x + g * dx, min(max(meet, sh.y - 0.25 * l), sh.y + 0.92 * l))
        // The elbow eases outwards, away from the body.
        return (hand, sh.lerp(to: hand, 0.5) + Point(g * dy, -dx) * 0.3)
    }

    /// Feelings whose hands leave a wheelchair's rims: they are part of what the feeling looks like.
    static func upperBody(_ feeling: Feeling, side s: Double, gesture g: Double) -> Bool {
        switch feeling {
        case .worried, .scared, .loved, .safe: true
        case .confused, .poorly, .hungry, .brave, .proud, .lonely: s == g
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
            // Open arms, hands out wide.
            return (sh + Point(s * 0.64 * l, 0.7 * l), sh + Point(s * l, 0.2 * l))
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
        case .tired where s == g:
            // A hand lifted to the yawn.
            return (skeleton.head.f(s * 0.45, 0.78), sh + Point(s * 0.6 * l, 0.8 * l))
        case .tired:
            // The other arm hanging slack.
            return (sh + Point(s * 0.02 * d, 0.99 * l), sh + Point(s * 0.3 * l, 0.6 * l))
        case .hungry where s == g:
            // A hand on the tummy.
            return (at(-s * 0.05 * d, hipHeight + 0.3 * torso), sh + Point(s * 0.6 * l, 0.7 * l))
        case .hungry:
            return (sh + Point(s * 0.1 * d, 0.97 * l), outward)
        case .brave where s == g:
            // A strong arm: the elbow out at shoulder height, the fist up beside the head.
            return (sh + Point(s * 0.42 * l, -0.55 * l), sh + Point(s * 0.8 * l, 0.02 * l))
        case .brave:
            return (sh + Point(s * 0.2 * d, 0.96 * l), outward)
        case .proud where s == g:
            // A thumbs up, the fist out in front of the shoulder.
            return (sh + Point(s * 0.5 * l, 0.12 * l), sh + Point(s * 0.35 * l, 0.85 * l))
        case .proud:
            // The other hand on the hip, elbow out.
            return (at(s * (plan.hipHalf + 0.05 * d), hipHeight + 0.2 * torso), sh + Point(s * 1.1 * l, 0.35 * l))
        case .lonely where s == g:
            // Close to the body, held by the other hand.
            return (sh + Point(-s * 0.06 * d, 0.98 * l), sh + Point(s * 0.2 * l, 0.6 * l))
        case .lonely:
            // Across the body to hold the other arm above the elbow: closed in on oneself.
            return (at(-s * skeleton.shoulderHalf * 0.72, shoulderHeight - 0.5 * torso), sh + Point(s * 0.3 * l, 0.9 * l))
        case .safe:
            // Hugging oneself: each hand on the other arm.
            return (at(-s * skeleton.shoulderHalf * 0.7, shoulderHeight - 0.32 * torso), sh + Point(s * 0.35 * l, 0.95 * l))
        }
    }

    /// A baby's short arms: up with joy, to the cheeks when scared, on the tummy when calm or poorly.
    func baby(side s: Double, feeling: Feeling, shoulder sh: Point) -> (Point, Point) {
        let d = plan.head, l = plan.armLength
        let down = sh + Point(s * l, 0.6 * l)
        switch feeling {
        case .happy, .loved, .proud:
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
            return (at(s * 0.12 * d, shoulderHeight - 0.56 * torso), sh + Point(s * 0.5 * l, 0.9 * l))
        default:
            return (sh + Point(s * 0.22 * d, 0.96 * l), sh + Point(s * l, 0.5 * l))
        }
    }
}

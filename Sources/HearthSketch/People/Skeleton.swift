import HearthGeometry

/// Where a figure's joints are on the page for one pose: the head's frame, the neck, the top's outline, and each
/// arm and leg as a short chain of points the limb stroke passes through.
///
/// Building the skeleton is pure arithmetic, cheap enough that `FigureArtist.size` builds one per feeling to
/// find the room a person can take.
struct Skeleton: Hashable, Sendable {
    enum Stance: Hashable, Sendable {
        case standing, seatedInWheelchair, babySitting, sitting, kneeling

        /// A body whose arms are free to hug, hold hands or carry (not a baby's, not a wheelchair user's on the rims).
        var upright: Bool { self == .standing || self == .sitting || self == .kneeling }
    }

    var stance: Stance
    var head: HeadFrame
    var neckTop: Point
    var neckBottom: Point
    /// Page y of the shoulder line and the top's hem.
    var shoulderY: Double
    var hemY: Double
    var shoulderHalf: Double
    var hipHalf: Double
    var centerX: Double
    /// Shoulder, elbow, hand: on the page's left, then its right.
    var leftArm: [Point]
    var rightArm: [Point]
    /// Hip, (knee), ankle.
    var leftLeg: [Point]
    var rightLeg: [Point]
    /// How far the shoulders lean sideways (towards someone hugged); the hips stay over the feet.
    var lean = 0.0
    /// Hugging as the left-hand person of a pair, whose hands go round the other person and out of sight behind
    /// them (scenes draw the right-hand person over the left-hand one).
    var handsHidden = false
    var fists: Bool
    /// The side (-1 left, +1 right) whose fist gives a thumbs up (proud), if any.
    var thumbUp: Double? = nil
    /// The side of the arm held in a sling, of a plaster cast on an arm, and of one on a leg, if any.
    var slingSide: Double? = nil
    var armCastSide: Double? = nil
    var legCastSide: Double? = nil
    /// Which side (-1 left, +1 right) holds a prop, and which side gestures.
    var propSide: Double
    var gestureSide: Double
    /// Where someone sitting on this person's lap, or carried by them, has their seat.
    var lap = Point(0, 0)

    /// The drawing leaned with the shoulders: points at the hem stay, points at the shoulders move by `lean`.
    func leaning(_ drawing: Drawing) -> Drawing {
        guard lean != 0 else { return drawing }
        let span = max(hemY - shoulderY, 1e-9)
        return drawing.mapped { p in Point(p.x + lean * min(max((hemY - p.y) / span, 0), 1.3), p.y) }
    }

    /// How far to the side a carried child sits, in head heights: on the hip, their face beside the carrier's.
    static let carryShift = 0.75

    var leftHand: Point { leftArm.last ?? neckBottom }
    var rightHand: Point { rightArm.last ?? neckBottom }
}

/// Two-bone reach: where the elbow goes so that upper arm and forearm keep their lengths.
enum Reach {
    /// Shoulder, elbow and hand for a hand wanted at `target`; out of reach, the arm points straight at it.
    /// Of the two possible elbows, the one nearer `hint` is taken.
    static func arm(from shoulder: Point, to target: Point, upper a: Double, fore b: Double, hint: Point) -> [Point] {
        var d = shoulder.distance(to: target)
        guard d > 1e-9 else { return [shoulder, shoulder.lerp(to: hint, 0.5), target] }
        let dir = Point((target.x - shoulder.x) / d, (target.y - shoulder.y) / d)
        d = min(max(d, abs(a - b) + 1e-6), (a + b) * 0.999)
        let hand = shoulder + dir * d
        let along = (a * a + d * d - b * b) / (2 * d)
        let off = max(0, a * a - along * along).squareRoot()
        let perp = Point(-dir.y, dir.x)
        let e1 = shoulder + dir * along + perp * off
        let e2 = shoulder + dir * along - perp * off
        let elbow = e1.distance(to: hint) <= e2.distance(to: hint) ? e1 : e2
        return [shoulder, elbow, hand]
    }
}

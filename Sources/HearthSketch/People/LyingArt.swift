import HearthGeometry
import HearthLooks

/// A person lying in bed, drawn to fit the scene's `bed` picture: head on the bed's pillow, turned up to the
/// reader so their face still shows their feeling, tucked in under a blanket that runs along the mattress, one
/// arm resting on top. The bed itself (headboard, pillow, mattress) is the scene's; this draws no pillow of its
/// own.
///
/// Scenes draw the bed in a box `FigureArtist.bedHeight × height` tall (wider than the bed) and pass `feet` at the
/// middle of the box, 55% of the way down: `BedGeometry` finds the pillow and mattress from that. A child fills
/// most of the mattress; grown-ups fill it, babies lie smaller, so everyone is drawn a little smaller than they
/// stand, as a bed in a picture is.
struct LyingArt {
    var looks: PersonLooks
    var plan: BodyPlan
    var feeling: Feeling
    var crying: Bool
    var feet: Point
    /// -1: head on the left (the bed's headboard end, the usual), +1: head on the right.
    var headSide: Double
    var ink: FigureInk

    /// The person's body at the size they lie at.
    var body: BodyPlan { Self.body(looks, plan: plan) }
    var bed: BedGeometry { BedGeometry(feet: feet, height: plan.adultHeight, headSide: headSide) }
    var d: Double { body.head }

    static func body(_ looks: PersonLooks, plan: BodyPlan) -> BodyPlan {
        let bed = BedGeometry(feet: Point(0, 0), height: plan.adultHeight, headSide: -1)
        let frac = BodyPlan.statureFraction(looks.age, years: looks.years)
        // Head centre to toes is about 0.9 of the stature.
        let k = bed.unit * lengthInBed(looks.age) / (0.9 * frac * plan.adultHeight)
        return BodyPlan(looks, adultHeight: plan.adultHeight * k)
    }

    /// How far from the head's centre to the toes, in the bed picture's units (the mattress is 65 long).
    static func lengthInBed(_ age: AgeGroup) -> Double {
        switch age {
        case .baby: 28
        case .toddler: 40
        case .child: 50
        case .teenager: 54
        case .adult, .older: 55
        }
    }

    /// A page x this far along the bed from the head (in points).
    func x(_ along: Double) -> Double { head.center.x - headSide * along }

    var head: HeadFrame {
        let mood = Mood(feeling, crying: crying)
        // Resting on the pillow, clear of the turned-down sheet: the back of the head sinks into it a little, the
        // top tilted towards the headboard.
        let center = Self.headCenter(body, bed: bed)
        return HeadFrame(
            center: center, radiusX: body.headRadiusX, radiusY: body.headRadiusY,
            tilt: headSide * 0.3 + 0.3 * mood.tilt * -headSide, turn: 0, gaze: mood.gaze * 0.5)
    }

    /// Where the head rests: on the pillow, its chin side clear of the sheet at x = 32, its chin above the bottom of
    /// the figure's box.
    static func headCenter(_ body: BodyPlan, bed: BedGeometry) -> Point {
        let pillow = bed.pillow
        let along = min(0, 3.2 * bed.unit - 1.05 * body.headRadiusX)
        // Its chin just above the mattress line, so the pillow shows under it.
        return Point(pillow.x - bed.headSide * along, bed.mattress + 1.6 * bed.unit - 1.08 * body.headRadiusY)
    }

    /// The blanket's top edge over the chest and the legs, and where it ends past the toes.
    /// The blanket starts where the bed's turned-down sheet does (x = 32, the pillow's middle is 28), so the two
    /// sheets are one.
    var blanketStart: Double { abs(bed.pillow.x - head.center.x) + 4 * bed.unit }
    var blanketEnd: Double { Self.lengthInBed(looks.age) * bed.unit + 0.3 * d }
    var chestTop: Double { bed.mattress - 0.62 * d }

    var hand: Point { Point(x(blanketStart + 1.3 * d), chestTop + 0.24 * d) }

    func figure() -> Figure {
        let head = self.head
        var faceInk = ink
        faceInk.feature = min(max(0.08 * d, 0.5), ink.outline * 1.1)
        faceInk.scale = body.scale
        let headArt = HeadArt(looks: looks, head: head, ink: faceInk, feeling: feeling, talking: false, side: -headSide, lying: true)
        let outfit = Outfit(looks)
        let skin = PeoplePalette.skin(looks.skin)
        var out = Drawing()
        out += headArt.behind()
        out += headArt.drape()
        out += headArt.front()
        out += blanket()
        // One arm out over the blanket.
        let shoulder = Point(x(blanketStart + 0.45 * d), chestTop + 0.2 * d)
        let elbow = Point(x(blanketStart + 0.85 * d), chestTop + 0.12 * d)
        out += ink.limb([shoulder, elbow, hand], width: body.armWidth * 0.9, color: outfit.sleeves, part: .leftArm)
        out += worn(shoulder: shoulder, elbow: elbow, outfit: outfit)
        var hands = ink.pen(.leftHand)
        out += hands.circle(center: hand, radius: body.handRadius, fill: .solid(skin))
        if looks.wears.contains(.sling) { out += sling(elbow: elbow) }
        out += FeelingMarks(
            head: head, ink: faceInk, feeling: feeling, crying: crying, side: -headSide, lift: Self.marksLift(headSide)
        ).draw()
        let bounds = out.bounds ?? Rect(x: feet.x, y: feet.y, width: 0, height: 0)
        return Figure(
            drawing: out, bounds: bounds, face: headArt.box, mouth: headArt.face.mouthPoint, leftHand: hand,
            rightHand: hand)
    }

    /// The blanket over the body from the chin to past the toes, in the bed's own blanket colours, so it reads as
    /// the bed's blanket pulled up; its lower edge lies along the mattress, over the top of the bed's blanket.
    /// The sheet is turned down over its top.
    func blanket() -> Drawing {
        var pen = ink.pen(.bed, ink: PeoplePalette.blanketEdge)
        let start = blanketStart, end = blanketEnd
        // Just above the box's bottom, with room for the pen's line; still well over the bed blanket's top edge.
        let bottom = feet.y - 0.8 * bed.unit
        let legs = bed.mattress - 0.36 * d, toes = bed.mattress - 0.5 * d
        let knee = start + 0.55 * (end - start)
        var top = Path([.move(Point(x(start), bottom))])
        top.line(to: Point(x(start), chestTop + 0.06 * d))
        top.curve(
            to: Point(x(knee), legs), control1: Point(x(start + 0.3 * (knee - start)), chestTop - 0.02 * d),
            control2: Point(x(knee - 0.35 * (knee - start)), legs))
        top.curve(
            to: Point(x(end - 0.3 * d), toes), control1: Point(x(knee + 0.5 * (end - knee)), legs),
            control2: Point(x(end - 0.7 * d), toes))
        top.curve(
            to: Point(x(end), bottom), control1: Point(x(end - 0.05 * d), toes),
            control2: Point(x(end), toes + 0.25 * d))
        var out = pen.path(top)
        var filled = top
        filled.close()
        out = Drawing([PenStroke(path: filled, paint: .fill(PeoplePalette.blanket))]) + out
        var sheet = ink.pen(.bed, ink: Color(hex: 0x8E8E9C))
        let fold = 8 * bed.unit
        out += sheet.polygon(
            [
                Point(x(start), bottom), Point(x(start), chestTop + 0.06 * d), Point(x(start + fold), chestTop + 0.02 * d),
                Point(x(start + fold), bottom),
            ], fill: .solid(PeoplePalette.sheet))
        return out
    }

    /// What they wear that shows over the blanket, on the arm that lies on it: pyjama stripes round the sleeve, a
    /// white plaster cast over the forearm.
    func worn(shoulder: Point, elbow: Point, outfit: Outfit) -> Drawing {
        var out = Drawing()
        if let stripes = outfit.stripes {
            var pen = ink.pen(.props, ink: stripes)
            for (a, b, t) in [(shoulder, elbow, 0.45), (elbow, hand, 0.3), (elbow, hand, 0.65)] {
                let c = a.lerp(to: b, t)
                let dx = b.x - a.x, dy = b.y - a.y
                let len = max((dx * dx + dy * dy).squareRoot(), 0.001)
                let half = body.armWidth * 0.42
                out += pen.line(
                    from: Point(c.x - dy / len * half, c.y + dx / len * half), to: Point(c.x + dy / len * half, c.y - dx / len * half))
            }
        }
        if looks.wears.contains(.armCast) {
            out += ink.limb([elbow.lerp(to: hand, 0.12), elbow.lerp(to: hand, 0.85)], width: body.armWidth * 1.05, color: PeoplePalette.plaster, part: .props)
        }
        return out
    }

    /// A sling over the arm on the blanket: the pale cloth cradling the forearm, its strap up to the neck.
    func sling(elbow: Point) -> Drawing {
        var strapPen = ink.pen(.props)
        let neck = Point(x(blanketStart - 0.15 * d), chestTop + 0.05 * d)
        var out = ink.limb([Point(hand.x, hand.y - 0.1 * d), neck], width: 0.16 * d, color: PeoplePalette.sling, part: .props)
        let cloth = [
            Point(elbow.x, elbow.y - 0.2 * d), Point(hand.x, hand.y - 0.22 * d),
            Point(hand.x, hand.y + 0.2 * d), Point(elbow.x, elbow.y + 0.22 * d),
        ]
        out += strapPen.path(Smooth.closed(cloth), fill: .solid(PeoplePalette.sling))
        return out
    }

    /// Floating marks rise above the pillow, clear of the blanket and the arm on it.
    static func marksLift(_ headSide: Double) -> (x: Double, y: Double) {
        (-headSide * 0.2, -0.8)
    }

    /// The box the lying figure takes, for `FigureArtist.size`: centred on `feet`, its bottom on the mattress.
    static func size(_ looks: PersonLooks, plan: BodyPlan) -> Size {
        let body = body(looks, plan: plan)
        let bed = BedGeometry(feet: Point(0, 0), height: plan.adultHeight, headSide: -1)
        let cut = HairCut.drawn(for: looks, lying: true)
        var top = cut.top, half = max(cut.halfWidth, 1.2)
        for w in Headwear.worn(by: looks, lying: true) {
            top = max(top, w.top(hairTop: cut.top))
            half = max(half, w.halfWidth)
        }
        let d = body.head, rx = body.headRadiusX, ry = body.headRadiusY
        let center = headCenter(body, bed: bed)
        let centerY = center.y
        // The head is tilted a little, so its reach is taken round the whole of it.
        let reach = max(top, half) * max(rx, ry)
        let headTop = -centerY + reach
        let marks = -centerY + (FeelingMarks.reachUp - marksLift(-1).y) * ry
        let left = -center.x + max(reach, (FeelingMarks.reachX + 0.2) * rx)
        let right = center.x + lengthInBed(looks.age) * bed.unit + 0.3 * d
        return Size(width: 2 * max(left, right), height: max(headTop, marks, bed.mattress.magnitude + 0.62 * d))
    }
}

/// Where the scene's bed picture (`Assets/pictures/bed.svg`, 100 × 80 units: headboard on the left, pillow,
/// mattress under a blanket, footboard) lies round a lying figure's `feet`.
///
/// Scenes draw the bed in a box `FigureArtist.bedHeight × height` tall and wider than the bed, so the picture fits
/// the box's height; its 100 × 80 view box gains a 2.5-unit margin for the pen on every side, so one unit is
/// `bedHeight × height / 85`.
/// `feet` is the middle of the box, 55% of the way down (the bed's x = 50, y = 44.25).
struct BedGeometry {
    var feet: Point
    /// Points per unit of the bed picture.
    var unit: Double
    var headSide: Double

    init(feet: Point, height: Double, headSide: Double) {
        self.feet = feet
        unit = FigureArtist.bedHeight * height / 85
        self.headSide = headSide
    }

    /// The middle of the pillow.
    var pillow: Point {
        let c = Point(feet.x + (28 - 50) * unit, feet.y + (41.5 - 44.25) * unit)
        return headSide < 0 ? c : Point(2 * feet.x - c.x, c.y)
    }

    /// The top of the mattress (the bed's blanket), as a page y.
    var mattress: Double { feet.y + (42 - 44.25) * unit }
}

import HearthGeometry

/// Where a wheelchair's parts sit under a seated figure: big wheels either side, seat, footplate and casters.
///
/// The chair is drawn front-on with the wheels slightly turned towards the reader, so they read as wheels, and
/// the hands rest on the handrims: the chair is the person's own and they drive it.
struct WheelchairGeometry: Hashable, Sendable {
    var feet: Point
    var seatHeight: Double
    var footplateHeight: Double
    var wheelRadius: Double
    var wheelRadiusX: Double
    /// Distance from the middle to each big wheel's hub.
    var wheelOffset: Double
    var casterRadius: Double
    var casterOffset: Double
    /// Top of the push handles behind the shoulders, and their distance from the middle.
    var handleHeight: Double
    var handleOffset: Double

    init(plan: BodyPlan, feet: Point) {
        self.feet = feet
        let t = plan.stature
        seatHeight = 0.27 * t
        footplateHeight = 0.05 * t
        wheelRadius = 0.2 * t
        wheelRadiusX = 0.5 * wheelRadius
        wheelOffset = plan.hipHalf + 0.4 * plan.legWidth + 0.5 * wheelRadiusX
        casterRadius = 0.05 * t
        casterOffset = plan.stance * 1.1 + 0.5 * plan.legWidth + casterRadius * 0.6
        handleHeight = 0.27 * t + (plan.shoulderHeight - plan.hipHeight) * 1.05
        handleOffset = plan.shoulderHalf * 0.95
    }

    /// The wheel's centre, lifted a little so the tyre's thick line sits on the ground rather than across it.
    func hub(_ side: Double) -> Point {
        Point(feet.x + side * wheelOffset, feet.y - wheelRadius * 1.04)
    }

    /// Where a hand rests on the handrim: near the top of the wheel.
    func rim(_ side: Double) -> Point {
        let c = hub(side)
        return Point(c.x - side * 0.1 * wheelRadiusX, c.y - 0.78 * wheelRadius)
    }

    /// Half the chair's width, wheels included.
    var halfWidth: Double { wheelOffset + wheelRadiusX }
}

/// Where a pair of forearm crutches stands: tips on the ground a little outside the feet, grips at the hands.
struct CrutchGeometry: Hashable, Sendable {
    var feet: Point
    var tipOffset: Double
    var gripHeight: Double
    var gripOffset: Double

    init(plan: BodyPlan, feet: Point) {
        self.feet = feet
        tipOffset = plan.hipHalf + 0.62 * plan.head
        gripOffset = plan.hipHalf + 0.5 * plan.head
        gripHeight = plan.hipHeight - 0.02 * plan.stature
    }

    func tip(_ side: Double) -> Point { Point(feet.x + side * tipOffset, feet.y) }
    func grip(_ side: Double) -> Point { Point(feet.x + side * gripOffset, feet.y - gripHeight) }
}

import Foundation
import HearthGeometry
import HearthModel
import HearthSketch

/// Where the people of one ring of the safety circles stand: each person's figure and the words under it take a
/// box, and every box lies wholly inside its ring's band — crossing neither the ring's inner line nor its outer
/// one — clear of every other box and of the rings' name signs.
///
/// It exists because a ring is round and people are tall: on the sides of a ring a person's width must fit across
/// the band, at its top and bottom their height must, and two people on one side must not stand on each other. So
/// it searches: the largest figure size first, and for each size a few ways of spreading people round the ring
/// (on its left and right sides where it is widest, then further round), sliding each person in or out within the
/// band until their box fits.
struct RingSeats {
    /// One person's place: their feet, the height they are drawn at, the size of their name, and the box that
    /// holds the figure and the words under it.
    struct Seat: Hashable, Sendable {
        var feet: Point
        var height: Double
        var nameSize: Double
        var box: Rect
    }

    /// What a person's box is made of: the figure's own box, and their words.
    struct Sizing {
        /// The figure's width and height when drawn at an adult height of 1 (they grow in proportion).
        var figure: Size
        /// The size the name and the role line under it take together at a name size.
        var words: (Double) -> Size
    }

    var center: Point
    var rx: Double
    var ry: Double
    /// The band, as shares of the radii.
    var inner: Double
    var outer: Double
    /// Space kept from each ring line (its pen width and wobble).
    var clearance: Double
    /// Boxes people must keep out of (the rings' name signs).
    var keepOut: [Rect]
    var unit: Double

    /// Seats for people described by `sizings`, in order round the ring: the largest figures at which they all
    /// fit with names of 9 points or more, else with smaller names. When nothing fits even at the smallest size,
    /// the smallest all-round spread is returned as it is.
    func seats(_ sizings: [Sizing]) -> [Seat] {
        let n = sizings.count
        guard n > 0 else { return [] }
        let band = (outer - inner) * min(rx, ry)
        let spreads = Self.spreads(count: n)
        var last: [Seat] = []
        for names in [[11.0, 10, 9], [8, 7]] {
            var height = min(90 * unit, band * 2.2)
            while height >= 10 * unit {
                for size in names.map({ $0 * unit }) where size <= max(7 * unit, height * 0.3) {
                    for angles in spreads {
                        if let seats = place(sizings, at: angles, height: height, nameSize: size) { return seats }
                    }
                }
                let angles = spreads[spreads.count - 1]
                last = angles.indices.map { seat(sizings[$0], at: angles[$0], t: (inner + outer) / 2, height: height, nameSize: 7 * unit) }
                height *= 0.95
            }
        }
        return last
    }

    /// The ways to spread `n` people round a ring, most preferred first, as angles in degrees (0 at the right, 90
    /// at the bottom): on the left and right sides, close together then further apart (the first that fits is kept at a size, so
    /// people on one side stand as close as their boxes allow, where the ring is widest); round the bottom from one
    /// side to the other; then all round but for the top, where the ring's sign is. Of these, the one that lets
    /// people be drawn largest is used (a tall, narrow ring seats people best at its top and bottom, a wide one
    /// on its sides).
    static func spreads(count n: Int) -> [[Double]] {
        func arc(_ k: Int, centre: Double, spread: Double) -> [Double] {
            k == 1 ? [centre] : (0..<k).map { centre - spread / 2 + spread * Double($0) / Double(k - 1) }
        }
        var out: [[Double]] = []
        func add(_ angles: [Double]) { if !out.contains(angles) { out.append(angles) } }
        let right = (n + 1) / 2, left = n / 2
        let sideSpreads = [16.0, 22, 30, 40, 50, 60].map { min(180, $0 * Double(right - 1)) } + [120, 150, 180]
        for spread in sideSpreads {
            let r = arc(right, centre: 0, spread: spread), l = arc(left, centre: 180, spread: spread)
            // Alternate right and left, so the order written goes round the child.
            var angles: [Double] = []
            for i in 0..<n { angles.append(i % 2 == 0 ? r[i / 2] : l[i / 2]) }
            add(angles)
        }
        // Round the bottom, close together then from side to side and beyond.
        for spread in [40.0 * Double(n - 1), 180, 240] where n > 1 && spread <= 240 {
            add(arc(n, centre: 90, spread: spread))
        }
        if n == 1 { add([90]) }
        for gap in [70.0, 40.0] where n > 1 {
            let step = (360 - gap) / Double(n - 1)
            // Clockwise from just right of the sign: right side, bottom, left side.
            add((0..<n).map { -90 + gap / 2 + step * Double($0) })
        }
        return out
    }

    /// Everyone seated at these angles at this height, or nil when someone's box cannot fit in the band or two
    /// boxes meet.
    func place(_ sizings: [Sizing], at angles: [Double], height: Double, nameSize: Double) -> [Seat]? {
        var seats: [Seat] = []
        let mid = (inner + outer) / 2
        // The middle of the band first, then further in and out.
        let tries = [0.0, -0.06, 0.06, -0.12, 0.12, -0.18, 0.18, -0.24, 0.24, -0.3, 0.3, -0.36, 0.36, -0.42, 0.42].map { mid + $0 * (outer - inner) }
        for (sizing, angle) in zip(sizings, angles) {
            let found = tries.lazy.map { seat(sizing, at: angle, t: $0, height: height, nameSize: nameSize) }.first { fits($0.box) }
            guard let found else { return nil }
            let spaced = found.box.inset(by: -1.5 * unit)
            guard !seats.contains(where: { $0.box.inset(by: -1.5 * unit).intersects(spaced) }) else { return nil }
            seats.append(found)
        }
        return seats
    }

    /// A person with their box centred on the point at `angle`, `t` of the way out along the radii.
    func seat(_ sizing: Sizing, at angle: Double, t: Double, height: Double, nameSize: Double) -> Seat {
        let a = angle * .pi / 180
        let p = Point(center.x + cos(a) * rx * t, center.y + sin(a) * ry * t)
        let figure = Size(width: sizing.figure.width * height, height: sizing.figure.height * height)
        let words = sizing.words(nameSize)
        let w = max(figure.width, words.width)
        let h = figure.height + 1 * unit + words.height
        let box = Rect(x: p.x - w / 2, y: p.y - h / 2, width: w, height: h)
        return Seat(feet: Point(p.x, box.minY + figure.height), height: height, nameSize: nameSize, box: box)
    }

    /// Whether a box lies inside the band, clear of both its lines and of the signs.
    func fits(_ box: Rect) -> Bool {
        Self.inside(box.inset(by: -clearance), center: center, rx: rx * outer, ry: ry * outer)
            && Self.outside(box.inset(by: -clearance), center: center, rx: rx * inner, ry: ry * inner)
            && !keepOut.contains { $0.intersects(box) }
    }

    /// Whether every corner of a box is inside an ellipse (so the whole box is: an ellipse is convex).
    static func inside(_ box: Rect, center c: Point, rx: Double, ry: Double) -> Bool {
        [Point(box.minX, box.minY), Point(box.maxX, box.minY), Point(box.minX, box.maxY), Point(box.maxX, box.maxY)].allSatisfy {
            let dx = ($0.x - c.x) / rx, dy = ($0.y - c.y) / ry
            return dx * dx + dy * dy <= 1
        }
    }

    /// Whether a box stays wholly outside an ellipse: measured with the ellipse stretched to a unit circle, the
    /// box's nearest point to the centre is at least 1 away.
    static func outside(_ box: Rect, center c: Point, rx: Double, ry: Double) -> Bool {
        let x0 = (box.minX - c.x) / rx, x1 = (box.maxX - c.x) / rx
        let y0 = (box.minY - c.y) / ry, y1 = (box.maxY - c.y) / ry
        let nx = min(max(0, x0), x1), ny = min(max(0, y0), y1)
        return nx * nx + ny * ny >= 1
    }
}

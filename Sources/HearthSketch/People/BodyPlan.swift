import HearthLooks

/// A body's measurements for one person at one adult height: how tall, how big the head, how wide the shoulders.
///
/// Everything proportional lives here, so the same looks always give the same body whatever they feel or do,
/// and `FigureArtist.size` can measure a figure without drawing it. Lengths are in points; heights are measured
/// up from the ground.
struct BodyPlan: Hashable, Sendable {
    /// The height the person would have as an adult: the scale everything else is a fraction of.
    var adultHeight: Double
    /// Standing height at this age (for a baby, sitting height).
    var stature: Double
    /// Head height (chin to crown, without hair).
    var head: Double
    /// Half the head's width and height.
    var headRadiusX: Double
    var headRadiusY: Double
    /// Height of the shoulder line and the hip line above the ground, standing.
    var shoulderHeight: Double
    var hipHeight: Double
    /// Half widths of the top at the shoulders and at the hips.
    var shoulderHalf: Double
    var hipHalf: Double
    /// Shoulder to the middle of the hand, and its two parts.
    var armLength: Double
    /// Thickness of arm and leg strokes (clothes included), and the hand's radius.
    var armWidth: Double
    var legWidth: Double
    var handRadius: Double
    /// Half the distance between the ankles, standing.
    var stance: Double

    init(_ looks: PersonLooks, adultHeight h: Double) {
        let age = looks.age
        adultHeight = h
        stature = h * Self.statureFraction(age, years: looks.years)
        head = stature / Self.headsTall(age, years: looks.years)
        let roundness: Double = switch age {
        case .baby: 1.0
        case .toddler: 0.97
        case .child: 0.94
        case .teenager: 0.9
        case .adult, .older: 0.88
        }
        headRadiusY = head / 2
        headRadiusX = head / 2 * roundness
        let d = head
        let neck: Double = switch age {
        case .baby, .toddler: 0.02 * d
        case .child: 0.08 * d
        default: 0.14 * d
        }
        shoulderHeight = stature - d - neck
        hipHeight = stature * Self.legFraction(age)
        let width: Double = switch looks.build {
        case .slim: 0.86
        case .average: 1
        case .broad: 1.2
        }
        let (shoulders, hips): (Double, Double) = switch age {
        case .baby: (0.6, 0.7)
        case .toddler: (0.62, 0.62)
        case .child: (0.64, 0.54)
        case .teenager: (0.7, 0.56)
        case .adult: (0.78, 0.62)
        case .older: (0.76, 0.64)
        }
        shoulderHalf = shoulders * d * width
        hipHalf = hips * d * (width > 1 ? 1.28 : width)
        let reach: Double = switch age {
        case .baby: 0.06
        case .toddler: 0.01
        case .child: 0.02
        default: 0.035
        }
        armLength = shoulderHeight - hipHeight + reach * stature
        let chubby: Double = switch age {
        case .baby: 1.25
        case .toddler: 1.2
        case .child: 1.05
        default: 1
        }
        let thick = width > 1 ? 1.15 : (width < 1 ? 0.9 : 1)
        armWidth = 0.34 * d * chubby * thick
        legWidth = 0.42 * d * chubby * thick
        handRadius = 0.2 * d * (chubby > 1 ? 1.05 : 1)
        stance = hipHalf * 0.55
    }

    /// Height at this age as a share of the adult height.
    static func statureFraction(_ age: AgeGroup) -> Double {
        switch age {
        case .baby: 0.34
        case .toddler: 0.52
        case .child: 0.68
        case .teenager: 0.92
        case .adult: 1
        case .older: 0.95
        }
    }

    /// Height at a growing child's year as a share of the adult height, from growth charts (rounded): 2 years
    /// 0.52, 4 0.60, 6 0.68, 8 0.76, 10 0.83, 12 0.89, 15 0.97, between them in proportion. The stage of life's
    /// own share when the year is not known, or for a baby or a grown-up.
    static func statureFraction(_ age: AgeGroup, years: Int?) -> Double {
        guard let years, [.toddler, .child, .teenager].contains(age) else { return statureFraction(age) }
        return interpolate(Double(years), [(2, 0.52), (4, 0.60), (6, 0.68), (8, 0.76), (10, 0.83), (12, 0.89), (15, 0.97), (18, 1)])
    }

    /// Heads to the height at a growing child's year: the head grows more slowly than the body, so a
    /// twelve-year-old is less big-headed than a six-year-old (picture-book proportions, as `headsTall(_:)`).
    static func headsTall(_ age: AgeGroup, years: Int?) -> Double {
        guard let years, [.toddler, .child, .teenager].contains(age) else { return headsTall(age) }
        return interpolate(Double(years), [(2, 3.5), (4, 4.0), (6, 4.3), (9, 4.6), (12, 5.0), (14, 5.2), (18, 5.6)])
    }

    /// The value at `x` on the line through `points` (in increasing x), held level beyond its ends.
    static func interpolate(_ x: Double, _ points: [(Double, Double)]) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if x <= first.0 { return first.1 }
        if x >= last.0 { return last.1 }
        for (a, b) in zip(points, points.dropFirst()) where x <= b.0 {
            return a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
        }
        return last.1
    }

    /// How many heads make the height: picture-book proportions, a little bigger-headed than life so faces read
    /// on a figure three centimetres tall.
    static func headsTall(_ age: AgeGroup) -> Double {
        switch age {
        case .baby: 2.4
        case .toddler: 3.5
        case .child: 4.3
        case .teenager: 5.2
        case .adult: 5.6
        case .older: 5.7
        }
    }

    /// Hip height as a share of the standing height: legs grow longer with age.
    static func legFraction(_ age: AgeGroup) -> Double {
        switch age {
        case .baby: 0.15
        case .toddler: 0.34
        case .child: 0.42
        case .teenager: 0.46
        case .adult: 0.47
        case .older: 0.46
        }
    }

    /// The pen's scale: 1 for an adult 85 pt tall (three centimetres), the smallest size a figure is drawn at.
    var scale: Double { adultHeight / 85 }
}

import HearthGeometry

/// The hand-drawn pen: turns exact shapes into the wobbly, twice-drawn strokes of the Hearth look.
///
/// It reimplements the idea of rough.js: every segment becomes a slightly bowed, jittered cubic Bézier, drawn
/// a second time with half the jitter, so corners do not quite meet and lines look inked by hand.
///
/// A pen is a value holding a style and a seeded generator, and each drawing call consumes random numbers.
/// So the same style, seed and sequence of calls always gives the same `Drawing`, and **call order matters**:
/// inserting a call changes every later shape. Give each independent part of a picture its own pen, seeded
/// from stable content (`RoughPen(seed: StableHash.seed("three-houses", "mia", "worries"))`), so adding
/// one part does not redraw the others. Within a shape the outline is drawn before its fill, so choosing
/// another fill leaves the shape's outline as it was.
public struct RoughPen: Hashable, Sendable {
    public var style: PenStyle
    public var random: SeededRandom

    public init(style: PenStyle = .standard, seed: UInt32) {
        self.style = style
        self.random = SeededRandom(seed: seed)
    }

    public init(style: PenStyle = .standard, random: SeededRandom) {
        self.style = style
        self.random = random
    }
}

extension RoughPen {
    /// A random amount in `-amount...amount`, scaled by the style's roughness and a `gain`.
    mutating func wobble(_ amount: Double, _ style: PenStyle, gain: Double = 1) -> Double {
        style.roughness * gain * amount * (random.next() * 2 - 1)
    }

    /// `p` moved by up to `amount` on each axis, scaled like `wobble`.
    mutating func nudge(_ p: Point, _ amount: Double, _ style: PenStyle, gain: Double = 1) -> Point {
        let dx = wobble(amount, style, gain: gain)
        return Point(p.x + dx, p.y + wobble(amount, style, gain: gain))
    }

    /// The style for a closed shape of this size: damped when small, if the style asks for that.
    func shapeStyle(for size: Size) -> PenStyle {
        style.dampsSmallShapes ? style.damped(for: size) : style
    }

    /// Whether to draw a second pass; with no roughness it would retrace the first exactly.
    static func passes(_ style: PenStyle, filling: Bool) -> Int {
        (filling ? style.multiStrokeFill : style.multiStroke) && style.roughness > 0 ? 2 : 1
    }

    /// Ops stroked with the style's ink, or nothing when there are no ops.
    static func inked(_ ops: [PathOp], _ style: PenStyle) -> Drawing {
        guard !ops.isEmpty else { return Drawing() }
        return Drawing([PenStroke(path: Path(ops), paint: .stroke(width: style.strokeWidth, color: style.ink))])
    }
}

import HearthGeometry
import HearthSketch
import Testing

struct DeterminismTests {
    /// A little of everything the pen draws, in a fixed order.
    static func scene(_ pen: inout RoughPen) -> Drawing {
        pen.line(from: Point(0, 0), to: Point(120, 40))
            + pen.rectangle(Rect(x: 10, y: 10, width: 80, height: 60), fill: .hachure(.black))
            + pen.ellipse(center: Point(50, 50), radiusX: 30, radiusY: 20, fill: .solid(.white))
            + pen.curve(through: [Point(0, 0), Point(30, 20), Point(60, 0), Point(90, 30)])
            + pen.arc(center: Point(40, 40), radiusX: 20, radiusY: 10, start: 0.3, end: 2.8)
            + pen.path(Path.rect(Rect(x: 0, y: 0, width: 40, height: 40)), fill: .crossHatch(.black))
    }

    @Test func sameSeedSameDrawing() {
        var a = RoughPen(seed: StableHash.seed("three-houses", "mia", "worries"))
        var b = RoughPen(seed: StableHash.seed("three-houses", "mia", "worries"))
        #expect(Self.scene(&a) == Self.scene(&b))
        #expect(a == b)
    }

    @Test func differentSeedsDiffer() {
        var a = RoughPen(seed: 1)
        var b = RoughPen(seed: 2)
        #expect(Self.scene(&a) != Self.scene(&b))
    }

    @Test func callOrderMatters() {
        var a = RoughPen(seed: 7)
        var b = RoughPen(seed: 7)
        let box = Rect(x: 0, y: 0, width: 50, height: 50)
        _ = a.line(from: .zero, to: Point(10, 10))
        let afterLine = a.rectangle(box)
        let first = b.rectangle(box)
        #expect(afterLine != first)
    }

    @Test func fillDoesNotChangeTheOutline() {
        var plain = RoughPen(seed: 11)
        var filled = RoughPen(seed: 11)
        let box = Rect(x: 0, y: 0, width: 60, height: 40)
        let outline = plain.rectangle(box)
        let withFill = filled.rectangle(box, fill: .hachure(.black))
        #expect(withFill.strokes.last == outline.strokes.last)
    }
}

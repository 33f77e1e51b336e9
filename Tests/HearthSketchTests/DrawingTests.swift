import HearthGeometry
import HearthSketch
import Testing

struct DrawingTests {
    static let dot = PenStroke(
        path: Path([.move(Point(1, 2)), .line(Point(3, 4))]), paint: .stroke(width: 2, color: .black))
    static let patch = PenStroke(path: Path.rect(Rect(x: 0, y: 0, width: 10, height: 10)), paint: .fill(.white))

    @Test func dumpIsRoundedAndHasNoNegativeZero() {
        let drawing = Drawing([
            PenStroke(
                path: Path([.move(Point(-0.001, 1.006)), .curve(Point(-1.234, 0), Point(2, 3), Point(4, 5)), .close]),
                paint: .stroke(width: 1.5, color: Color(hex: 0x2B2B33))),
            PenStroke(path: Path([.line(Point(0.5, -0.0))]), paint: .fill(Color(hex: 0xFFCC00, alpha: 0.5))),
        ])
        #expect(drawing.dump() == """
            stroke 1.50 #2b2b33
              M 0.00 1.01
              C -1.23 0.00 2.00 3.00 4.00 5.00
              Z
            fill #ffcc00 alpha 0.50
              L 0.50 0.00

            """)
        #expect(drawing.dump(decimals: 0).contains("M 0 1"))
    }

    @Test func concatenationKeepsPaintingOrder() {
        let a = Drawing([Self.patch]), b = Drawing([Self.dot])
        #expect((a + b).strokes == [Self.patch, Self.dot])
        var c = a
        c += b
        #expect(c == a + b)
    }

    @Test func boundsCoverInkIncludingLineWidth() {
        #expect(Drawing().bounds == nil)
        #expect(Drawing([Self.dot]).bounds == Rect(x: 0, y: 1, width: 4, height: 4))
        #expect(Drawing([Self.patch, Self.dot]).bounds == Rect(x: 0, y: 0, width: 10, height: 10))
    }

    @Test func transformMovesPointsAndScalesWidths() {
        let moved = Drawing([Self.dot]).transformed(scale: 2, offset: Point(10, 0))
        #expect(moved.strokes[0].path.ops == [.move(Point(12, 4)), .line(Point(16, 8))])
        #expect(moved.strokes[0].paint == .stroke(width: 4, color: .black))
        let kept = Drawing([Self.dot]).transformed(scale: 2, offset: .zero, scalingWidths: false)
        #expect(kept.strokes[0].paint == .stroke(width: 2, color: .black))
    }

    @Test func fillsComeBeforeOutlines() {
        var pen = RoughPen(seed: 3)
        let box = Rect(x: 0, y: 0, width: 60, height: 40)
        for fill in [Fill.solid(.white), .hachure(.black), .crossHatch(.black)] {
            let drawing = pen.rectangle(box, fill: fill)
            #expect(drawing.strokes.count == 2)
            #expect(drawing.strokes.last?.paint == .stroke(width: 2, color: PenStyle.defaultInk))
        }
    }
}

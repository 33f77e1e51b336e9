import HearthGeometry
import HearthSketch
import Testing

struct CurveAndPathTests {
    @Test func curvePassesNearItsPoints() {
        let points = [Point(0, 0), Point(40, 30), Point(80, 0), Point(120, 30)]
        for seed in UInt32(1)...30 {
            var pen = RoughPen(seed: seed)
            let passes = pen.curve(through: points).strokes[0].path.subpaths
            #expect(passes.count == 2)
            for pass in passes {
                let through = onCurvePoints(pass)
                #expect(through.count == points.count)
                for (p, q) in zip(through, points) { #expect(p.distance(to: q) < 2) }
            }
        }
    }

    @Test func exactCurveGoesThroughEveryPoint() {
        let points = [Point(0, 0), Point(40, 30), Point(80, 0), Point(120, 30)]
        var pen = RoughPen(style: .precise, seed: 1)
        let path = pen.curve(through: points).strokes[0].path
        #expect(onCurvePoints(path.ops) == points)
    }

    @Test func twoPointCurveIsALineAndFewerIsNothing() {
        var pen = RoughPen(seed: 1)
        #expect(pen.curve(through: [Point(0, 0)]).isEmpty)
        #expect(pen.curve(through: [Point(0, 0), Point(10, 0)]).strokes[0].path.subpaths.count == 2)
    }

    @Test func exactPathKeepsItsGeometry() {
        var source = Path()
        source.move(to: Point(0, 0))
        source.line(to: Point(50, 0))
        source.curve(to: Point(50, 50), control1: Point(70, 10), control2: Point(70, 40))
        source.close()
        var pen = RoughPen(style: .precise, seed: 1)
        let subpaths = pen.path(source).strokes[0].path.subpaths
        #expect(subpaths.count == 3)
        #expect(subpaths[1] == [.move(Point(50, 0)), .curve(Point(70, 10), Point(70, 40), Point(50, 50))])
        #expect(ends(subpaths[2])?.end == Point(0, 0))
    }

    @Test func roughPathDrawsEachPieceTwice() {
        var source = Path()
        source.move(to: Point(0, 0))
        source.line(to: Point(80, 0))
        source.curve(to: Point(80, 80), control1: Point(120, 20), control2: Point(120, 60))
        source.close()
        var pen = RoughPen(seed: 8)
        let drawing = pen.path(source, fill: .solid(.white))
        #expect(drawing.strokes.count == 2)
        #expect(drawing.strokes[0].paint == .fill(.white))
        #expect(drawing.strokes[0].path.ops.count == source.ops.count)
        #expect(drawing.strokes[1].path.subpaths.count == 6)
    }

    @Test func emptyPathDrawsNothing() {
        var pen = RoughPen(seed: 1)
        #expect(pen.path(Path(), fill: .solid(.black)).isEmpty)
    }
}

import HearthGeometry
import HearthSketch
import Testing

struct LineTests {
    @Test(arguments: [5.0, 50, 300, 800], [1.0, 2.5])
    func endsStayWithinTheOffset(length: Double, roughness: Double) {
        let style = PenStyle(roughness: roughness)
        let a = Point(20, 30), b = Point(20 + length * 0.6, 30 + length * 0.8)
        // Each axis moves independently, by at most maxRandomnessOffset × roughness.
        let limit = style.maxRandomnessOffset * roughness + 1e-9
        for seed in UInt32(1)...60 {
            var pen = RoughPen(style: style, seed: seed)
            let subpaths = pen.line(from: a, to: b).strokes[0].path.subpaths
            #expect(subpaths.count == 2)
            for subpath in subpaths {
                guard let (start, end) = ends(subpath) else { Issue.record("empty pass"); continue }
                #expect(abs(start.x - a.x) <= limit && abs(start.y - a.y) <= limit)
                #expect(abs(end.x - b.x) <= limit && abs(end.y - b.y) <= limit)
            }
        }
    }

    @Test func shortLinesJitterProportionallyLess() {
        let a = Point(0, 0), b = Point(4, 0)
        for seed in UInt32(1)...60 {
            var pen = RoughPen(seed: seed)
            for subpath in pen.line(from: a, to: b).strokes[0].path.subpaths {
                guard let (start, end) = ends(subpath) else { continue }
                // A tenth of the 4 pt length, not the 2 pt maximum.
                #expect(start.distance(to: a) <= 0.4 * 2.squareRoot() + 1e-9)
                #expect(end.distance(to: b) <= 0.4 * 2.squareRoot() + 1e-9)
            }
        }
    }

    @Test func roughnessZeroDrawsExactlyStraightLines() {
        var pen = RoughPen(style: PenStyle(roughness: 0), seed: 5)
        let a = Point(10, 10), b = Point(130, 70)
        let subpaths = pen.line(from: a, to: b).strokes[0].path.subpaths
        #expect(subpaths.count == 1)
        guard let subpath = subpaths.first, case .move(let start) = subpath[0],
            case .curve(let c1, let c2, let end) = subpath[1]
        else {
            Issue.record("expected a move and a curve")
            return
        }
        #expect(start == a)
        #expect(end == b)
        for c in [c1, c2] {
            let cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
            let t = ((c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y)) / (a.distance(to: b) * a.distance(to: b))
            #expect(abs(cross) < 1e-9)
            #expect(t >= 0 && t <= 1)
        }
    }

    @Test func roughnessZeroRectangleKeepsItsCorners() {
        var pen = RoughPen(style: .precise, seed: 5)
        let rect = Rect(x: 10, y: 20, width: 100, height: 50)
        let corners = [Point(10, 20), Point(110, 20), Point(110, 70), Point(10, 70)]
        let subpaths = pen.rectangle(rect).strokes[0].path.subpaths
        #expect(subpaths.count == 4)
        for (i, subpath) in subpaths.enumerated() {
            let pieceEnds = ends(subpath)
            #expect(pieceEnds?.start == corners[i])
            #expect(pieceEnds?.end == corners[(i + 1) % 4])
        }
    }

    @Test func rectangleInkStaysNearTheRect() {
        let rect = Rect(x: 40, y: 60, width: 300, height: 180)
        for seed in UInt32(1)...40 {
            var pen = RoughPen(seed: seed)
            guard let ink = pen.rectangle(rect).bounds else {
                Issue.record("no ink")
                continue
            }
            // Worst case on the 300 pt sides: bow 2.4 + jitter 1.6 + half the 2 pt line.
            #expect(abs(ink.minX - rect.minX) <= 5)
            #expect(abs(ink.minY - rect.minY) <= 5)
            #expect(abs(ink.maxX - rect.maxX) <= 5)
            #expect(abs(ink.maxY - rect.maxY) <= 5)
        }
    }

    @Test func polylineDrawsEverySegmentTwice() {
        var pen = RoughPen(seed: 9)
        let points = [Point(0, 0), Point(40, 10), Point(80, 0), Point(120, 30)]
        #expect(pen.polyline(points).strokes[0].path.subpaths.count == 6)
        var single = RoughPen(style: PenStyle(multiStroke: false), seed: 9)
        #expect(single.polyline(points).strokes[0].path.subpaths.count == 3)
    }

    @Test func preservedVerticesStayPut() {
        var pen = RoughPen(style: PenStyle(preserveVertices: true), seed: 4)
        let a = Point(0, 0), b = Point(90, 45)
        for subpath in pen.line(from: a, to: b).strokes[0].path.subpaths {
            #expect(ends(subpath)?.start == a)
            #expect(ends(subpath)?.end == b)
        }
    }

    @Test func smallShapesAreDamped() {
        let style = PenStyle.standard
        #expect(style.damped(for: Size(width: 100, height: 40)).roughness == 1)
        #expect(style.damped(for: Size(width: 30, height: 12)).roughness == 0.5)
        #expect(style.damped(for: Size(width: 6, height: 6)).roughness == 1.0 / 3)
    }
}

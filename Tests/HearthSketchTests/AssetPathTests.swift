import Foundation
import HearthGeometry
import HearthSketch
import Testing

/// Path data and shapes read to exact coordinates, checked by hand.
struct AssetPathTests {
    func p(_ x: Double, _ y: Double) -> Point { Point(x, y) }

    @Test func linesAbsoluteAndRelative() throws {
        #expect(try AssetFixtures.path("M10 20 L30 40 l5 -5 H50 h-10 V0 v7 Z").ops == [
            .move(p(10, 20)), .line(p(30, 40)), .line(p(35, 35)), .line(p(50, 35)), .line(p(40, 35)),
            .line(p(40, 0)), .line(p(40, 7)), .close,
        ])
    }

    @Test func extraPairsAfterAMoveAreLines() throws {
        #expect(try AssetFixtures.path("M1 2 3 4 5 6").ops == [.move(p(1, 2)), .line(p(3, 4)), .line(p(5, 6))])
        #expect(try AssetFixtures.path("m1 2 3 4 5 6").ops == [.move(p(1, 2)), .line(p(4, 6)), .line(p(9, 12))])
    }

    @Test func relativeMoveAfterCloseStartsFromTheSubpathStart() throws {
        #expect(try AssetFixtures.path("M10 10 l10 0 l0 10 z m5 5 l1 1").ops == [
            .move(p(10, 10)), .line(p(20, 10)), .line(p(20, 20)), .close, .move(p(15, 15)), .line(p(16, 16)),
        ])
    }

    @Test func numbersRunTogether() throws {
        #expect(try AssetFixtures.path("M1.5.5L-1-2l.5e1,1E-1").ops == [
            .move(p(1.5, 0.5)), .line(p(-1, -2)), .line(p(4, -1.9)),
        ])
    }

    @Test func cubicsAndSmoothCubics() throws {
        #expect(try AssetFixtures.path("M0 0 C10 0 20 10 20 20 S30 40 40 40 s10 0 10 10").ops == [
            .move(p(0, 0)), .curve(p(10, 0), p(20, 10), p(20, 20)),
            // S reflects the previous second control point (20,10) about (20,20): (20,30).
            .curve(p(20, 30), p(30, 40), p(40, 40)),
            // Reflect (30,40) about (40,40): (50,40); relative points from (40,40).
            .curve(p(50, 40), p(50, 40), p(50, 50)),
        ])
        // S with no cubic before it uses the current point as its first control point.
        #expect(try AssetFixtures.path("M0 0 L10 0 S20 10 30 0").ops[2] == .curve(p(10, 0), p(20, 10), p(30, 0)))
        #expect(try AssetFixtures.path("M0 0 c1 2 3 4 5 6").ops[1] == .curve(p(1, 2), p(3, 4), p(5, 6)))
    }

    @Test func quadraticsBecomeEqualCubics() throws {
        // Q from (0,0) via (30,30) to (60,0): controls two thirds of the way to (30,30).
        #expect(try AssetFixtures.path("M0 0 Q30 30 60 0").ops[1] == .curve(p(20, 20), p(40, 20), p(60, 0)))
        // T reflects (30,30) about (60,0) to (90,-30); from (60,0) to (120,0).
        #expect(try AssetFixtures.path("M0 0 Q30 30 60 0 T120 0").ops[2] == .curve(p(80, -20), p(100, -20), p(120, 0)))
        #expect(try AssetFixtures.path("M0 0 q30 30 60 0 t60 0").ops[2] == .curve(p(80, -20), p(100, -20), p(120, 0)))
    }

    func near(_ a: Point, _ b: Point, _ tolerance: Double = 1e-9) -> Bool { a.distance(to: b) < tolerance }

    @Test func arcsBecomeQuarterCurves() throws {
        // A half circle of radius 10 from (0,0) to (20,0), sweeping clockwise on the page (over the top, y < 0).
        let ops = try AssetFixtures.path("M0 0 A10 10 0 0 1 20 0").ops
        #expect(ops.count == 3)
        guard case .curve(let c1, let c2, let mid) = ops[1], case .curve(_, _, let end) = ops[2] else {
            Issue.record("expected two curves")
            return
        }
        let k = 4.0 / 3.0 * tan(Double.pi / 8) * 10
        #expect(near(mid, p(10, -10)))
        #expect(near(c1, p(0, -k)))
        #expect(near(c2, p(10 - k, -10)))
        #expect(end == p(20, 0))
        // The other sweep goes under: through (10, 10).
        guard case .curve(_, _, let under) = try AssetFixtures.path("M0 0 A10 10 0 0 0 20 0").ops[1] else {
            Issue.record("expected a curve")
            return
        }
        #expect(near(under, p(10, 10)))
    }

    @Test func arcFlagsMayRunTogetherAndRadiiGrowToFit() throws {
        // Radius 1 cannot span 20: it is scaled up to 10, giving the same half circle.
        #expect(try AssetFixtures.path("M0 0 a1 1 0 0120 0").ops == AssetFixtures.path("M0 0 A10 10 0 0 1 20 0").ops)
        // A large arc of a circle of radius 10 from (0,0) to (10,10) takes three quarters: three curves.
        #expect(try AssetFixtures.path("M0 0 A10 10 0 1 1 10 10").ops.count == 4)
        // A zero radius is a straight line; an arc to where it starts is nothing.
        #expect(try AssetFixtures.path("M0 0 A0 5 0 0 1 20 0").ops == [.move(p(0, 0)), .line(p(20, 0))])
        #expect(try AssetFixtures.path("M0 0 A5 5 0 0 1 0 0 L1 1").ops == [.move(p(0, 0)), .line(p(1, 1))])
    }

    @Test func rotatedArcKeepsItsEnds() throws {
        let ops = try AssetFixtures.path("M10 10 A20 10 30 1 0 40 25").ops
        guard case .curve(_, _, let last) = ops.last else {
            Issue.record("expected a curve")
            return
        }
        #expect(last == p(40, 25))
    }

    @Test func basicShapes() throws {
        let picture = try AssetFixtures.parse(AssetFixtures.svg("""
              <rect class="wall" x="10" y="20" width="30" height="40"/>
              <line class="line" x1="1" y1="2" x2="3" y2="4"/>
              <polyline class="line" points="0,0 10,0 10,10"/>
              <polygon class="red" points="0 0 10 0 10 10"/>
              <circle class="red" cx="50" cy="50" r="5"/>
              <ellipse class="red" cx="50" cy="50" rx="5" ry="3"/>
              <rect class="wall" width="40" height="10" rx="8"/>
            """))
        let s = picture.shapes
        #expect(s[0].path == Path.rect(Rect(x: 10, y: 20, width: 30, height: 40)))
        #expect(s[1].path.ops == [.move(p(1, 2)), .line(p(3, 4))])
        #expect(s[2].path.ops == [.move(p(0, 0)), .line(p(10, 0)), .line(p(10, 10))])
        #expect(s[3].path.ops == [.move(p(0, 0)), .line(p(10, 0)), .line(p(10, 10)), .close])
        #expect(s[4].outline == .ellipse(center: p(50, 50), radiusX: 5, radiusY: 5))
        #expect(s[5].outline == .ellipse(center: p(50, 50), radiusX: 5, radiusY: 3))
        #expect(s[5].path.bounds == Rect(x: 45, y: 47, width: 10, height: 6))
        // rx alone rounds both ways, limited to half the height.
        #expect(s[6].path.bounds == Rect(x: 0, y: 0, width: 40, height: 10))
        #expect(s[6].path.ops.first == .move(p(8, 0)))
        #expect(s[6].path.ops.contains(.line(p(40, 5))))
    }

    @Test func transformsApplyInsideOut() throws {
        let picture = try AssetFixtures.parse(AssetFixtures.svg("""
              <g transform="translate(10, 20)">
                <rect class="wall" transform="scale(2)" width="5" height="5"/>
                <circle class="red" transform="scale(2 3)" r="1"/>
                <line class="line" transform="rotate(90)" x2="10"/>
                <line class="line" transform="rotate(90 5 0)" x2="10"/>
              </g>
            """))
        let s = picture.shapes
        #expect(s[0].path.bounds == Rect(x: 10, y: 20, width: 10, height: 10))
        #expect(s[1].outline == .ellipse(center: p(10, 20), radiusX: 2, radiusY: 3))
        guard case .line(let end) = s[2].path.ops[1], case .move(let start) = s[3].path.ops[0] else {
            Issue.record("expected lines")
            return
        }
        #expect(near(end, p(10, 30)))
        #expect(near(start, p(15, 15)))
    }

    @Test func paintFromClass() throws {
        let picture = try AssetFixtures.parse(AssetFixtures.svg("""
              <circle class="wall" r="1"/>
              <circle class="roof hatch" r="1"/>
              <circle class=" cross   glass thin" r="1"/>
              <circle class="line" r="1"/>
              <circle class="line blue" r="1"/>
            """))
        let paints = picture.shapes.map(\.paint)
        let wall = try #require(AssetPalette.colour(named: "wall"))
        let roof = try #require(AssetPalette.colour(named: "roof"))
        let glass = try #require(AssetPalette.colour(named: "glass"))
        let blue = try #require(AssetPalette.colour(named: "blue"))
        #expect(paints[0] == AssetPaint(fill: .solid(wall.fill)))
        #expect(paints[1] == AssetPaint(fill: .hachure(roof.pen)))
        #expect(paints[2] == AssetPaint(fill: .crossHatch(glass.pen), isThin: true))
        #expect(paints[3] == AssetPaint(fill: nil))
        #expect(paints[4] == AssetPaint(fill: nil, ink: blue.pen))
    }

    @Test func paletteNamesAreDistinctAndMany() {
        let names = AssetPalette.names
        #expect(Set(names).count == names.count)
        #expect(names.count >= 16)
        for word in ["line", "hatch", "cross", "thin"] { #expect(!names.contains(word)) }
    }
}

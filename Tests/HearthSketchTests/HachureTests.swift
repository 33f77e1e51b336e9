import Foundation
import HearthGeometry
import HearthSketch
import Testing

struct HachureTests {
    static let shapes: [(String, [Point])] = [
        ("rectangle", [Point(10, 10), Point(210, 10), Point(210, 130), Point(10, 130)]),
        ("house", [Point(20, 80), Point(110, 10), Point(200, 80), Point(200, 200), Point(20, 200)]),
        ("l-shape", [Point(0, 0), Point(60, 0), Point(60, 100), Point(160, 100), Point(160, 160), Point(0, 160)]),
        ("star", (0..<10).map { k in
            let angle = Double(k) * .pi / 5 - .pi / 2
            let r = k % 2 == 0 ? 100.0 : 40
            return Point(120 + r * cos(angle), 120 + r * sin(angle))
        }),
    ]

    /// The hatch lines of a filled polygon: the first stroke, which is the fill.
    static func hatchPasses(_ drawing: Drawing, weight: Double) -> [[PathOp]] {
        guard let fill = drawing.strokes.first, case .stroke(let width, _) = fill.paint, width == weight else {
            Issue.record("the fill should come first, stroked at fillWeight")
            return []
        }
        return fill.path.subpaths
    }

    @Test(arguments: shapes.indices, [-41.0, 0, 90, 30])
    func hatchesStayInsideTheShape(shape: Int, angle: Double) {
        let (name, points) = Self.shapes[shape]
        let polygon = Polygon(points)
        let style = PenStyle()
        // A hatch end sits on the outline, then moves by at most the offset on each axis.
        let tolerance = style.maxRandomnessOffset * style.roughness * 2.squareRoot() + 1e-9
        for seed in UInt32(1)...20 {
            var pen = RoughPen(style: style, seed: seed)
            let drawing = pen.polygon(points, fill: .hachure(.black, angle: angle))
            let passes = Self.hatchPasses(drawing, weight: style.fillWeight)
            #expect(passes.count >= 4, "\(name) has too few hatches")
            for pass in passes {
                guard let (start, end) = ends(pass) else { continue }
                #expect(polygon.contains(start, tolerance: tolerance), "\(name) \(start)")
                #expect(polygon.contains(end, tolerance: tolerance), "\(name) \(end)")
            }
        }
    }

    @Test(arguments: shapes.indices)
    func exactHatchesCoverOnlyTheInside(shape: Int) {
        let (name, points) = Self.shapes[shape]
        let polygon = Polygon(points)
        var pen = RoughPen(style: .precise, seed: 1)
        let style = PenStyle.precise
        let passes = Self.hatchPasses(pen.polygon(points, fill: .crossHatch(.black)), weight: style.fillWeight)
        #expect(!passes.isEmpty)
        for pass in passes {
            guard let (start, end) = ends(pass) else { continue }
            #expect(polygon.contains(start, tolerance: 1e-6), "\(name)")
            #expect(polygon.contains(end, tolerance: 1e-6), "\(name)")
            // Ends on the outline and the middle inside: each hatch spans one stretch of the inside.
            #expect(polygon.contains(start.lerp(to: end, 0.5)), "\(name)")
        }
    }

    @Test func hatchesFollowTheGapAndAngle() {
        let square = [Point(0, 0), Point(100, 0), Point(100, 100), Point(0, 100)]
        var pen = RoughPen(style: .precise, seed: 1)
        let passes = Self.hatchPasses(pen.polygon(square, fill: .hachure(.black, angle: 0, gap: 10)), weight: 1)
        #expect(passes.count == 10)
        for pass in passes {
            guard let (start, end) = ends(pass) else { continue }
            #expect(abs(start.y - end.y) < 1e-9)
            #expect(abs(end.x - start.x - 100) < 1e-9)
        }
    }

    @Test func holesInAPathStayEmpty() {
        var path = Path.rect(Rect(x: 0, y: 0, width: 100, height: 100))
        path.append(Path.rect(Rect(x: 30, y: 30, width: 40, height: 40)))
        var pen = RoughPen(style: .precise, seed: 1)
        let drawing = pen.path(path, fill: .hachure(.black))
        let hole = Rect(x: 30, y: 30, width: 40, height: 40).inset(by: 1e-6)
        #expect(drawing.strokes.count == 2)
        for pass in drawing.strokes[0].path.subpaths {
            guard let (start, end) = ends(pass) else { continue }
            #expect(!hole.contains(start.lerp(to: end, 0.5)))
        }
    }

    @Test func tinyShapesGetOneCentredHatch() {
        var pen = RoughPen(style: .precise, seed: 1)
        let sliver = [Point(0, 0), Point(50, 0), Point(50, 3), Point(0, 3)]
        let passes = Self.hatchPasses(pen.polygon(sliver, fill: .hachure(.black, angle: 0, gap: 10)), weight: 1)
        #expect(passes.count == 1)
        #expect(passes.first.flatMap(ends)?.start.y == 1.5)
    }
}

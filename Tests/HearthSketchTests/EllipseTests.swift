import Foundation
import HearthGeometry
import HearthSketch
import Testing

struct EllipseTests {
    /// How far a subpath turns around `center`, adding up the angle between consecutive points it passes through.
    static func sweep(_ subpath: [PathOp], around center: Point) -> Double {
        let angles = onCurvePoints(subpath).map { atan2($0.y - center.y, $0.x - center.x) }
        return zip(angles, angles.dropFirst()).reduce(0) { total, pair in
            var turn = pair.1 - pair.0
            if turn > .pi { turn -= 2 * .pi }
            if turn < -.pi { turn += 2 * .pi }
            return total + turn
        }
    }

    @Test func firstPassOvershootsItsStartSecondDoesNot() {
        let center = Point(100, 100)
        for seed in UInt32(1)...40 {
            var pen = RoughPen(seed: seed)
            let passes = pen.ellipse(center: center, radiusX: 60, radiusY: 40).strokes[0].path.subpaths
            #expect(passes.count == 2)
            guard passes.count == 2 else { continue }
            let first = Self.sweep(passes[0], around: center)
            let second = Self.sweep(passes[1], around: center)
            #expect(first > 2 * .pi + 0.1, "seed \(seed): \(first)")
            #expect(abs(second - 2 * .pi) < 0.1, "seed \(seed): \(second)")
        }
    }

    @Test func startsAtDifferentAngles() {
        let starts = (UInt32(1)...10).compactMap { seed -> Double? in
            var pen = RoughPen(seed: StableHash.seed("eye", String(seed)))
            let first = pen.circle(center: .zero, radius: 50).strokes[0].path.subpaths.first
            return first.flatMap(ends).map { atan2($0.start.y, $0.start.x) }
        }
        #expect(Set(starts.map { ($0 * 100).rounded() }).count > 5)
    }

    @Test func staysNearItsRadii() {
        for seed in UInt32(1)...30 {
            var pen = RoughPen(seed: seed)
            guard let ink = pen.ellipse(center: Point(0, 0), radiusX: 80, radiusY: 50).bounds else { continue }
            // 5% radius jitter (4 pt), 1.5 pt point jitter, half the line, plus the spline's control points.
            #expect(abs(ink.maxX - 80) < 8 && abs(ink.minX + 80) < 8)
            #expect(abs(ink.maxY - 50) < 7 && abs(ink.minY + 50) < 7)
        }
    }

    @Test func roughnessZeroIsOneClosedRing() {
        var pen = RoughPen(style: PenStyle(roughness: 0), seed: 1)
        let path = pen.circle(center: Point(10, 10), radius: 30).strokes[0].path
        #expect(path.subpaths.count == 1)
        #expect(path.ops.last == .close)
        for p in onCurvePoints(path.ops) {
            #expect(abs(p.distance(to: Point(10, 10)) - 30) < 1e-9)
        }
    }

    @Test func solidFillComesFirstAndIsClosed() {
        var pen = RoughPen(seed: 2)
        let drawing = pen.ellipse(center: Point(0, 0), radiusX: 40, radiusY: 30, fill: .solid(.white))
        #expect(drawing.strokes.count == 2)
        #expect(drawing.strokes[0].paint == .fill(.white))
        #expect(drawing.strokes[0].path.subpaths.count == 1)
        #expect(drawing.strokes[0].path.ops.last == .close)
        #expect(drawing.strokes[1].paint == .stroke(width: 2, color: PenStyle.defaultInk))
    }

    @Test func smallCirclesStayRound() {
        for seed in UInt32(1)...30 {
            var pen = RoughPen(seed: seed)
            let path = pen.circle(center: .zero, radius: 3).strokes[0].path
            for p in onCurvePoints(path.ops) { #expect(p.distance(to: .zero) < 4.5) }
        }
    }

    @Test func arcsRunFromStartToEnd() {
        let center = Point(0, 0)
        for seed in UInt32(1)...30 {
            var pen = RoughPen(seed: seed)
            let smile = pen.arc(center: center, radiusX: 40, radiusY: 40, start: 0.3, end: .pi - 0.3)
            let passes = smile.strokes[0].path.subpaths
            #expect(passes.count == 2)
            for pass in passes {
                guard let (_, end) = ends(pass) else { continue }
                let sweep = Self.sweep(pass, around: center)
                #expect(abs(sweep - (.pi - 0.6)) < 0.3, "seed \(seed): \(sweep)")
                // Smiles curve downwards on the page: the end is below the centre.
                #expect(end.y > 0)
            }
        }
    }

    @Test func emptyArcDrawsNothing() {
        var pen = RoughPen(seed: 1)
        #expect(pen.arc(center: .zero, radiusX: 10, radiusY: 10, start: 1, end: 1).isEmpty)
    }
}

import Foundation
import HearthGeometry
import HearthModel
import HearthSketch

/// The little picture in each house's sky: a rain cloud for worries, a sun for good things, a star for dreams.
struct Motif {
    var kind: House
    var box: Rect
    var unit: Double
    var seed: UInt32

    var drawing: Drawing {
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.7 * unit, maxRandomnessOffset: 1.2 * unit), seed: seed)
        let s = min(box.width, box.height * 1.4)
        let c = Point(box.minX + s * 0.5, box.minY + box.height * 0.5)
        switch kind {
        case .worries: return cloud(&pen, center: c, width: s * 0.82)
        case .goodThings: return sun(&pen, center: c, radius: min(s * 0.2, box.height * 0.28))
        case .dreams: return star(&pen, center: c, radius: min(s * 0.3, box.height * 0.45))
        }
    }

    func cloud(_ pen: inout RoughPen, center c: Point, width w: Double) -> Drawing {
        let h = w * 0.42
        let left = c.x - w / 2, right = c.x + w / 2, base = c.y + h * 0.2
        // A flat base and three bumps of different sizes, drawn as one outline so no inner lines show.
        var p = Path([.move(Point(left + h * 0.2, base))])
        p.curve(to: Point(left + w * 0.22, base - h * 0.45), control1: Point(left - h * 0.25, base), control2: Point(left, base - h * 0.55))
        p.curve(to: Point(left + w * 0.62, base - h * 0.62), control1: Point(left + w * 0.26, base - h * 1.25), control2: Point(left + w * 0.58, base - h * 1.3))
        p.curve(to: Point(right - h * 0.2, base), control1: Point(right - w * 0.02, base - h * 0.95), control2: Point(right + h * 0.35, base - h * 0.1))
        p.close()
        var out = pen.path(p, fill: .solid(Palette.cloud))
        var rain = RoughPen(style: PenStyle(strokeWidth: 1.6 * unit, roughness: 0.5, ink: Palette.rain), seed: seed &+ 3)
        for i in 0..<3 {
            let x = left + w * (0.28 + 0.22 * Double(i))
            let y = base + h * 0.22 + (i == 1 ? h * 0.18 : 0)
            out.append(rain.line(from: Point(x, y), to: Point(x - h * 0.08, y + h * 0.28)))
        }
        return out
    }

    func sun(_ pen: inout RoughPen, center c: Point, radius r: Double) -> Drawing {
        var out = Drawing()
        var rays = RoughPen(style: PenStyle(strokeWidth: 1.8 * unit, roughness: 0.6, ink: Palette.sunRays), seed: seed &+ 5)
        for i in 0..<8 {
            let a = Double(i) * .pi / 4 + 0.2
            out.append(rays.line(
                from: Point(c.x + cos(a) * r * 1.35, c.y + sin(a) * r * 1.35),
                to: Point(c.x + cos(a) * r * 1.8, c.y + sin(a) * r * 1.8)))
        }
        out.append(pen.circle(center: c, radius: r, fill: .solid(Palette.sun)))
        return out
    }

    func star(_ pen: inout RoughPen, center c: Point, radius r: Double) -> Drawing {
        let points = (0..<10).map { i -> Point in
            let a = -Double.pi / 2 + Double(i) * .pi / 5
            let rr = i % 2 == 0 ? r : r * 0.45
            return Point(c.x + cos(a) * rr, c.y + sin(a) * rr)
        }
        var out = pen.polygon(points, fill: .solid(Palette.star))
        var sparkle = RoughPen(style: PenStyle(strokeWidth: 1.3 * unit, roughness: 0.4, ink: Palette.sunRays), seed: seed &+ 9)
        let s = Point(c.x + r * 1.25, c.y + r * 0.55)
        out.append(sparkle.line(from: Point(s.x - r * 0.18, s.y), to: Point(s.x + r * 0.18, s.y)))
        out.append(sparkle.line(from: Point(s.x, s.y - r * 0.18), to: Point(s.x, s.y + r * 0.18)))
        return out
    }
}

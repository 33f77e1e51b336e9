import Foundation
import HearthGeometry

/// Hair in ten clearly different shapes, drawn in two layers: what hangs behind the head and body (long hair,
/// an afro's cloud, a bun, a ponytail), and what sits on the head in front (the cap of hair, fringes, braids).
///
/// Shapes are written in head units (`HeadFrame`), so the same haircut fits a toddler and a grandparent.
struct HairArt {
    var head: HeadFrame
    var ink: FigureInk
    var cut: HairCut
    var colour: Color
    /// The side a ponytail swings to.
    var side: Double
    /// Lying on a pillow: nothing hangs down.
    var lying: Bool

    /// Points on the head's circle scaled by `r`, from angle `a` to `b` (radians, y down; π is the left side).
    static func ring(_ r: Double, _ a: Double, _ b: Double, _ n: Int, bumps: Double = 0) -> [(Double, Double)] {
        (0..<n).map { k in
            let t = a + (b - a) * Double(k) / Double(n - 1)
            let rr = r * (1 + (k % 2 == 0 ? 0 : bumps))
            return (rr * cos(t), rr * sin(t))
        }
    }

    func shape(_ uv: [(Double, Double)]) -> Path {
        Smooth.closed(head.points(uv))
    }

    func back() -> Drawing {
        var pen = ink.pen(.hair)
        let fill = Fill.solid(colour)
        switch cut {
        case .long:
            let bottom = 2.3
            let uv: [(Double, Double)] = [
                (0, -1.12), (0.85, -0.85), (1.2, -0.2), (1.3, 0.7), (1.34, 1.6), (1.12, bottom), (0.5, bottom - 0.08),
                (-0.5, bottom - 0.08), (-1.12, bottom), (-1.34, 1.6), (-1.3, 0.7), (-1.2, -0.2), (-0.85, -0.85),
            ]
            return pen.path(shape(uv), fill: fill)
        case .bob:
            let uv: [(Double, Double)] = [
                (0, -1.13), (0.85, -0.85), (1.2, -0.2), (1.24, 0.5), (1.22, 1.0), (0.6, 1.02), (-0.6, 1.02),
                (-1.22, 1.0), (-1.24, 0.5), (-1.2, -0.2), (-0.85, -0.85),
            ]
            return pen.path(shape(uv), fill: fill)
        case .curly:
            return pen.path(shape(Self.ring(1.22, 0.76 * .pi, 2.24 * .pi, 17, bumps: 0.13) + [(0.4, 0.95), (-0.4, 0.95)]), fill: fill)
        case .afro:
            let cloud = (0..<22).map { k -> (Double, Double) in
                let t = Double(k) / 22 * 2 * .pi
                let r = k % 2 == 0 ? 1.0 : 0.965
                return (1.72 * r * cos(t), -0.32 + 1.5 * r * sin(t))
            }
            return pen.path(shape(cloud), fill: fill)
        case .bun:
            let bun = head.p(0, -1.24)
            return pen.ellipse(center: bun, radiusX: head.len(0.44), radiusY: head.len(0.4), fill: fill)
        case .ponytail:
            let s = side
            let tail: [(Double, Double)] = [
                (s * 0.6, -1.0), (s * 1.25, -0.98), (s * 1.7, -0.55), (s * 1.86, 0.25), (s * 1.74, 1.05),
                (s * 1.5, 1.32), (s * 1.4, 0.55), (s * 1.22, -0.1), (s * 0.92, -0.45),
            ]
            var out = pen.path(shape(tail), fill: fill)
            var tie = ink.pen(.hairFront)
            out += tie.circle(center: head.p(s * 1.08, -0.72), radius: head.len(0.15), fill: .solid(PeoplePalette.folder))
            return out
        default:
            return Drawing()
        }
    }

    func front() -> Drawing {
        var pen = ink.pen(.hairFront)
        let fill = Fill.solid(colour)
        switch cut {
        case .none: return Drawing()
        case .short:
            let uv = Self.ring(1.1, 0.97 * .pi, 2.03 * .pi, 9) + [
                (0.97, 0.05), (0.86, -0.32), (0.5, -0.5), (0.12, -0.58), (-0.3, -0.46), (-0.72, -0.42), (-0.97, 0.05),
            ]
            return pen.path(shape(uv), fill: fill)
        case .long:
            let drop = lying ? 1.0 : 1.95
            let uv = [(-0.95, drop + 0.12), (-1.3, drop), (-1.24, 1.0), (-1.18, 0.3)]
                + Self.ring(1.14, 1.05 * .pi, 1.95 * .pi, 9) + [
                    (1.18, 0.3), (1.24, 1.0), (1.3, drop), (0.95, drop + 0.12), (0.7, drop - 0.05), (0.74, 1.0),
                    (0.84, 0.4), (0.8, -0.05), (0.66, -0.32), (0.3, -0.52), (0.04, -0.66), (-0.25, -0.48),
                    (-0.66, -0.32), (-0.8, -0.05), (-0.84, 0.4), (-0.74, 1.0), (-0.7, drop - 0.05),
                ]
            return pen.path(shape(uv), fill: fill)
        case .bob:
            let uv = [(-1.16, 0.85), (-1.16, 0.3)] + Self.ring(1.13, 1.05 * .pi, 1.95 * .pi, 9) + [
                (1.16, 0.3), (1.16, 0.85), (0.84, 0.8), (0.82, 0.1), (0.74, -0.3), (0.35, -0.28), (0, -0.3), (-0.35, -0.28), (-0.74, -0.3),
                (-0.82, 0.1), (-0.84, 0.8),
            ]
            return pen.path(shape(uv), fill: fill)
        case .curly:
            let line: [(Double, Double)] = [
                (0.97, 0.12), (0.8, -0.3), (0.55, -0.44), (0.3, -0.36), (0.05, -0.5), (-0.22, -0.38), (-0.5, -0.5),
                (-0.78, -0.32), (-0.97, 0.12),
            ]
            return hairline(&pen, line, fill: fill)
        case .afro:
            let line: [(Double, Double)] = [
                (0.98, 0.1), (0.86, -0.3), (0.5, -0.46), (0, -0.5), (-0.5, -0.46), (-0.86, -0.3), (-0.98, 0.1),
            ]
            return hairline(&pen, line, fill: fill)
        case .spiky:
            let tips = (0..<11).map { k -> (Double, Double) in
                let t = 0.97 * .pi + 1.06 * .pi * Double(k) / 10
                let r = k % 2 == 1 ? 1.42 : 1.06
                return (r * cos(t), r * sin(t))
            }
            let line: [(Double, Double)] = [
                (0.96, 0.02), (0.74, -0.45), (0.52, -0.34), (0.28, -0.55), (0.04, -0.4), (-0.2, -0.56), (-0.44, -0.38),
                (-0.7, -0.5), (-0.96, 0.02),
            ]
            return pen.polygon(head.points(tips + line), fill: fill)
        case .ponytail, .bun:
            let uv = Self.ring(1.08, 0.97 * .pi, 2.03 * .pi, 9) + [
                (0.96, 0.05), (0.84, -0.42), (0.45, -0.64), (0, -0.7), (-0.45, -0.64), (-0.84, -0.42), (-0.96, 0.05),
            ]
            return pen.path(shape(uv), fill: fill)
        case .braids:
            return braids(&pen, fill: fill)
        case .babyTuft:
            return ink.limb(
                head.points([(-0.12, -0.96), (0.0, -1.2), (0.22, -1.22), (0.24, -1.06), (0.1, -1.02)]),
                width: head.len(0.12), color: colour, part: .hairFront)
        case .babyCurls:
            let uv = Self.ring(1.06, 1.1 * .pi, 1.9 * .pi, 9, bumps: 0.1) + [
                (0.72, -0.6), (0.35, -0.7), (0, -0.64), (-0.35, -0.7), (-0.72, -0.6),
            ]
            return pen.path(shape(uv), fill: fill)
        }
    }

    /// Hair over the top of the head where a mass of hair behind it already makes the outline: the colour, and
    /// the ink of the hairline only, so no second outline shows inside the hair.
    func hairline(_ pen: inout RoughPen, _ line: [(Double, Double)], fill: Fill) -> Drawing {
        let cap = Self.ring(1.1, 0.97 * .pi, 2.03 * .pi, 9) + line
        return pen.path(shape(cap), fill: fill).fillsOnly + pen.curve(through: head.points(line))
    }

    /// A cap of hair with a centre parting, and box braids hanging either side of the face with bright beads.
    func braids(_ pen: inout RoughPen, fill: Fill) -> Drawing {
        let uv = Self.ring(1.08, 0.97 * .pi, 2.03 * .pi, 9) + [
            (0.96, 0.08), (0.8, -0.36), (0.45, -0.55), (0.05, -0.68), (-0.05, -0.68), (-0.45, -0.55), (-0.8, -0.36),
            (-0.96, 0.08),
        ]
        var out = pen.path(shape(uv), fill: fill)
        var lines = ink.finePen(.hairFront)
        out += lines.line(from: head.p(0, -0.68), to: head.p(0, -1.06))
        guard !lying else { return out }
        let width = head.len(0.17)
        var bead = ink.finePen(.hairFront)
        for (k, (u0, u1, length)) in [(0.86, 0.9, 2.15), (1.02, 1.12, 2.3), (1.18, 1.34, 2.05)].enumerated() {
            for s in [-1.0, 1.0] {
                let strand = head.points([(s * u0, -0.25 + 0.1 * Double(k)), (s * (u0 + u1) / 2, length / 2), (s * u1, length)])
                out += ink.limb(strand, width: width, color: colour, part: .hairFront)
                if let end = strand.last {
                    out += bead.circle(center: end, radius: head.len(0.09), fill: .solid(PeoplePalette.folder))
                }
            }
        }
        return out
    }
}

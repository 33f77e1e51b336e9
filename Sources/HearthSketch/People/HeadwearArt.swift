import HearthGeometry
import HearthLooks

/// Hijab, turban, kippah, cap, police hat and judge's wig, each drawn to sit on the head as worn: the hijab
/// covers hair and neck and frames the face, the turban wraps the top of the head, the kippah lies flat on the back of the crown.
struct HeadwearArt {
    var head: HeadFrame
    var ink: FigureInk
    var colour: Color
    var hairTop: Double
    /// The side a cap's brim points to.
    var side: Double
    var lying: Bool

    /// The hijab's drape, drawn over the shoulders and under the face.
    func hijabDrape() -> Drawing {
        var pen = ink.pen(.covering)
        // Lying on a pillow, the scarf frames the face and tucks under the chin.
        let uv: [(Double, Double)] = lying ? [
            (0, -1.24), (0.8, -1.02), (1.22, -0.32), (1.3, 0.36), (1.0, 0.8), (0, 0.92), (-1.0, 0.8), (-1.3, 0.36),
            (-1.22, -0.32), (-0.8, -1.02),
        ] : [
            (0, -1.24), (0.8, -1.02), (1.22, -0.32), (1.32, 0.5), (1.36, 1.2), (1.55, 2.15), (1.0, 2.45),
            (0, 2.57), (-1.0, 2.45), (-1.55, 2.15), (-1.36, 1.2), (-1.32, 0.5), (-1.22, -0.32), (-0.8, -1.02),
        ]
        var out = pen.path(Smooth.closed(head.points(uv)), fill: .solid(colour))
        guard !lying else { return out }
        var fold = ink.finePen(.covering)
        out += fold.curve(through: head.points([(-0.7, 1.28), (0, 1.5), (0.75, 1.3)]))
        return out
    }

    /// The face left open by a hijab: a slightly smaller oval than the head.
    func hijabFace(skin: Color) -> Drawing {
        var pen = ink.pen(.head)
        return pen.ellipse(center: head.p(0, 0.08), radiusX: head.radiusX * 0.86, radiusY: head.radiusY * 0.92, fill: .solid(skin))
    }

    func draw(_ wear: Headwear) -> Drawing {
        var pen = ink.pen(.covering)
        switch wear {
        case .hijab: return Drawing()
        case .turban(let police): return turban(&pen, police: police)
        case .kippah: return kippah(&pen)
        case .cap: return cap(&pen)
        case .policeHat: return policeHat(&pen)
        case .judgeWig: return judgeWig(&pen)
        }
    }

    /// A kippah: a flat, wide cap lying on the back of the crown, so from the front only a shallow dome shows over
    /// the hair, with a woven band round its rim.
    func kippah(_ pen: inout RoughPen) -> Drawing {
        let t = hairTop
        let lower: [(Double, Double)] = [(0.8, -t * 0.76), (0.42, -t * 0.93), (0, -t * 0.98), (-0.42, -t * 0.93), (-0.8, -t * 0.76)]
        let upper: [(Double, Double)] = [(-0.5, -t - 0.12), (0, -t - 0.19), (0.5, -t - 0.12)]
        var out = pen.path(Smooth.closed(head.points(lower + upper)), fill: .solid(colour))
        // A woven band just inside the rim, and a few stitches of pattern on the crown.
        let light = colour.tint(0.55)
        var band = ink.finePen(.covering, width: max(ink.feature * 0.9, head.len(0.045)), ink: light)
        out += band.curve(through: head.points([(-0.66, -t * 0.82 - 0.03), (-0.33, -t * 0.94 - 0.04), (0, -t * 0.98 - 0.045), (0.33, -t * 0.94 - 0.04), (0.66, -t * 0.82 - 0.03)]))
        var dots = ink.finePen(.covering, width: ink.feature * 0.5)
        for u in [-0.36, 0.0, 0.36] {
            out += dots.circle(center: head.p(u, -t - (u == 0 ? 0.1 : 0.05)), radius: head.len(0.035), fill: .solid(light)).fillsOnly
        }
        return out
    }

    func turban(_ pen: inout RoughPen, police: Bool) -> Drawing {
        let uv: [(Double, Double)] = [
            (-1.08, -0.24), (-1.2, -0.7), (-0.98, -1.22), (-0.45, -1.54), (0, -1.6), (0.45, -1.54), (0.98, -1.22),
            (1.2, -0.7), (1.08, -0.24), (0.55, -0.5), (0, -0.6), (-0.55, -0.5),
        ]
        let fill = police ? PeoplePalette.police : colour
        var out = pen.path(Smooth.closed(head.points(uv)), fill: .solid(fill))
        var folds = ink.finePen(.covering, width: ink.outline * 0.8)
        out += folds.curve(through: head.points([(-1.12, -0.62), (-0.55, -0.8), (0.05, -0.64)]))
        out += folds.curve(through: head.points([(1.12, -0.86), (0.5, -1.08), (-0.3, -1.42)]))
        if police {
            out += chequer(lower: [(-1.06, -0.32), (-0.55, -0.54), (0, -0.62), (0.55, -0.54), (1.06, -0.32)], height: 0.24)
        }
        return out
    }

    func cap(_ pen: inout RoughPen) -> Drawing {
        let top = max(1.16, hairTop * 0.96)
        let s = side == 0 ? 1 : side
        let brim: [(Double, Double)] = [
            (s * 0.2, -0.56), (s * 1.2, -0.62), (s * 1.64, -0.5), (s * 1.55, -0.38), (s * 0.9, -0.4), (s * 0.3, -0.46),
        ]
        var out = pen.path(Smooth.closed(head.points(brim)), fill: .solid(colour.tint(0.15)))
        let dome: [(Double, Double)] = [
            (-1.08, -0.42), (-1.0, -0.8), (-0.6, -top * 0.92), (0, -top), (0.6, -top * 0.92), (1.0, -0.8),
            (1.08, -0.42), (0.5, -0.55), (-0.5, -0.55),
        ]
        out += pen.path(Smooth.closed(head.points(dome)), fill: .solid(colour))
        var seam = ink.finePen(.covering)
        out += seam.curve(through: head.points([(0, -top), (s * 0.12, -0.8), (s * 0.1, -0.56)]))
        return out
    }

    func policeHat(_ pen: inout RoughPen) -> Drawing {
        let crown: [Point] = head.points([(-1.08, -0.72), (-1.36, -1.42), (1.36, -1.42), (1.08, -0.72)])
        var out = pen.polygon(crown, fill: .solid(PeoplePalette.police))
        out += chequer(lower: [(-1.1, -0.7), (0, -0.7), (1.1, -0.7)], height: 0.3)
        var peak = Path([.move(head.p(-1.08, -0.7))])
        peak.line(to: head.p(1.08, -0.7))
        peak.curve(to: head.p(-1.08, -0.7), control1: head.p(0.8, -0.36), control2: head.p(-0.8, -0.36))
        peak.close()
        out += pen.path(peak, fill: .solid(Color(hex: 0x23232B)))
        var badge = ink.finePen(.covering)
        out += badge.circle(center: head.p(0, -1.18), radius: head.len(0.13), fill: .solid(PeoplePalette.metal))
        return out
    }

    /// A band of black and white squares above the line through `lower` (head units), `height` tall.
    func chequer(lower: [(Double, Double)], height: Double) -> Drawing {
        var cells = Drawing()
        var pen = ink.finePen(.covering, width: ink.outline * 0.6)
        let n = 8
        func at(_ t: Double, _ up: Double) -> Point {
            let x = t * Double(lower.count - 1)
            let i = min(Int(x), lower.count - 2)
            let f = x - Double(i)
            let u = lower[i].0 + (lower[i + 1].0 - lower[i].0) * f
            let v = lower[i].1 + (lower[i + 1].1 - lower[i].1) * f
            return head.p(u, v - up)
        }
        for k in 0..<n {
            for row in 0..<2 {
                let t0 = Double(k) / Double(n), t1 = Double(k + 1) / Double(n)
                let h0 = height * Double(row) / 2, h1 = height * Double(row + 1) / 2
                let white = (k + row) % 2 == 0
                let quad = [at(t0, h0), at(t1, h0), at(t1, h1), at(t0, h1)]
                cells += Drawing([PenStroke(path: Path.polygon(quad), paint: .fill(white ? .white : Color(hex: 0x23232B)))])
            }
        }
        let outline = [at(0, 0), at(1, 0), at(1, height), at(0, height)]
        return cells + pen.polygon(outline)
    }

    /// A judge's short wig: a pale curly top and rolled curls over the ears.
    func judgeWig(_ pen: inout RoughPen) -> Drawing {
        let uv = HairArt.ring(1.16, 0.96 * .pi, 2.04 * .pi, 13, bumps: 0.05) + [
            (0.96, -0.05), (0.8, -0.4), (0.4, -0.56), (0, -0.6), (-0.4, -0.56), (-0.8, -0.4), (-0.96, -0.05),
        ]
        var out = pen.path(Smooth.closed(head.points(uv)), fill: .solid(PeoplePalette.wig))
        var curls = ink.finePen(.covering)
        for u in [-0.5, 0.0, 0.5] {
            out += curls.arc(center: head.p(u, -0.82), radiusX: head.len(0.16), radiusY: head.len(0.1), start: 0.1 * .pi, end: 0.9 * .pi)
        }
        for s in [-1.0, 1.0] {
            for (k, v) in [-0.02, 0.26, 0.54].enumerated() {
                let u = s * (1.08 + 0.03 * Double(k))
                out += pen.ellipse(center: head.p(u, v), radiusX: head.len(0.27), radiusY: head.len(0.15), fill: .solid(PeoplePalette.wig))
            }
        }
        return out
    }
}

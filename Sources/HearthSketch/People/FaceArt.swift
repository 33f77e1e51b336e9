import HearthGeometry
import HearthModel

/// A face that says one feeling plainly: eyes, eyebrows, mouth and cheeks, drawn in the head's own coordinates so
/// they tilt and turn with it.
///
/// Every feeling differs from every other in at least two features, and in the pose too, so a child reads it on a
/// figure three centimetres tall.
struct FaceArt {
    var head: HeadFrame
    var ink: FigureInk
    var feeling: Feeling
    var talking: Bool
    /// The side raised eyebrows and tilted heads favour (-1 left, +1 right).
    var side: Double

    func cheeks() -> Drawing {
        let colour: Color
        switch feeling {
        case .happy, .loved: colour = PeoplePalette.blush
        case .angry: colour = PeoplePalette.angryCheeks
        case .poorly: colour = PeoplePalette.poorlyCheeks
        default: return Drawing()
        }
        var pen = ink.finePen(.face)
        var out = Drawing()
        for s in [-1.0, 1.0] {
            out += pen.ellipse(
                center: head.f(s * 0.64, 0.42), radiusX: head.len(0.14), radiusY: head.len(0.09),
                fill: .solid(colour)
            ).fillsOnly
        }
        return out
    }

    func features() -> Drawing {
        var pen = ink.finePen(.face)
        return eyes(&pen) + brows(&pen) + nose(&pen) + mouth(&pen)
    }

    func eyes(_ pen: inout RoughPen) -> Drawing {
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let u = s * 0.36, v = 0.04
            switch feeling {
            case .scared:
                var thin = pen
                thin.style.strokeWidth = ink.feature * 0.75
                out += thin.ellipse(
                    center: head.f(u, v - 0.02), radiusX: head.len(0.17), radiusY: head.len(0.2),
                    fill: .solid(PeoplePalette.eyeWhite))
                pen.random = thin.random
                out += pen.circle(center: head.f(u, v), radius: head.len(0.075), fill: .solid(pen.style.ink))
            case .calm:
                out += pen.arc(
                    center: head.f(u, v + 0.08), radiusX: head.len(0.15), radiusY: head.len(0.12),
                    start: 1.15 * .pi, end: 1.85 * .pi)
            case .asleep:
                out += pen.arc(
                    center: head.f(u, v - 0.04), radiusX: head.len(0.15), radiusY: head.len(0.1),
                    start: 0.15 * .pi, end: 0.85 * .pi)
            case .poorly:
                var lid = Path([.move(head.f(u - 0.13, v))])
                lid.curve(to: head.f(u + 0.13, v), control1: head.f(u - 0.12, v + 0.17), control2: head.f(u + 0.12, v + 0.17))
                lid.close()
                out += pen.path(lid, fill: .solid(pen.style.ink))
                out += pen.line(from: head.f(u - 0.17, v - 0.01), to: head.f(u + 0.17, v - 0.01))
            default:
                out += pen.ellipse(
                    center: head.f(u, v), radiusX: head.len(0.1), radiusY: head.len(0.13), fill: .solid(pen.style.ink))
            }
        }
        return out
    }

    /// Outer end, inner end and how much the middle arches, for each side.
    func brow(_ s: Double) -> (outer: Double, inner: Double, arch: Double) {
        switch feeling {
        case .happy, .calm, .loved: (-0.4, -0.4, 0.07)
        case .sad: (-0.3, -0.47, 0)
        case .worried: (-0.33, -0.53, 0.03)
        case .scared: (-0.52, -0.56, 0.1)
        case .angry: (-0.5, -0.26, -0.02)
        case .confused: s == side ? (-0.52, -0.5, 0.12) : (-0.3, -0.31, 0)
        case .poorly: (-0.32, -0.44, 0)
        case .asleep: (-0.36, -0.36, 0.04)
        }
    }

    func brows(_ pen: inout RoughPen) -> Drawing {
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let b = brow(s)
            let outer = head.f(s * 0.6, b.outer), inner = head.f(s * 0.16, b.inner)
            let mid = head.f(s * 0.38, (b.outer + b.inner) / 2 - b.arch)
            out += pen.curve(through: [outer, mid, inner])
        }
        return out
    }

    /// A small nose, left out on small faces where it would only crowd the eyes and mouth.
    func nose(_ pen: inout RoughPen) -> Drawing {
        guard head.radiusY >= 14 else { return Drawing() }
        return pen.arc(center: head.f(0, 0.22), radiusX: head.len(0.07), radiusY: head.len(0.06), start: 0.15 * .pi, end: 0.85 * .pi)
    }

    func mouth(_ pen: inout RoughPen) -> Drawing {
        let open = Fill.solid(PeoplePalette.mouth)
        if talking {
            switch feeling {
            case .happy, .loved, .calm:
                return smile(&pen, width: 0.24, depth: 0.3)
            default:
                return pen.ellipse(center: head.f(0, 0.54), radiusX: head.len(0.14), radiusY: head.len(0.11), fill: open)
            }
        }
        switch feeling {
        case .happy, .loved:
            // Big faces get an open smile; small ones a clean wide curve, which reads better than a tiny shape.
            if head.radiusY >= 14 { return smile(&pen, width: 0.34, depth: 0.32) }
            return pen.arc(center: head.f(0, 0.3), radiusX: head.len(0.3), radiusY: head.len(0.26), start: 0.18 * .pi, end: 0.82 * .pi)
        case .calm:
            return pen.arc(center: head.f(0, 0.36), radiusX: head.len(0.22), radiusY: head.len(0.17), start: 0.25 * .pi, end: 0.75 * .pi)
        case .sad:
            return pen.arc(center: head.f(0, 0.7), radiusX: head.len(0.24), radiusY: head.len(0.17), start: 1.2 * .pi, end: 1.8 * .pi)
        case .angry:
            return pen.arc(center: head.f(0, 0.68), radiusX: head.len(0.27), radiusY: head.len(0.13), start: 1.15 * .pi, end: 1.85 * .pi)
        case .worried, .poorly:
            let w = feeling == .poorly ? 0.2 : 0.27
            return pen.curve(through: [
                head.f(-w, 0.56), head.f(-w / 2, 0.5), head.f(0, 0.56), head.f(w / 2, 0.5), head.f(w, 0.56),
            ])
        case .scared:
            return pen.ellipse(center: head.f(0, 0.56), radiusX: head.len(0.11), radiusY: head.len(0.15), fill: open)
        case .confused:
            return pen.curve(through: [
                head.f(-0.22, 0.58), head.f(-0.06, 0.53), head.f(0.08, 0.57), head.f(0.24, 0.48),
            ])
        case .asleep:
            return pen.ellipse(center: head.f(0, 0.55), radiusX: head.len(0.07), radiusY: head.len(0.08), fill: open)
        }
    }

    /// An open smile: a gentle top edge and a deep round bottom.
    func smile(_ pen: inout RoughPen, width w: Double, depth: Double) -> Drawing {
        let top = 0.4
        var p = Path([.move(head.f(-w, top))])
        p.curve(to: head.f(w, top), control1: head.f(-w / 3, top + 0.06), control2: head.f(w / 3, top + 0.06))
        p.curve(to: head.f(-w, top), control1: head.f(w * 0.9, top + depth), control2: head.f(-w * 0.9, top + depth))
        p.close()
        return pen.path(p, fill: .solid(PeoplePalette.mouth))
    }

    /// Where a speech bubble's tail points.
    var mouthPoint: Point { head.f(0, 0.52) }
}

import Foundation
import HearthGeometry
import HearthLooks

/// A face that says one feeling plainly: eyes, eyebrows, mouth and cheeks, drawn in the head's own coordinates so
/// they tilt and turn with it.
///
/// Every feeling differs from every other in at least two features, and in the pose too, so a child reads it on a
/// figure three centimetres tall. Eyes have whites and a glint, open mouths are dark red with a pink tongue, and on
/// the darker skin tones every ink line gets a light halo: a feeling reads as clearly on a Black child as on a
/// white child, in colour and in black and white.
struct FaceArt {
    var head: HeadFrame
    var ink: FigureInk
    var feeling: Feeling
    var talking: Bool
    /// The side raised eyebrows and tilted heads favour (-1 left, +1 right).
    var side: Double
    var skin: Color = PeoplePalette.skin(.medium)
    /// A beard covers the mouth's skin: the mouth is drawn as coloured lips over it.
    var beard = false

    /// Skin on which the ink of eyes, brows and mouth is too close in tone to read on its own.
    static func needsHalo(_ skin: Color) -> Bool {
        skin.contrast(with: PenStyle.defaultInk) < 3.2
    }

    /// The light rim drawn under the face's ink on darker skin: the skin lifted towards a warm cream, far enough
    /// to be a clear step lighter than the skin (`haloStep` in CIELAB L*), so brows and mouths read on every tone
    /// and in black and white.
    static func halo(for skin: Color) -> Color {
        let cream = Color(hex: 0xFFEBD6)
        var amount = 0.42
        while amount < 0.9, skin.mixed(with: cream, amount).lab.l - skin.lab.l < haloStep { amount += 0.04 }
        return skin.mixed(with: cream, amount)
    }

    /// How much lighter than the skin a halo is, at least (CIELAB L*).
    static let haloStep = 32.0

    func cheeks() -> Drawing {
        let colour: Color
        switch feeling {
        case .happy, .loved, .proud, .safe: colour = PeoplePalette.blush
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
        let eyes = eyes(&pen)
        let brows = brows(&pen), nose = nose(&pen), mouth = mouth(&pen)
        // Eye whites already stand out from any skin; brows and mouth get the halo. The nose says no feeling and
        // goes without, so it stays small on dark skin.
        return eyes + onSkin(brows) + nose + onSkin(mouth)
    }

    /// Ink drawn straight on the skin: haloed where the skin is dark.
    func onSkin(_ drawing: Drawing) -> Drawing {
        Self.needsHalo(skin) ? haloed(drawing) : drawing
    }

    /// The drawing with a light rim under every ink line, so it stands out from dark skin.
    func haloed(_ drawing: Drawing) -> Drawing {
        let colour = Self.halo(for: skin)
        let rim = max(0.3 * ink.feature, 0.22)
        let halo = drawing.strokes.compactMap { stroke -> PenStroke? in
            guard case .stroke(let width, let c) = stroke.paint, c == PenStyle.defaultInk else { return nil }
            return PenStroke(path: stroke.path, paint: .stroke(width: width + 2 * rim, color: colour))
        }
        return Drawing(halo) + drawing
    }

    // MARK: Eyes

    /// How an open eye looks: the size of its white, where the pupil looks, and an upper lid drooping over it.
    struct Eye {
        var white = (rx: 0.15, ry: 0.175)
        var pupil = 1.0
        var look = (u: 0.0, v: 0.0)
        /// The lid's edge, in head units from the eye's centre (nil: wide open), and how much lower its outer end
        /// is than its inner end (sad droops outward, angry slants inward).
        var lid: Double?
        var slant = 0.0
    }

    func eye(for feeling: Feeling, side s: Double) -> Eye? {
        var e = Eye()
        switch feeling {
        case .happy, .confused: break
        case .calm:
            e.pupil = 0.92
        case .sad:
            e.white = (0.16, 0.19); e.look = (0, 0.05); e.lid = -0.1; e.slant = 0.1
        case .worried:
            e.white = (0.16, 0.2); e.pupil = 0.85; e.look = (-side * 0.04, -0.01)
        case .angry:
            e.lid = -0.07; e.slant = -0.1
        case .poorly:
            e.look = (0, 0.04); e.lid = 0.0; e.slant = 0.03
        case .tired:
            // Heavy lids over half the eye, drooping outward.
            e.look = (0, 0.06); e.lid = 0.09; e.slant = 0.08
        case .hungry:
            // Looking up and aside, thinking of food.
            e.look = (side * 0.05, -0.05)
        case .brave:
            // Steady: a level lid just over the top of the eye.
            e.lid = -0.12
        case .proud:
            e.white = (0.15, 0.16); e.lid = -0.13; e.slant = -0.04
        case .lonely:
            // Looking down and away.
            e.white = (0.14, 0.17); e.pupil = 0.9; e.look = (-side * 0.06, 0.06)
        case .safe:
            e.pupil = 0.92; e.lid = -0.11
        case .scared, .asleep, .loved:
            return nil
        }
        return e
    }

    func eyes(_ pen: inout RoughPen) -> Drawing {
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let u = s * 0.36, v = 0.04
            if let e = eye(for: feeling, side: s) {
                out += openEye(&pen, u: u, v: v, side: s, e)
                continue
            }
            switch feeling {
            case .scared:
                // Wide eyes: big whites, thinly rimmed on a big face, and small pupils.
                var thin = pen
                thin.style.strokeWidth = ink.feature * 0.6
                let white = thin.ellipse(
                    center: head.f(u, v - 0.02), radiusX: head.len(0.2), radiusY: head.len(0.23),
                    fill: .solid(PeoplePalette.eyeWhite))
                out += head.radiusY >= 12 ? white : white.fillsOnly
                pen.random = thin.random
                let pupil = head.f(u, v)
                out += pen.circle(center: pupil, radius: head.len(0.085), fill: .solid(pen.style.ink)).fillsOnly
                out += glint(at: pupil)
            case .loved:
                // Closed in contentment: upturned crescents.
                out += onSkin(pen.curve(through: arc(u, v + 0.1, 0.15, 0.13, from: 1.12 * .pi, to: 1.88 * .pi, count: 5)))
            default:
                // Asleep: lids closed, curving down.
                out += onSkin(pen.curve(through: arc(u, v - 0.03, 0.15, 0.1, from: 0.12 * .pi, to: 0.88 * .pi, count: 5)))
            }
            if feeling == .tired { out += onSkin(bag(under: u, v)) }
        }
        return out
    }

    /// A tired eye's bag: a short soft curve under it.
    func bag(under u: Double, _ v: Double) -> Drawing {
        var pen = ink.finePen(.face, width: ink.feature * 0.75)
        return pen.curve(through: arc(u, v + 0.1, 0.13, 0.12, from: 0.2 * .pi, to: 0.8 * .pi, count: 4))
    }

    /// An open eye: a white, the pupil with a glint, and the lid (in skin) over its top when it droops.
    func openEye(_ pen: inout RoughPen, u: Double, v: Double, side s: Double, _ e: Eye) -> Drawing {
        var out = Drawing()
        let white = head.f(u, v)
        out += pen.ellipse(
            center: white, radiusX: head.len(e.white.rx), radiusY: head.len(e.white.ry), fill: .solid(PeoplePalette.eyeWhite)
        ).fillsOnly
        let pc = head.f(u + e.look.u, v + e.look.v + 0.01)
        // The pupil is a filled shape with no outline, so it stays a clean dot on the smallest faces.
        out += pen.ellipse(
            center: pc, radiusX: head.len(0.105 * e.pupil), radiusY: head.len(0.13 * e.pupil), fill: .solid(pen.style.ink)
        ).fillsOnly
        if let lid = e.lid {
            // Inner end towards the nose, outer towards the ear; the outer end lower by `slant`.
            let inner = (u - s * (e.white.rx + 0.03), v + lid - e.slant / 2)
            let outer = (u + s * (e.white.rx + 0.03), v + lid + e.slant / 2)
            let top = v - e.white.ry - 0.06
            let cover = [
                head.f(inner.0, inner.1), head.f(outer.0, outer.1), head.f(outer.0, top), head.f(inner.0, top),
            ]
            out += Drawing([PenStroke(path: Path.polygon(cover), paint: .fill(skin))])
            out += pen.line(from: head.f(inner.0, inner.1), to: head.f(outer.0, outer.1))
        }
        if (e.lid ?? -1) <= -0.1 { out += glint(at: pc) }
        return out
    }

    /// A small light spot on the pupil: the eye looks alive, on every skin tone.
    func glint(at pupil: Point) -> Drawing {
        let r = head.len(0.038)
        guard r > 0.12 else { return Drawing() }
        let c = Point(pupil.x + head.len(0.035), pupil.y - head.len(0.045))
        return Drawing([PenStroke(path: Smooth.closed(Smooth.arc(c, r, r, from: 0, to: 2 * .pi * 5 / 6, count: 6)), paint: .fill(.white))])
    }

    /// Points on an ellipse in the face's own units (tilted and turned with the head).
    func arc(_ cu: Double, _ cv: Double, _ rx: Double, _ ry: Double, from: Double, to: Double, count: Int) -> [Point] {
        (0..<count).map { k in
            let t = from + (to - from) * Double(k) / Double(count - 1)
            return head.f(cu + rx * cos(t), cv + ry * sin(t))
        }
    }

    // MARK: Brows

    /// Outer end, inner end and how much the middle arches, for each side.
    func brow(_ s: Double) -> (outer: Double, inner: Double, arch: Double) {
        switch feeling {
        case .happy, .loved: (-0.42, -0.42, 0.08)
        case .calm: (-0.36, -0.37, 0.05)
        case .sad: (-0.24, -0.5, -0.02)
        case .worried: (-0.44, -0.62, 0.07)
        case .scared: (-0.56, -0.6, 0.1)
        case .angry: (-0.52, -0.24, -0.02)
        case .confused: s == side ? (-0.54, -0.52, 0.12) : (-0.3, -0.31, 0)
        case .poorly: (-0.3, -0.42, 0)
        case .asleep: (-0.34, -0.34, 0.03)
        case .tired: (-0.3, -0.33, 0.02)
        case .hungry: (-0.4, -0.54, 0.05)
        case .brave: (-0.46, -0.38, 0)
        case .proud: (-0.52, -0.5, 0.1)
        case .lonely: (-0.28, -0.46, 0)
        case .safe: (-0.4, -0.41, 0.07)
        }
    }

    func brows(_ pen: inout RoughPen) -> Drawing {
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let b = brow(s)
            // Worried brows knit: their inner ends draw together.
            let innerU = feeling == .worried ? 0.13 : 0.16
            let outer = head.f(s * 0.6, b.outer), inner = head.f(s * innerU, b.inner)
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

    // MARK: Mouth

    func mouth(_ pen: inout RoughPen) -> Drawing {
        if talking {
            switch feeling {
            case .happy, .loved, .proud:
                return smile(&pen, width: 0.24, depth: 0.28)
            case .calm, .safe, .brave:
                // Speaking gently: a small mouth just open, never a grin.
                return smile(&pen, width: 0.15, depth: 0.15, tongue: false)
            default:
                return openMouth(&pen, center: head.f(0, 0.55), rx: 0.14, ry: 0.11)
            }
        }
        switch feeling {
        case .happy:
            return smile(&pen, width: 0.36, depth: 0.36)
        case .loved:
            return smile(&pen, width: 0.28, depth: 0.26)
        case .calm:
            // A soft, closed smile.
            return line(&pen, arc(0, 0.32, 0.24, 0.18, from: 0.22 * .pi, to: 0.78 * .pi, count: 5))
        case .sad:
            // A big down-turned mouth, lower on the face.
            return line(&pen, arc(0, 0.76, 0.29, 0.22, from: 1.14 * .pi, to: 1.86 * .pi, count: 6))
        case .angry:
            return line(&pen, arc(0, 0.7, 0.27, 0.12, from: 1.12 * .pi, to: 1.88 * .pi, count: 5))
        case .worried:
            return line(&pen, [
                head.f(-0.26, 0.58), head.f(-0.13, 0.52), head.f(0, 0.58), head.f(0.13, 0.52), head.f(0.26, 0.58),
            ])
        case .poorly:
            return line(&pen, [head.f(-0.2, 0.6), head.f(-0.07, 0.55), head.f(0.07, 0.59), head.f(0.2, 0.56)])
        case .scared:
            return openMouth(&pen, center: head.f(0, 0.57), rx: 0.12, ry: 0.16)
        case .confused:
            return line(&pen, [
                head.f(-0.22, 0.58), head.f(-0.06, 0.53), head.f(0.08, 0.57), head.f(0.24, 0.48),
            ])
        case .asleep:
            return openMouth(&pen, center: head.f(0, 0.56), rx: 0.07, ry: 0.08)
        case .tired:
            // A yawn: a tall open mouth.
            return openMouth(&pen, center: head.f(0, 0.62), rx: 0.15, ry: 0.21)
        case .hungry:
            // A small round "oh".
            return openMouth(&pen, center: head.f(0, 0.6), rx: 0.1, ry: 0.1)
        case .brave:
            // A steady smile: wide, shallow and closed.
            return line(&pen, arc(0, 0.44, 0.28, 0.11, from: 0.14 * .pi, to: 0.86 * .pi, count: 5))
        case .proud:
            // A big closed smile, corners tucked up.
            return line(&pen, arc(0, 0.3, 0.34, 0.26, from: 0.12 * .pi, to: 0.88 * .pi, count: 6))
        case .lonely:
            // A small mouth turned down: quieter than sad's.
            return line(&pen, arc(0, 0.72, 0.17, 0.1, from: 1.16 * .pi, to: 1.84 * .pi, count: 5))
        case .safe:
            // A soft, content smile.
            return line(&pen, arc(0, 0.36, 0.22, 0.15, from: 0.18 * .pi, to: 0.82 * .pi, count: 5))
        }
    }

    /// A closed mouth along the points: an ink line, or over a beard coloured lips with an ink edge, so no skin
    /// shows through the beard and the mouth still reads.
    func line(_ pen: inout RoughPen, _ points: [Point]) -> Drawing {
        guard beard else { return pen.curve(through: points) }
        return ink.limb(points, width: head.len(0.09), color: PeoplePalette.mouth, part: .face, edge: ink.feature * 0.8)
    }

    /// An open mouth: dark red inside with the ink round it.
    func openMouth(_ pen: inout RoughPen, center: Point, rx: Double, ry: Double) -> Drawing {
        pen.ellipse(center: center, radiusX: head.len(rx), radiusY: head.len(ry), fill: .solid(PeoplePalette.mouthInside))
    }

    /// An open smile: a gentle top edge and a deep round bottom, dark inside with a pink tongue.
    func smile(_ pen: inout RoughPen, width w: Double, depth: Double, tongue: Bool = true) -> Drawing {
        let top = 0.4
        var p = Path([.move(head.f(-w, top))])
        p.curve(to: head.f(w, top), control1: head.f(-w / 3, top + 0.06), control2: head.f(w / 3, top + 0.06))
        p.curve(to: head.f(-w, top), control1: head.f(w * 0.9, top + depth), control2: head.f(-w * 0.9, top + depth))
        p.close()
        var out = pen.path(p, fill: .solid(PeoplePalette.mouthInside))
        guard tongue, head.len(w) > 2.5 else { return out }
        // The tongue: the lower middle of the mouth, inside its outline.
        var t = Path([.move(head.f(-w * 0.52, top + depth * 0.56))])
        t.curve(to: head.f(w * 0.52, top + depth * 0.56), control1: head.f(-w * 0.2, top + depth * 0.38), control2: head.f(w * 0.2, top + depth * 0.38))
        t.curve(to: head.f(-w * 0.52, top + depth * 0.56), control1: head.f(w * 0.45, top + depth * 0.76), control2: head.f(-w * 0.45, top + depth * 0.76))
        t.close()
        out.strokes.insert(PenStroke(path: t, paint: .fill(PeoplePalette.tongue)), at: max(0, out.strokes.count - 1))
        return out
    }

    /// Where a speech bubble's tail points.
    var mouthPoint: Point { head.f(0, 0.52) }
}

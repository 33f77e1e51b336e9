import Foundation
import HearthGeometry
import HearthLooks

/// The whole head in its layers: hair that hangs behind the body, a hijab's drape over the shoulders, and the
/// head itself (ears, face, beard, hair on top, headwear, glasses, hearing aids).
struct HeadArt {
    var looks: PersonLooks
    var head: HeadFrame
    var ink: FigureInk
    var feeling: Feeling
    var talking: Bool
    /// The side gestures, brims and ponytails favour.
    var side: Double
    var lying: Bool

    var cut: HairCut { HairCut.drawn(for: looks, lying: lying) }
    var headwear: [Headwear] { Headwear.worn(by: looks, lying: lying) }
    var skin: Color { PeoplePalette.skin(looks.skin) }
    var hairColour: Color { PeoplePalette.hair(looks.hairColour) }
    var hijab: Bool { headwear.contains(.hijab) }

    var hair: HairArt {
        HairArt(head: head, ink: ink, cut: cut, colour: hairColour, side: -side, lying: lying)
    }

    var wear: HeadwearArt {
        HeadwearArt(
            head: head, ink: ink, colour: PeoplePalette.headCovering(with: looks.clothes), hairTop: cut.top,
            side: side, lying: lying)
    }

    var face: FaceArt {
        FaceArt(
            head: head, ink: ink, feeling: feeling, talking: talking, side: side, skin: skin,
            beard: looks.beard && looks.age != .baby)
    }

    func behind() -> Drawing { hair.back() }

    func drape() -> Drawing { hijab ? wear.hijabDrape() : Drawing() }

    func front() -> Drawing {
        var out = Drawing()
        var pen = ink.pen(.head)
        if hijab {
            out += wear.hijabFace(skin: skin)
        } else {
            for s in [-1.0, 1.0] {
                out += pen.ellipse(center: head.p(s * 0.97, 0.12), radiusX: head.len(0.17), radiusY: head.len(0.24), fill: .solid(skin))
            }
            out += pen.ellipse(center: head.center, radiusX: head.radiusX, radiusY: head.radiusY, fill: .solid(skin))
        }
        out += face.cheeks()
        if looks.beard && looks.age != .baby { out += beard() }
        out += face.features()
        out += hair.front()
        if feeling == .poorly { out += flannel() }
        for w in headwear { out += wear.draw(w) }
        if looks.glasses { out += glasses() }
        if looks.hearingAid && !hijab { out += hearingAid() }
        return out
    }

    /// A folded flannel across the forehead: the sign of feeling poorly that no child mistakes for anything else.
    func flannel() -> Drawing {
        var pen = ink.pen(.marks)
        let top = hijab ? -0.66 : -0.74, bottom = -0.34
        let cloth = head.points([
            (-0.72, bottom + 0.04), (-0.78, top + 0.06), (-0.3, top - 0.02), (0.3, top), (0.78, top + 0.08),
            (0.72, bottom + 0.06), (0.3, bottom + 0.02), (-0.3, bottom + 0.02),
        ])
        var out = pen.path(Smooth.closed(cloth), fill: .solid(PeoplePalette.flannel))
        var fold = ink.finePen(.marks, width: ink.feature * 0.7, ink: Color(hex: 0x6FA9CC))
        let mid = (top + bottom) / 2
        out += fold.curve(through: head.points([(-0.62, mid + 0.02), (0, mid), (0.62, mid + 0.03)]))
        return out
    }

    /// A full beard and moustache in the hair colour. The mouth is drawn over it (coloured lips, or an open mouth),
    /// never as a hole of skin, which would read as bared teeth.
    func beard() -> Drawing {
        var pen = ink.pen(.beard)
        let outer = head.points([
            (-0.96, 0.02), (-0.9, 0.56), (-0.56, 0.98), (0, 1.14), (0.56, 0.98), (0.9, 0.56), (0.96, 0.02),
            (0.72, 0.3), (0.36, 0.36), (0, 0.32), (-0.36, 0.36), (-0.72, 0.3),
        ])
        return pen.path(Smooth.closed(outer), fill: .solid(hairColour))
    }

    /// Thin frames round clear lenses, the eyes showing through, with a small glint on the glass.
    func glasses() -> Drawing {
        var pen = ink.finePen(.glasses, width: ink.feature * 0.7)
        pen.style.multiStroke = false
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let c = head.f(s * 0.37, 0.04)
            out += pen.circle(center: c, radius: head.len(0.29))
            out += pen.line(from: head.f(s * 0.66, -0.02), to: head.p(s * 0.96, -0.08))
        }
        out += pen.curve(through: [head.f(-0.09, 0.02), head.f(0, -0.04), head.f(0.09, 0.02)])
        if FaceArt.needsHalo(skin) { out = face.haloed(out) }
        var glint = ink.finePen(.glasses, width: ink.feature * 0.55, ink: .white)
        for s in [-1.0, 1.0] {
            let c = head.f(s * 0.37, 0.04), r = head.len(0.2)
            out += glint.arc(center: c, radiusX: r, radiusY: r, start: 1.58 * .pi, end: 1.82 * .pi)
        }
        return out
    }

    /// One small behind-the-ear hearing aid hooked over the ear the reader sees best, its thin tube running into
    /// the ear: small and bright, so it reads as the person's own and not as headphones.
    func hearingAid() -> Drawing {
        let s = head.turn > 0 ? -1.0 : 1.0
        var out = Drawing()
        let body = head.points([(s * 0.99, -0.16), (s * 1.1, -0.13), (s * 1.17, 0.02), (s * 1.17, 0.2)])
        out += ink.limb(body, width: head.len(0.12), color: PeoplePalette.hearingAid, part: .hearingAid, edge: ink.feature * 0.7)
        var tube = ink.finePen(.hearingAid, width: ink.feature * 0.6)
        out += tube.curve(through: head.points([(s * 0.99, -0.16), (s * 0.9, -0.06), (s * 0.92, 0.1)]))
        return out
    }

    /// The head's box, hair and headwear included (long hair below the chin is not face).
    var box: Rect {
        var top = cut.top, half = max(cut.halfWidth, 1.15)
        for w in headwear {
            top = max(top, w.top(hairTop: cut.top))
            half = max(half, w.halfWidth)
        }
        let outline = (0..<24).map { k -> Point in
            let t = Double(k) / 24 * 2 * .pi
            let s = sin(t)
            return head.p(half * cos(t), s * (s < 0 ? top : 1.05))
        }
        var box = Rect(x: outline[0].x, y: outline[0].y, width: 0, height: 0)
        for p in outline { box = box.union(Rect(x: p.x, y: p.y, width: 0, height: 0)) }
        return box
    }
}

import Foundation
import HearthGeometry
import HearthModel

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

    var face: FaceArt { FaceArt(head: head, ink: ink, feeling: feeling, talking: talking, side: side) }

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
        for w in headwear { out += wear.draw(w) }
        if looks.glasses { out += glasses() }
        if looks.hearingAid && !hijab { out += hearingAids() }
        return out
    }

    /// A full beard and moustache in the hair colour, open round the mouth so the mouth still shows.
    func beard() -> Drawing {
        var pen = ink.pen(.beard)
        let outer = head.points([
            (-0.96, 0.02), (-0.9, 0.56), (-0.56, 0.98), (0, 1.14), (0.56, 0.98), (0.9, 0.56), (0.96, 0.02),
            (0.72, 0.3), (0.36, 0.34), (0, 0.3), (-0.36, 0.34), (-0.72, 0.3),
        ])
        var path = Smooth.closed(outer)
        let hole = (0..<10).map { k -> Point in
            let t = Double(k) / 10 * 2 * .pi
            return head.f(0.4 * cos(t), 0.57 + 0.2 * sin(t))
        }
        path.append(Smooth.closed(hole))
        return pen.path(path, fill: .solid(hairColour))
    }

    func glasses() -> Drawing {
        // Thin frames round lenses big enough to show the eyes, with a faint glint of glass.
        var pen = ink.finePen(.glasses, width: ink.feature * 0.6)
        pen.style.multiStroke = false
        var out = Drawing()
        for s in [-1.0, 1.0] {
            out += pen.circle(center: head.f(s * 0.37, 0.04), radius: head.len(0.29), fill: .solid(Color(hex: 0xE4F2FF, alpha: 0.3)))
            out += pen.line(from: head.f(s * 0.64, -0.02), to: head.p(s * 0.96, -0.08))
        }
        out += pen.arc(center: head.f(0, 0.06), radiusX: head.len(0.1), radiusY: head.len(0.07), start: 1.15 * .pi, end: 1.85 * .pi)
        return out
    }

    /// Behind-the-ear hearing aids in a bright colour, hooked over each ear, with the earmould showing.
    func hearingAids() -> Drawing {
        var out = Drawing()
        let colour = Color(hex: 0x8E6CD8)
        for s in [-1.0, 1.0] {
            let hook = head.points([(s * 0.94, -0.14), (s * 1.14, -0.12), (s * 1.2, 0.08), (s * 1.16, 0.3)])
            out += ink.limb(hook, width: head.len(0.15), color: colour, part: .hearingAid, edge: ink.outline * 0.7)
            var pen = ink.finePen(.hearingAid)
            out += pen.circle(center: head.p(s * 0.95, 0.12), radius: head.len(0.07), fill: .solid(colour))
        }
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

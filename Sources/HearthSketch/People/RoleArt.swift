import Foundation
import HearthGeometry
import HearthLooks

/// Role cues that do not rely on stereotype: a social worker's lanyard and folder, a police officer's hi-vis vest
/// and badge (the hat is headwear), a doctor's open white coat and stethoscope, a nurse's blue scrubs with a fob
/// watch, a teacher's open book, a judge's robe bands (the wig is headwear). A foster carer is simply a grown-up,
/// with no cue at all.
struct RoleArt {
    var looks: PersonLooks
    var plan: BodyPlan
    var skeleton: Skeleton
    var ink: FigureInk
    var prop: HeldProp?

    var d: Double { plan.head }
    var cx: Double { skeleton.centerX }
    var ys: Double { skeleton.shoulderY }
    var torso: Double { skeleton.hemY - skeleton.shoulderY }

    /// Clothes details drawn over the top, under the arms.
    func onClothes() -> Drawing {
        guard looks.age != .baby else { return Drawing() }
        switch looks.role {
        case .socialWorker: return lanyard()
        case .police: return vest() + badge()
        case .doctor: return coat() + stethoscope()
        case .nurse: return scrubs()
        case .judge: return bands()
        case .teacher, .fosterCarer, nil: return Drawing()
        }
    }

    func lanyard() -> Drawing {
        var strap = ink.finePen(.clothes, width: max(0.9, 0.07 * d), ink: PeoplePalette.lanyard)
        let end = Point(cx, ys + 0.46 * torso)
        var out = strap.polyline([Point(cx - 0.22 * d, ys - 0.02 * d), end, Point(cx + 0.22 * d, ys - 0.02 * d)])
        var pen = ink.finePen(.clothes, width: ink.outline * 0.8)
        let card = Rect(x: cx - 0.17 * d, y: end.y, width: 0.34 * d, height: 0.42 * d)
        out += pen.rectangle(card, fill: .solid(.white))
        out += pen.rectangle(Rect(x: card.minX, y: card.minY, width: card.width, height: card.height * 0.3), fill: .solid(PeoplePalette.lanyard))
        return out
    }

    /// A hi-vis vest over the navy: fluorescent yellow with two silver bands, the police look UK children know.
    func vest() -> Drawing {
        var pen = ink.pen(.clothes)
        let sx = skeleton.shoulderHalf
        let hem = skeleton.hemY
        let hx = max(skeleton.hipHalf * 1.04, sx * 0.9) * 0.97
        let armpit = ys + min(0.5 * d, 0.45 * torso)
        func side(_ s: Double) -> [Point] {
            [
                Point(cx + s * 0.2 * d, ys - 0.03 * d), Point(cx + s * (sx - 0.24 * d), ys - 0.02 * d),
                Point(cx + s * (sx - 0.1 * d), armpit), Point(cx + s * hx, hem),
            ]
        }
        let outline = side(-1) + side(1).reversed() + [Point(cx, ys + min(0.42 * d, 0.4 * torso))]
        var out = pen.polygon(outline, fill: .solid(PeoplePalette.hiVis))
        var band = ink.finePen(.clothes, width: ink.outline * 0.6)
        for k in [0.58, 0.8] {
            let y = ys + k * torso, h = 0.11 * d
            let w0 = (sx - 0.1 * d) + (hx - (sx - 0.1 * d)) * max(0, (y - armpit) / max(hem - armpit, 1e-9))
            let w1 = (sx - 0.1 * d) + (hx - (sx - 0.1 * d)) * max(0, (y + h - armpit) / max(hem - armpit, 1e-9))
            out += band.polygon(
                [Point(cx - w0, y), Point(cx + w0, y), Point(cx + w1, y + h), Point(cx - w1, y + h)],
                fill: .solid(PeoplePalette.reflective))
        }
        return out
    }

    func badge() -> Drawing {
        var pen = ink.finePen(.clothes)
        let c = Point(cx + 0.38 * d, ys + 0.3 * torso)
        let r = 0.13 * d
        let star = (0..<10).map { k -> Point in
            let a = -Double.pi / 2 + Double(k) * .pi / 5
            let rr = k % 2 == 0 ? r : r * 0.55
            return Point(c.x + rr * cos(a), c.y + rr * sin(a))
        }
        return pen.polygon(star, fill: .solid(PeoplePalette.metal))
    }

    /// An open white coat over the top, longer than it.
    func coat() -> Drawing {
        var out = Drawing()
        var pen = ink.pen(.clothes)
        let sx = skeleton.shoulderHalf
        let seated = skeleton.stance != .standing
        let hem = seated ? skeleton.hemY + 0.1 * d : skeleton.hemY + 0.1 * plan.stature
        let hx = skeleton.hipHalf * 1.18
        for s in [-1.0, 1.0] {
            var p = Path([.move(Point(cx + s * 0.27 * d, ys - 0.03 * d))])
            p.line(to: Point(cx + s * (sx - 0.3 * d), ys - 0.04 * d))
            p.curve(
                to: Point(cx + s * sx, ys + 0.32 * d), control1: Point(cx + s * (sx - 0.05 * d), ys - 0.03 * d),
                control2: Point(cx + s * sx, ys + 0.12 * d))
            p.line(to: Point(cx + s * hx, hem))
            p.line(to: Point(cx + s * 0.07 * d, hem))
            p.line(to: Point(cx + s * 0.07 * d, ys + 0.5 * torso))
            p.close()
            out += pen.path(p, fill: .solid(PeoplePalette.coat))
        }
        return out
    }

    func stethoscope() -> Drawing {
        // A loop round the neck: one end short with the ear pieces, the other long with the round chest piece.
        var tube = ink.finePen(.props, width: max(0.9, 0.1 * d), ink: Color(hex: 0x44444F))
        var out = tube.curve(through: [
            Point(cx - 0.3 * d, ys - 0.01 * d), Point(cx - 0.36 * d, ys + 0.15 * torso), Point(cx - 0.3 * d, ys + 0.28 * torso),
        ])
        let fork = Point(cx - 0.3 * d, ys + 0.28 * torso)
        out += tube.line(from: fork, to: Point(fork.x - 0.1 * d, fork.y + 0.16 * d))
        out += tube.line(from: fork, to: Point(fork.x + 0.1 * d, fork.y + 0.16 * d))
        let end = Point(cx + 0.3 * d, ys + 0.5 * torso)
        out += tube.curve(through: [Point(cx + 0.3 * d, ys - 0.01 * d), Point(cx + 0.38 * d, ys + 0.25 * torso), end])
        var pen = ink.finePen(.props)
        out += pen.circle(center: Point(end.x, end.y + 0.1 * d), radius: 0.15 * d, fill: .solid(PeoplePalette.metal))
        return out
    }

    /// Scrubs: a white V at the neck, and a fob watch pinned to the chest, big enough to see.
    func scrubs() -> Drawing {
        var piping = ink.finePen(.clothes, width: max(0.8, 0.07 * d), ink: .white)
        var out = piping.polyline([
            Point(cx - 0.24 * d, ys + 0.02 * d), Point(cx, ys + 0.36 * d), Point(cx + 0.24 * d, ys + 0.02 * d),
        ])
        var pen = ink.finePen(.clothes)
        let pin = Point(cx + 0.42 * d, ys + 0.16 * torso)
        out += pen.line(from: pin, to: Point(pin.x, pin.y + 0.12 * d))
        let face = Point(pin.x, pin.y + 0.28 * d), r = 0.17 * d
        out += pen.circle(center: face, radius: r, fill: .solid(.white))
        out += pen.circle(center: Point(pin.x, pin.y), radius: 0.05 * d, fill: .solid(PeoplePalette.metal))
        out += pen.polyline([Point(face.x, face.y - 0.6 * r), face, Point(face.x + 0.45 * r, face.y + 0.2 * r)])
        return out
    }

    /// A judge's white bands at the collar.
    func bands() -> Drawing {
        var pen = ink.finePen(.clothes)
        var out = Drawing()
        for s in [-1.0, 1.0] {
            let x0 = cx + (s < 0 ? -0.13 : 0.01) * d
            out += pen.polygon([
                Point(x0, ys + 0.04 * d), Point(x0 + 0.12 * d, ys + 0.04 * d), Point(x0 + 0.12 * d + s * 0.02 * d, ys + 0.4 * d),
                Point(x0 + s * 0.02 * d, ys + 0.4 * d),
            ], fill: .solid(.white))
        }
        return out
    }

    /// The folder or book, drawn before the arms so the hand holds it.
    func heldProp() -> Drawing {
        guard let prop else { return Drawing() }
        var pen = ink.pen(.props)
        let colour = prop == .folder ? PeoplePalette.folder : PeoplePalette.book
        if skeleton.stance == .seatedInWheelchair {
            let lap = Rect(x: cx - 0.55 * d, y: skeleton.hemY - 0.28 * d, width: 1.1 * d, height: 0.3 * d)
            return pen.rectangle(lap, fill: .solid(colour))
        }
        let hand = skeleton.propSide < 0 ? skeleton.leftHand : skeleton.rightHand
        switch prop {
        case .folder:
            let r = Rect(x: hand.x - 0.36 * d, y: hand.y - 0.2 * d, width: 0.72 * d, height: 0.92 * d)
            var out = pen.rectangle(Rect(x: r.minX + 0.06 * d, y: r.minY - 0.06 * d, width: r.width - 0.12 * d, height: 0.3 * d), fill: .solid(.white))
            out += pen.rectangle(r, fill: .solid(colour))
            return out
        case .book:
            return openBook(&pen, hand: hand)
        }
    }

    /// An open book held against the chest, pages to the reader: a red cover showing round two white pages, the
    /// spine down the middle and a few lines of print. Wider than tall, so it never reads as a phone.
    func openBook(_ pen: inout RoughPen, hand: Point) -> Drawing {
        let w = 0.6 * d, h = 0.68 * d
        let mid = Point(cx + (hand.x - cx) * 0.35, hand.y - 0.3 * d)
        var cover = Path([.move(Point(mid.x - w, mid.y - h / 2 + 0.06 * d))])
        cover.curve(to: Point(mid.x, mid.y - h / 2 + 0.1 * d), control1: Point(mid.x - 0.6 * w, mid.y - h / 2 - 0.02 * d), control2: Point(mid.x - 0.25 * w, mid.y - h / 2))
        cover.curve(to: Point(mid.x + w, mid.y - h / 2 + 0.06 * d), control1: Point(mid.x + 0.25 * w, mid.y - h / 2), control2: Point(mid.x + 0.6 * w, mid.y - h / 2 - 0.02 * d))
        cover.line(to: Point(mid.x + w, mid.y + h / 2))
        cover.curve(to: Point(mid.x, mid.y + h / 2 + 0.06 * d), control1: Point(mid.x + 0.6 * w, mid.y + h / 2 - 0.06 * d), control2: Point(mid.x + 0.25 * w, mid.y + h / 2 - 0.02 * d))
        cover.curve(to: Point(mid.x - w, mid.y + h / 2), control1: Point(mid.x - 0.25 * w, mid.y + h / 2 - 0.02 * d), control2: Point(mid.x - 0.6 * w, mid.y + h / 2 - 0.06 * d))
        cover.close()
        var out = pen.path(cover, fill: .solid(PeoplePalette.book))
        var fine = ink.finePen(.props)
        for s in [-1.0, 1.0] {
            let inset = 0.07 * d
            let page = [
                Point(mid.x, mid.y - h / 2 + 0.12 * d), Point(mid.x + s * 0.45 * w, mid.y - h / 2 + inset * 0.6),
                Point(mid.x + s * (w - inset), mid.y - h / 2 + inset * 1.1), Point(mid.x + s * (w - inset), mid.y + h / 2 - inset),
                Point(mid.x + s * 0.45 * w, mid.y + h / 2 - inset * 0.6), Point(mid.x, mid.y + h / 2 - 0.02 * d),
            ]
            out += fine.polygon(page, fill: .solid(PeoplePalette.paper))
            var print = ink.finePen(.props, width: max(0.35, 0.035 * d), ink: Color(hex: 0x9A9AA6))
            if d >= 10 {
                for k in 0..<3 {
                    let y = mid.y - h / 2 + (0.28 + 0.17 * Double(k)) * h
                    out += print.line(from: Point(mid.x + s * 0.14 * w, y), to: Point(mid.x + s * 0.72 * w, y))
                }
            }
        }
        out += fine.line(from: Point(mid.x, mid.y - h / 2 + 0.1 * d), to: Point(mid.x, mid.y + h / 2 + 0.02 * d))
        return out
    }
}

import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// A rule that says something does not happen ("Daddy does not drink beer when he looks after them") is drawn as
/// the safe day, with the forbidden thing small in a corner, inside a red circle with a slash through it: the
/// sign every child knows for "not this". The forbidden act itself is never drawn large.
extension SceneLayout {
    /// The red of the "not" sign: dark enough to read on a greyscale print.
    static let notRed = Color(hex: 0xC8302E)

    /// The corner box's side, as a share of the picture's height (a little smaller on a narrow picture).
    static let insetShare = 0.3

    /// Adds the crossed-out corner to a laid-out scene: in the top corner that covers no face, bubble or name,
    /// shrinking until one does; on the side away from the people when both are free.
    func addCrossedOut(_ things: [String], in slot: Rect, to placed: inout PlacedScene) throws(LayoutError) {
        let pictures = try things.map { name throws(LayoutError) -> (String, AssetPicture) in
            guard let picture = assets[name] else { throw .unknownPicture(name: name, known: assets.keys.sorted()) }
            return (name, picture)
        }
        guard !pictures.isEmpty else { return }
        let avoid = placed.faces + placed.bubbles + placed.labels + Array(placed.held.values)
        let people = placed.figures.reduce(nil as Rect?) { acc, r in acc.map { $0.union(r) } ?? r }
        // The corner away from the middle of the people first.
        let rightFirst = (people?.midX ?? slot.midX) < slot.midX
        var side = min(slot.height * Self.insetShare, slot.width * 0.24)
        let margin = max(4 * unit, slot.height * 0.03)
        var chosen: Rect? = nil
        var fallback: (Rect, Int)? = nil
        while chosen == nil, side >= slot.height * 0.16 {
            let width = side * (pictures.count > 1 ? 1.6 : 1)
            for right in rightFirst ? [true, false] : [false, true] {
                let box = Rect(
                    x: right ? slot.maxX - margin - width : slot.minX + margin, y: slot.minY + margin, width: width, height: side)
                let hits = avoid.filter { $0.intersects(box) }.count
                if hits == 0 { chosen = box; break }
                if fallback == nil || hits < fallback!.1 { fallback = (box, hits) }
            }
            side *= 0.9
        }
        guard let box = chosen ?? fallback?.0 else { return }
        placed.items.append(.group(.figure(alt: words.crossedOut(things)), crossedOutDrawing(pictures, in: box)))
        placed.insets.append(box)
        placed.crossedOut = things
    }

    /// A white card with the things on it and the red circle and slash over them.
    func crossedOutDrawing(_ pictures: [(String, AssetPicture)], in box: Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        var card = RoughPen(style: PenStyle(strokeWidth: 1.4 * unit, maxRandomnessOffset: 0.8 * unit, ink: Palette.rule),
                            seed: StableHash.seed("not-card", pictures.map(\.0).joined()))
        items += card.path(Self.roundedRect(box, radius: box.height * 0.16), fill: .solid(Palette.sign)).frameItems
        // The things, side by side, inside the circle.
        let ring = box.inset(by: box.height * 0.1)
        let inner = ring.inset(by: ring.height * 0.2)
        let step = inner.width / Double(pictures.count)
        for (k, (name, picture)) in pictures.enumerated() {
            let cell = Rect(x: inner.minX + Double(k) * step, y: inner.minY, width: step, height: inner.height).inset(by: inner.height * 0.04)
            let fitted = cell.aspectFit(picture.viewBox.size)
            items.append(PictureSymbol.item(picture, name: name, in: fitted, seed: StableHash.seed("thing", name), strokeWidth: 1.6 * unit))
        }
        var pen = RoughPen(
            style: PenStyle(strokeWidth: max(2.5 * unit, box.height * 0.07), maxRandomnessOffset: 0.6 * unit, ink: Self.notRed),
            seed: StableHash.seed("not-sign", pictures.map(\.0).joined()))
        let rx = ring.width / 2, ry = ring.height / 2
        items += pen.ellipse(center: ring.center, radiusX: rx, radiusY: ry).frameItems
        // The slash from top left to bottom right, ending on the circle.
        let a = Double.pi * 0.75, b = -Double.pi * 0.25
        items += pen.line(
            from: Point(ring.midX + cos(a) * rx, ring.midY - sin(a) * ry),
            to: Point(ring.midX + cos(b) * rx, ring.midY - sin(b) * ry)).frameItems
        return items
    }

    /// A rectangle with rounded corners.
    static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let k = radius * 0.55
        var p = Path([.move(Point(r.minX + radius, r.minY))])
        p.line(to: Point(r.maxX - radius, r.minY))
        p.curve(to: Point(r.maxX, r.minY + radius), control1: Point(r.maxX - radius + k, r.minY), control2: Point(r.maxX, r.minY + radius - k))
        p.line(to: Point(r.maxX, r.maxY - radius))
        p.curve(to: Point(r.maxX - radius, r.maxY), control1: Point(r.maxX, r.maxY - radius + k), control2: Point(r.maxX - radius + k, r.maxY))
        p.line(to: Point(r.minX + radius, r.maxY))
        p.curve(to: Point(r.minX, r.maxY - radius), control1: Point(r.minX + radius - k, r.maxY), control2: Point(r.minX, r.maxY - radius + k))
        p.line(to: Point(r.minX, r.minY + radius))
        p.curve(to: Point(r.minX + radius, r.minY), control1: Point(r.minX, r.minY + radius - k), control2: Point(r.minX + radius - k, r.minY))
        p.close()
        return p
    }
}

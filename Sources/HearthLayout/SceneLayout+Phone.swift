import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// A phone call has two ends. Whoever is phoned from far away ("Daddy phones Nanna Pat") is drawn small in a round
/// window near their caller, their own phone at the ear, joined to the caller by a zig-zag line, the comic-book sign
/// for a call: the picture shows who is called, not only someone holding a phone.
extension SceneLayout {
    /// The window's diameter as a share of the picture's height, at most; it shrinks until it fits clear of every
    /// face, figure, bubble and name.
    static let phoneShare = 0.42
    /// The window's pale wash: somewhere else.
    static let phoneWindow = Color(hex: 0xEAF2F8)

    /// Adds each far-away person's window; false when one has no room at a size that reads.
    func addPhoned(_ phoned: [ScenePerson], scene: SceneContent, in slot: Rect, to placed: inout PlacedScene) throws(LayoutError) -> Bool {
        for callee in phoned {
            guard let caller = scene.people.firstIndex(where: { $0.id == callee.partner }), placed.faces.indices.contains(caller) else { continue }
            let face = placed.faces[caller]
            let avoid = placed.faces + placed.figures + placed.bubbles + placed.labels + placed.insets + Array(placed.held.values)
                + [placed.whatIf?.cloud].compactMap { $0 }
            let margin = max(3 * unit, slot.height * 0.02)
            var size = min(slot.height * Self.phoneShare, slot.width * 0.4)
            var found: Rect? = nil
            while found == nil, size >= slot.height * 0.22 {
                let ys = stride(from: slot.minY + margin, through: min(face.maxY, slot.maxY - size - margin), by: max(2, size / 6))
                let xs = stride(from: slot.minX + margin, through: slot.maxX - margin - size, by: max(2, size / 8))
                var best: (Rect, Double)? = nil
                for y in ys {
                    for x in xs {
                        let box = Rect(x: x, y: y, width: size, height: size)
                        guard !avoid.contains(where: { $0.intersects(box.inset(by: -size * 0.03)) }) else { continue }
                        let d = hypot(box.midX - face.midX, box.midY - face.midY)
                        if best == nil || d < best!.1 { best = (box, d) }
                    }
                }
                found = best?.0
                if found == nil { size *= 0.9 }
            }
            guard let circle = found else { return false }
            try drawPhoned(callee, in: circle, from: face, into: &placed)
        }
        return true
    }

    /// The round window, the person in it with their phone, and the zig-zag line to the caller.
    func drawPhoned(_ callee: ScenePerson, in circle: Rect, from face: Rect, into placed: inout PlacedScene) throws(LayoutError) {
        let seed = StableHash.seed("phoned", callee.id, callee.partner ?? "")
        var pen = RoughPen(style: PenStyle(strokeWidth: 2 * unit, maxRandomnessOffset: 0.8 * unit, ink: Palette.softInk), seed: seed)
        var items: [FrameItem] = []
        // The line first, from beside the caller's head to the window's edge, so the window covers its end.
        let start = Point(face.midX + (circle.midX > face.midX ? 1 : -1) * face.width * 0.7, face.midY)
        let end = circle.center
        let dx = end.x - start.x, dy = end.y - start.y
        let length = max(hypot(dx, dy), 1)
        let nx = -dy / length, ny = dx / length
        var zig = Path([.move(start)])
        let steps = 7
        let amplitude = min(face.height * 0.3, length * 0.06)
        for k in 1..<steps {
            let t = Double(k) / Double(steps)
            let side = k % 2 == 0 ? 1.0 : -1.0
            zig.line(to: Point(start.x + dx * t + nx * amplitude * side, start.y + dy * t + ny * amplitude * side))
        }
        zig.line(to: end)
        items += pen.path(zig).frameItems
        items += pen.circle(center: circle.center, radius: circle.width / 2, fill: .solid(Self.phoneWindow)).frameItems
        // The person, named, inside the circle's middle; without the name where it does not fit.
        let inner = Rect(x: circle.minX + circle.width * 0.18, y: circle.minY + circle.height * 0.1, width: circle.width * 0.64, height: circle.height * 0.8)
        var alone = callee
        alone.partner = nil
        let scene = SceneContent(people: [alone], things: ["phone"])
        var unnamed = scene
        unnamed.people[0].label = nil
        var layout = self
        layout.rowLimit = nil
        layout.wordsLimit = nil
        let drawn: PlacedScene
        if let named = try? layout.place(scene, in: inner) {
            drawn = named
        } else {
            drawn = try layout.place(unnamed, in: inner)
        }
        items.append(.clipped(Self.circlePath(circle), drawn.items))
        // Over the room, under the people and their words, so the line passes behind a bubble.
        placed.items.insert(.group(.figure(alt: words.onThePhone(callee.label ?? callee.id)), items), at: placed.setting == nil ? 0 : 1)
        placed.insets.append(circle)
        placed.phoned.append(PhonedPlacement(circle: circle, face: drawn.faces.first, figureHeight: drawn.figureHeight, held: drawn.held["phone"]))
    }

    static func circlePath(_ r: Rect) -> Path {
        let k = 0.5523
        let cx = r.midX, cy = r.midY, rx = r.width / 2, ry = r.height / 2
        var p = Path([.move(Point(cx + rx, cy))])
        p.curve(to: Point(cx, cy + ry), control1: Point(cx + rx, cy + ry * k), control2: Point(cx + rx * k, cy + ry))
        p.curve(to: Point(cx - rx, cy), control1: Point(cx - rx * k, cy + ry), control2: Point(cx - rx, cy + ry * k))
        p.curve(to: Point(cx, cy - ry), control1: Point(cx - rx, cy - ry * k), control2: Point(cx - rx * k, cy - ry))
        p.curve(to: Point(cx + rx, cy), control1: Point(cx + rx * k, cy - ry), control2: Point(cx + rx, cy - ry * k))
        p.close()
        return p
    }
}

/// Where someone phoned from far away was drawn, so tests can check the call reads.
public struct PhonedPlacement: Hashable, Sendable {
    public var circle: Rect
    public var face: Rect?
    public var figureHeight: Double
    /// Their phone, at their ear.
    public var held: Rect?
}

import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// A goal is a day that has not come yet. It is drawn as that ordinary day, warm and specific, inside a soft
/// rounded golden frame with a sun at its corner, the way a picture book says "one day".
extension SceneLayout {
    static let oneDayGold = Color(hex: 0xE9B949)
    /// How far the scene sits inside the frame, as a share of the picture's shorter side.
    static let oneDayInset = 0.06

    /// The scene laid out inside the frame, then the frame drawn round it.
    func placeOneDay(_ scene: SceneContent, in slot: Rect, figureHeight: Double?) throws(LayoutError) -> PlacedScene {
        var inner = scene
        inner.oneDay = false
        let pad = min(slot.width, slot.height) * Self.oneDayInset
        let frame = slot.inset(by: pad / 2)
        // The room fills the frame; the people keep the document's scale, a little smaller for the frame.
        var placed = try place(inner, in: frame, figureHeight: figureHeight.map { $0 * (frame.height - pad) / slot.height })
        let radius = frame.height * 0.12
        // The room is cut to the rounded frame, so the day reads as a picture held up, not the room the child is in.
        placed.items = [.clipped(Self.roundedRect(frame, radius: radius), placed.items)]
        var items: [FrameItem] = []
        var pen = RoughPen(
            style: PenStyle(strokeWidth: max(3 * unit, pad * 0.35), maxRandomnessOffset: 0.8 * unit, ink: Self.oneDayGold),
            seed: StableHash.seed("one-day", scene.people.map(\.id).joined()))
        items += pen.path(Self.roundedRect(frame, radius: radius)).frameItems
        placed.items += items
        // A soft sun over the top left corner of the frame, clear of faces and bubbles where it can be.
        if let sun = assets["sun"] {
            let size = min(frame.height * 0.2, frame.width * 0.14)
            let candidates = [
                Rect(x: slot.minX, y: slot.minY, width: size, height: size),
                Rect(x: slot.maxX - size, y: slot.minY, width: size, height: size),
            ]
            let clear = candidates.first { box in !(placed.faces + placed.bubbles + placed.insets).contains { $0.intersects(box) } }
            if let box = clear {
                placed.items.append(PictureSymbol.item(sun, name: "sun", in: box, seed: StableHash.seed("thing", "sun"), strokeWidth: 2 * unit))
                placed.pictures.append(box)
            }
        }
        placed.oneDayFrame = frame
        placed.backdrop = placed.backdrop.map { $0.union(slot) } ?? slot
        return placed
    }
}

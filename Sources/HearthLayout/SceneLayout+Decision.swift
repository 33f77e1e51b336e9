import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// A decision is drawn as who decided and what they decided: the page's people on one side (the judge and whoever
/// spoke), and on the judge's side a framed card of the new arrangement — the people together in the place decided
/// (Mei and Kai at home with Auntie Jen and Uncle Harjit) — joined to the judge by a pointer, with a tick on its
/// corner. Its square frame, blue border and tick tell it from a worry's "what if" cloud and a goal's golden "one
/// day" frame: this is what is happening now.
extension SceneLayout {
    /// The card's blue: dark enough to read as a frame on a greyscale print.
    static let decisionBlue = Color(hex: 0x2F6F9F)
    /// The card's width as a share of the picture's.
    static let decisionShare = 0.52
    /// The least height the card may have, as a share of the picture's: the people are drawn smaller, step by step,
    /// until the card has it above their heads.
    static let decisionHeightShare = 0.4

    /// The page's people along the floor, whoever decided under the card, the card above them on that side; the
    /// words of the page's bubbles keep to the other side.
    func placeDecision(_ scene: SceneContent, in slot: Rect, figureHeight: Double?) throws(LayoutError) -> PlacedScene {
        guard let given = scene.decision else { return try placeScene(scene, in: slot, figureHeight: figureHeight) }
        var main = scene
        main.decision = nil
        // The people as the layout orders them (pairs side by side), and whoever decided among them.
        var decision = given
        let id = scene.people.indices.contains(decision.decider) ? scene.people[decision.decider].id : nil
        decision.decider = Self.partnered(Self.acted(main)).people.firstIndex { $0.id == id } ?? decision.decider
        let margin = max(4 * unit, slot.height * 0.025)
        let gap = slot.width * 0.03
        let cardWidth = (slot.width * Self.decisionShare).rounded()
        var layout = self
        // The card goes on the decider's side of the picture.
        var right = decision.decider * 2 >= scene.people.count - 1
        var placed = PlacedScene()
        var card = Rect(x: 0, y: 0, width: 0, height: 0)
        let most = figureHeight ?? SceneScale.adultHeight(for: slot)
        for step in [1.0, 0.9, 0.8, 0.72, 0.64] {
            let words = Rect(x: right ? slot.minX : slot.minX + cardWidth + gap, y: slot.minY, width: slot.width - cardWidth - gap, height: slot.height)
            layout.wordsLimit = words
            placed = try layout.placeScene(main, in: slot, figureHeight: (most * step).rounded())
            // Whoever decided stands under the card: it goes on their side, whatever the order of the people.
            if placed.faces.indices.contains(decision.decider) {
                let side = placed.faces[decision.decider].midX >= slot.midX
                if side != right {
                    right = side
                    layout.wordsLimit = Rect(
                        x: right ? slot.minX : slot.minX + cardWidth + gap, y: slot.minY, width: slot.width - cardWidth - gap,
                        height: slot.height)
                    placed = try layout.placeScene(main, in: slot, figureHeight: (most * step).rounded())
                }
            }
            let x = right ? slot.maxX - margin - cardWidth : slot.minX + margin
            let under = placed.faces.filter { $0.maxX > x && $0.minX < x + cardWidth }
            let headsTop = under.map(\.minY).min() ?? (slot.minY + slot.height * SceneScale.floorLine)
            // Room for the pointer between the card and the heads under it.
            let bottom = headsTop - slot.height * 0.07
            card = Rect(x: x, y: slot.minY + margin, width: cardWidth, height: (bottom - slot.minY - margin).rounded())
            if card.height >= slot.height * Self.decisionHeightShare { break }
        }
        try drawDecision(decision, in: card, into: &placed)
        return placed
    }

    /// The card, its pointer to whoever decided, and the arrangement inside it.
    func drawDecision(_ decision: Decision, in card: Rect, into placed: inout PlacedScene) throws(LayoutError) {
        let inner = SceneContent(place: decision.place, people: decision.people, things: decision.things)
        let pen = max(3 * unit, card.height * 0.014)
        let frame = card.inset(by: pen / 2)
        // Names under the people where they fit; the card without them where they do not (its words are its alt).
        var layout = self
        layout.rowLimit = nil
        layout.wordsLimit = nil
        var unnamed = inner
        unnamed.people = inner.people.map { p in
            var p = p
            p.label = nil
            return p
        }
        // No words above the heads in the card: its people are drawn as tall as its room lets them.
        let room = frame.inset(by: pen)
        let tallest = (room.height * SceneScale.tallestShare).rounded()
        let drawn: PlacedScene
        if let named = try? layout.place(inner, in: room, figureHeight: tallest) {
            drawn = named
        } else {
            drawn = try layout.place(unnamed, in: room, figureHeight: tallest)
        }
        let radius = card.height * 0.06
        var items: [FrameItem] = []
        // The pointer from the card to whoever decided, under the card so its base joins the frame.
        if placed.faces.indices.contains(decision.decider) {
            let face = placed.faces[decision.decider]
            items += pointer(from: card, to: face, pen: pen, seed: StableHash.seed("decision-pointer", decision.alt))
        }
        items.append(.clipped(Self.roundedRect(frame, radius: radius), [.shape(Shape(path: Path.rect(frame), fill: Palette.sign))] + drawn.items))
        var border = RoughPen(
            style: PenStyle(strokeWidth: pen, maxRandomnessOffset: 0.8 * unit, ink: Self.decisionBlue),
            seed: StableHash.seed("decision-card", decision.alt))
        items += border.path(Self.roundedRect(frame, radius: radius)).frameItems
        // A tick on the corner nearest whoever decided: this is decided.
        var badge: Rect? = nil
        if let tick = assets["tick"] {
            let size = card.height * 0.2
            let nearLeft = placed.faces.indices.contains(decision.decider) ? placed.faces[decision.decider].midX < card.midX : true
            let box = Rect(x: nearLeft ? card.minX - size * 0.25 : card.maxX - size * 0.75, y: card.minY - size * 0.25, width: size, height: size)
            var disc = RoughPen(
                style: PenStyle(strokeWidth: pen * 0.8, maxRandomnessOffset: 0.5 * unit, ink: Self.decisionBlue),
                seed: StableHash.seed("decision-tick", decision.alt))
            items += disc.circle(center: box.center, radius: size / 2, fill: .solid(Palette.sign)).frameItems
            let mark = box.inset(by: size * 0.2).aspectFit(tick.viewBox.size)
            items.append(PictureSymbol.item(tick, name: "tick", in: mark, seed: StableHash.seed("thing", "tick"), strokeWidth: 2 * unit))
            badge = box
        }
        placed.items.append(.group(.figure(alt: decision.alt), items))
        placed.insets.append(card)
        placed.decision = DecisionPlacement(
            card: card, faces: drawn.faces, figures: drawn.figures, figureHeight: drawn.figureHeight, badge: badge,
            decider: decision.decider)
    }

    /// A wedge from the card's edge nearest the face to just beside it, filled like the card and drawn in its blue.
    func pointer(from card: Rect, to face: Rect, pen: Double, seed: UInt32) -> [FrameItem] {
        let tip: Point
        let a: Point, b: Point
        let base = card.height * 0.16
        if face.maxX < card.minX {
            tip = Point(face.maxX + face.width * 0.35, face.midY)
            let y = min(max(face.midY - card.height * 0.1, card.minY + card.height * 0.45), card.maxY - base - card.height * 0.08)
            a = Point(card.minX + pen * 2, y)
            b = Point(card.minX + pen * 2, y + base)
        } else if face.minX > card.maxX {
            tip = Point(face.minX - face.width * 0.35, face.midY)
            let y = min(max(face.midY - card.height * 0.1, card.minY + card.height * 0.45), card.maxY - base - card.height * 0.08)
            a = Point(card.maxX - pen * 2, y)
            b = Point(card.maxX - pen * 2, y + base)
        } else {
            // Under the card: the pointer comes down from its bottom edge.
            tip = Point(face.midX, face.minY - face.height * 0.3)
            let x = min(max(face.midX - base / 2, card.minX + base), card.maxX - base * 2)
            a = Point(x, card.maxY - pen * 2)
            b = Point(x + base, card.maxY - pen * 2)
        }
        var path = Path([.move(a)])
        path.line(to: tip)
        path.line(to: b)
        path.close()
        var rough = RoughPen(style: PenStyle(strokeWidth: pen * 0.8, maxRandomnessOffset: 0.6 * unit, ink: Self.decisionBlue), seed: seed)
        return rough.path(path, fill: .solid(Palette.sign)).frameItems
    }
}

/// Where a decision's card landed and what it holds, so tests can check it shows the arrangement clear of the page's
/// faces and words.
public struct DecisionPlacement: Hashable, Sendable {
    public var card: Rect
    /// The faces and figure boxes of the people in the card.
    public var faces: [Rect]
    public var figures: [Rect]
    /// The height a grown-up has inside the card.
    public var figureHeight: Double
    /// The tick on its corner.
    public var badge: Rect?
    /// Index in the scene's people of whoever decided.
    public var decider: Int
}

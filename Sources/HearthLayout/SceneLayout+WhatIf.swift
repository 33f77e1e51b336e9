import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// A worry is not an event: nothing has happened. It is drawn as the worried grown-ups with a "what if" thought
/// cloud above them, holding the feared thing small and soft (a road, a bottle), or the child they hold in their
/// thoughts; the child in the picture stays outside the cloud, safe.
extension SceneLayout {
    /// The cloud's width, as a share of the picture's, at most; it shrinks until it fits clear of every face.
    static let cloudShare = 0.34

    /// Adds the cloud to a laid-out scene, above the grown-ups' heads and clear of every face, figure, bubble
    /// and name; nil when there is no room for it at a size that reads (the caller then draws the people smaller).
    func addWhatIf(_ whatIf: WhatIf, in slot: Rect, to placed: inout PlacedScene) throws(LayoutError) -> Bool {
        for name in whatIf.things where assets[name] == nil {
            throw .unknownPicture(name: name, known: assets.keys.sorted())
        }
        let count = whatIf.things.count + whatIf.people.count
        guard count > 0 else { return true }
        let avoid = placed.faces + placed.figures + placed.bubbles + placed.labels + placed.insets + Array(placed.held.values)
        // The thinkers are the grown-ups: the highest heads in the picture.
        let top = placed.faces.map(\.minY).min() ?? slot.maxY
        let thinkers = placed.faces.filter { $0.minY <= top + placed.figureHeight * 0.12 }
        let over = thinkers.reduce(nil as Rect?) { acc, r in acc.map { $0.union(r) } ?? r } ?? slot
        let margin = max(3 * unit, slot.height * 0.02)
        var width = slot.width * Self.cloudShare
        while width >= slot.width * 0.18 {
            let height = width * (count > 1 ? 0.58 : 0.66)
            let trail = height * 0.3
            // Candidates along the top of the picture, nearest the thinkers first.
            let y = slot.minY + margin
            let xs = stride(from: slot.minX + margin, through: slot.maxX - margin - width, by: max(2, width / 8)).sorted {
                abs($0 + width / 2 - over.midX) < abs($1 + width / 2 - over.midX)
            }
            for x in xs {
                let cloud = Rect(x: x, y: y, width: width, height: height)
                // The cloud's scallops bulge past its oval; the trail runs down towards the nearest thinker.
                let ink = cloud.inset(by: -width * 0.06)
                guard !avoid.contains(where: { $0.intersects(ink) }) else { continue }
                guard let thinker = thinkers.min(by: { abs($0.midX - cloud.midX) < abs($1.midX - cloud.midX) }),
                    thinker.minY - cloud.maxY >= trail * 0.5 || abs(thinker.midX - cloud.midX) > width * 0.35
                else { continue }
                draw(whatIf, in: cloud, towards: thinker, into: &placed)
                return true
            }
            width *= 0.88
        }
        return false
    }

    func draw(_ whatIf: WhatIf, in cloud: Rect, towards thinker: Rect, into placed: inout PlacedScene) {
        var pen = RoughPen(
            style: PenStyle(strokeWidth: 1.6 * unit, maxRandomnessOffset: 1.0 * unit, ink: Palette.softInk),
            seed: StableHash.seed("what-if", whatIf.things.joined(), whatIf.people.map(\.id).joined()))
        var drawing = Drawing()
        // The trail of small circles from the thinker's head up to the cloud.
        let from = Point(thinker.midX + (cloud.midX - thinker.midX) * 0.25, thinker.minY - placed.figureHeight * 0.03)
        let to = Point(cloud.midX + (thinker.midX - cloud.midX) * 0.2, cloud.maxY + cloud.height * 0.04)
        for (k, t) in [0.18, 0.48, 0.78].enumerated() {
            let p = Point(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t)
            drawing.append(pen.circle(center: p, radius: cloud.height * (0.035 + 0.02 * Double(k)), fill: .solid(Palette.sign)))
        }
        drawing.append(pen.path(BubbleLayout.cloud(around: cloud), fill: .solid(Palette.sign)))
        var items = drawing.frameItems
        // What the worry is about, small and side by side in the middle of the cloud.
        let inner = cloud.inset(by: cloud.height * 0.16)
        let count = whatIf.things.count + whatIf.people.count
        let step = inner.width / Double(count)
        var contents: [Rect] = []
        // People who act together in the worry (holding hands) are laid out as a small scene of their own.
        var together: PlacedScene? = nil
        if whatIf.people.contains(where: { $0.partner != nil }) {
            var layout = self
            layout.rowLimit = nil
            layout.wordsLimit = nil
            let cell = Rect(x: inner.minX, y: inner.minY, width: step * Double(whatIf.people.count), height: inner.height)
            together = try? layout.place(SceneContent(people: whatIf.people), in: cell)
        }
        if let together {
            items += together.items
            contents += together.figures
        }
        for (k, person) in whatIf.people.enumerated() where together == nil {
            let cell = Rect(x: inner.minX + Double(k) * step, y: inner.minY, width: step, height: inner.height)
            var height = cell.height * (person.looks.age == .adult || person.looks.age == .older ? 1 : 0.85)
            let feet = Point(cell.midX, cell.maxY), seed = StableHash.seed("person", person.id)
            // A child or a baby, drawn to a grown-up's scale, is a speck in the cloud: what is feared for fills it.
            let bounds = FigureSymbol(person, feet: feet, height: height, facing: .front, seed: seed).figure.bounds
            height *= max(1, min(cell.height * 0.9 / bounds.height, cell.width * 0.9 / bounds.width))
            let figure = FigureSymbol(person, feet: feet, height: height, facing: .front, seed: seed)
            // Centred in its cell by what is drawn (a baby lying down reaches out sideways from its feet).
            let drawn = figure.figure.bounds
            let shift = Point(cell.midX - drawn.midX, drawn.height < cell.height * 0.7 ? cell.midY - drawn.midY : 0)
            items.append(figure.item.offset(by: shift))
            contents.append(Rect(x: drawn.x + shift.x, y: drawn.y + shift.y, width: drawn.width, height: drawn.height))
        }
        for (k, name) in whatIf.things.enumerated() {
            guard let picture = assets[name] else { continue }
            let cell = Rect(x: inner.minX + Double(whatIf.people.count + k) * step, y: inner.minY, width: step, height: inner.height)
            let box = cell.inset(by: cell.height * 0.06).aspectFit(picture.viewBox.size)
            items.append(PictureSymbol.item(picture, name: name, in: box, seed: StableHash.seed("thing", name), strokeWidth: 1.6 * unit))
            contents.append(box)
        }
        // One figure for the screen reader: a thought, with what it holds.
        placed.items.append(.group(.figure(alt: words.whatIf), items))
        placed.whatIf = WhatIfPlacement(cloud: cloud, contents: contents, things: whatIf.things)
    }
}

/// Where a "what if" cloud landed, and what it holds, so tests can check the child stays outside it.
public struct WhatIfPlacement: Hashable, Sendable {
    public var cloud: Rect
    /// The boxes of the things and people drawn inside the cloud.
    public var contents: [Rect]
    public var things: [String]
}

import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// The people on a child's safety card, in a row facing the child, each waving hello with their name under them.
///
/// It exists because the card says "people I can talk to": people standing stiffly in a line look like a line-up,
/// while a raised hand says "come and find me". The wave is the figure's reaching hand sent up beside the head
/// (the pose API's `reach`), so the people drawing code is the same as everywhere else.
struct WavingRow {
    var measurer: any TextMeasurer
    /// Points per design point.
    var unit: Double

    /// One person placed: their feet, the adult height they are drawn at, and the box of their slot.
    struct Place: Hashable, Sendable {
        var feet: Point
        var height: Double
        var slot: Rect
    }

    var nameSize: Double { 10.5 * unit }

    /// How the figure stands: the hand on the facing side (the page's right) raised beside the head.
    static func wave(for looks: PersonLooks) -> FigurePose {
        let stature = FigureArtist.size(of: looks, action: .standing, feeling: .happy, crying: false, height: 1).height
        return FigurePose(.standing, reach: Point(0.34 * stature, -0.9 * stature))
    }

    /// Where each person stands in `box`: a slot each, as tall as the box and the slot's width allow, feet on one
    /// line with room under it for the names.
    func places(_ people: [ScenePerson], in box: Rect) -> [Place] {
        guard !people.isEmpty else { return [] }
        let slot = box.width / Double(people.count)
        let sizes = people.map { FigureArtist.size(of: $0.looks, action: .standing, feeling: .happy, crying: false, height: 1) }
        let widest = sizes.map(\.width).max() ?? 1, tallest = sizes.map(\.height).max() ?? 1
        let nameRoom = nameSize * 1.6 + 3 * unit
        let height = min((box.height - nameRoom) / (tallest * 1.08), slot * 0.92 / widest, 95 * unit)
        let floor = box.minY + height * tallest * 1.08
        return people.indices.map { i in
            Place(feet: Point(box.minX + slot * (Double(i) + 0.5), floor), height: height,
                  slot: Rect(x: box.minX + slot * Double(i), y: box.minY, width: slot, height: box.height))
        }
    }

    /// The row's figures and names, and the bottom of the lowest name.
    func items(_ people: [ScenePerson], in box: Rect, seed: UInt32) -> (items: [FrameItem], bottom: Double) {
        let words = SheetWords(measurer: measurer)
        var items: [FrameItem] = []
        var bottom = box.minY
        for (i, (person, place)) in zip(people, places(people, in: box)).enumerated() {
            // The reaching hand of someone handing a thing over (with nothing in it), sent up into a wave.
            var waving = person
            waving.action = .giving
            let symbol = FigureSymbol(
                waving, feet: place.feet, height: place.height, facing: .front, seed: seed &+ UInt32(i),
                pose: Self.wave(for: person.looks))
            var parts: [FrameItem] = [.group(.figure(alt: person.label ?? ""), [symbol.item])]
            if let label = person.label {
                // A long name in a narrow slot is set smaller, never below 8 points.
                let full = words.line(label, x: 0, top: 0, size: nameSize, bold: true).width
                let size = max(8 * unit, min(nameSize, nameSize * (place.slot.width - 4 * unit) / max(full, 1)))
                let name = words.line(label, x: place.feet.x, top: place.feet.y + 3 * unit, size: size, bold: true)
                parts.append(.group(.paragraph, [.text(name)]))
                bottom = max(bottom, name.origin.y + name.height)
            }
            items.append(.group(.listItem, parts))
        }
        return ([.group(.list, items)], bottom)
    }
}

import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// The Safety House's two rooms: the people who live there and who visit, as tall as their room allows.
extension SafetyHouseLayout {
    /// The feelings people may stand in, in a room, friendliest first: happy opens the arms wide, loved puts
    /// the hands on the heart, calm folds them in front, so a crowded room can draw its people taller.
    static let roomFeelings: [Feeling] = [.happy, .loved, .calm]

    /// How tall people stand in a room, and how they feel: the friendliest feeling at which the tallest of them
    /// fills at least `fill` of the room's height, else the feeling that draws them tallest. Everyone in a room
    /// shares one adult height, so a child is smaller than a grown-up beside them.
    func roomPeople(_ people: [SheetPerson], width: Double, height: Double, fill: Double) -> (adult: Double, feeling: Feeling) {
        var best: (adult: Double, feeling: Feeling, tallest: Double)?
        for feeling in Self.roomFeelings {
            let sizes = people.map { FigureArtist.size(of: $0.looks, action: .standing, feeling: feeling, crying: false, height: 1) }
            // Arms open wide need a little space between people; folded ones let them stand shoulder to shoulder
            // (a figure's measured width keeps room for the pen's wobble on both sides, which neighbours share).
            let widths = sizes.map(\.width).reduce(0, +) * Self.packing(feeling)
            let tallest = sizes.map(\.height).max() ?? 1
            let adult = min(height / tallest, width / widths, 190 * u)
            if adult * tallest >= fill { return (adult, feeling) }
            if best == nil || adult * tallest > best!.tallest { best = (adult, feeling, adult * tallest) }
        }
        return (best?.adult ?? 0, best?.feeling ?? .happy)
    }

    /// Where a room's people stand: their feet on the floor, spread across it in proportion to their widths,
    /// with the adult height and feeling they are drawn in.
    func roomPlaces(_ people: [SheetPerson], in box: Rect, titleBottom: Double) -> (feet: [Point], adult: Double, feeling: Feeling, nameRoom: Double) {
        // Narrow rooms (a portrait page) give each name two lines.
        let lines = box.width / Double(max(people.count, 1)) < 70 * u ? 2.0 : 1.0
        let lineHeight = people.map { SheetWords(measurer: measurer).line($0.name, x: 0, top: 0, size: Self.nameSize * u).height }.max() ?? 0
        let nameRoom = 3 * u + lineHeight * lines
        let floor = box.maxY - nameRoom
        let (adult, feeling) = roomPeople(
            people, width: box.width, height: floor - titleBottom - 6 * u, fill: box.height * Self.roomFill)
        let widths = people.map { FigureArtist.size(of: $0.looks, action: .standing, feeling: feeling, crying: false, height: adult).width }
        var feet: [Point] = []
        if widths.reduce(0, +) <= box.width {
            // Room to spare: shared out between the people.
            let gap = (box.width - widths.reduce(0, +)) / Double(widths.count)
            var x = box.minX + gap / 2
            for w in widths {
                feet.append(Point(x + w / 2, floor))
                x += w + gap
            }
        } else {
            // Shoulder to shoulder: the first and last at the room's walls, the others evenly between.
            let first = box.minX + widths[0] / 2, last = box.maxX - widths[widths.count - 1] / 2
            for i in widths.indices {
                let t = widths.count == 1 ? 0.5 : Double(i) / Double(widths.count - 1)
                feet.append(Point(first + (last - first) * t, floor))
            }
        }
        return (feet, adult, feeling, nameRoom)
    }

    /// How closely people in a feeling can stand, as a share of their measured widths side by side.
    static func packing(_ feeling: Feeling) -> Double { feeling == .happy ? 1.06 : 0.84 }

    /// The size of the names under the people in the rooms, in design units.
    static let nameSize = 10.5

    /// The share of a room's height its tallest person should fill, when the room is wide enough.
    static let roomFill = 0.55

    /// One room: its name at the top, its people standing on its floor with their names under them, as tall as
    /// the room allows.
    func room(_ label: String, _ people: [SheetPerson], in box: Rect, seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let words = SheetWords(measurer: measurer)
        let title = words.line(label, x: box.midX, top: box.minY, size: 11.5 * u, bold: true, color: Palette.softInk)
        var items: [FrameItem] = [.group(.heading(level: 3), [.text(title)])]
        guard !people.isEmpty else { return items }
        let nameSize = Self.nameSize * u
        let (feet, adult, feeling, nameRoom) = roomPlaces(people, in: box, titleBottom: title.origin.y + title.height)
        let spacing = box.width / Double(people.count)
        for (i, (person, foot)) in zip(people, feet).enumerated() {
            let x = foot.x
            let scene = ScenePerson(id: person.id, label: person.name, looks: person.looks, feeling: feeling)
            let symbol = FigureSymbol(scene, feet: foot, height: adult, facing: .front, seed: seed &+ UInt32(i))
            items.append(.group(.figure(alt: person.name), [symbol.item]))
            let name = words.line(person.name, x: x, top: foot.y + 2 * u, size: nameSize)
            if name.width > spacing - 4 * u {
                let fitted = try words.fitted(
                    [TextBlock(person.name)], in: Rect(x: x - spacing / 2 + 2 * u, y: foot.y + 2 * u, width: spacing - 4 * u, height: nameRoom),
                    sizes: 6 * u...nameSize, center: false, place: "a name in the Safety House")
                items.append(.group(.paragraph, fitted.lines.map { line in
                    var l = line
                    l.origin.x = x - l.width / 2
                    return .text(l)
                }))
                continue
            }
            items.append(.group(.paragraph, [.text(name)]))
        }
        return items
    }
}

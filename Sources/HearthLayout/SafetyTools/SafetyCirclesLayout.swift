import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// Places a safety circles page: the child in the middle, and three rings around them — the people the child lives
/// with, the people the child sees a lot, the people who help — each person drawn small with their name and who they
/// are beneath. Each ring has its own colour and lightness and its name on a sign, so it reads in grey too.
public struct SafetyCirclesLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }

    /// The share of the outer radius where each ring ends, closest first; the child's own disc is inside the first.
    static let ringEnds = [0.5, 0.75, 1.0]
    static let centreEnd = 0.27

    /// The rings' centre and outer radii: as large as the page allows under the header, round or a little wider
    /// than tall on landscape paper, a little taller than wide on portrait, so the rings fill the page either way.
    public func rings() -> (center: Point, rx: Double, ry: Double) {
        let top = SheetHeader(measurer: measurer, page: page, margin: margin).bottom + 4 * u
        let bottom = page.size.height - margin
        let halfHeight = (bottom - top) / 2
        let halfWidth = (page.size.width - 2 * margin) / 2
        let rx = min(halfHeight * 1.5, halfWidth)
        let ry = min(halfHeight, rx * 1.35)
        return (Point(page.size.width / 2, top + halfHeight), rx, ry)
    }

    /// The band of ring `index`, as shares of the radii.
    static func band(_ index: Int) -> (inner: Double, outer: Double) {
        (index == 0 ? centreEnd : ringEnds[index - 1], ringEnds[index])
    }

    /// The ring's name on its sign at the top of its band.
    func sign(_ name: String, index: Int) -> TextLine {
        let (c, _, ry) = rings()
        let (inner, outer) = Self.band(index)
        let band = (outer - inner) * ry
        var line = SheetWords(measurer: measurer).line(name, x: c.x, top: 0, size: min(12 * u, band * 0.3), bold: true)
        line.origin.y = c.y - ry * (inner + outer) / 2 - line.height / 2
        return line
    }

    /// The sign's board round its name.
    func signBoard(_ line: TextLine) -> Rect {
        line.bounds.inset(top: -2 * u, left: -6 * u, bottom: -2 * u, right: -6 * u)
    }

    /// Where each person of ring `index` stands and the box their figure and words take (see ``RingSeats``);
    /// `signs` are the rings' names, which people keep clear of.
    func seats(_ people: [SheetPerson], ring index: Int, signs: [String]) -> [RingSeats.Seat] {
        let (c, rx, ry) = rings()
        let (inner, outer) = Self.band(index)
        let boards = signs.enumerated().map { signBoard(sign($1, index: $0)).inset(by: -2 * u) }
        let seating = RingSeats(
            center: c, rx: rx, ry: ry, inner: inner, outer: outer, clearance: 3 * u, keepOut: boards, unit: u)
        return seating.seats(people.map { person in
            RingSeats.Sizing(
                figure: FigureArtist.size(of: person.looks, action: .standing, feeling: .happy, crying: false, height: 1),
                words: { size in
                    let lines = self.words(person, x: 0, top: 0, size: size)
                    return Size(width: lines.map(\.width).max() ?? 0, height: lines.map(\.height).reduce(0, +))
                })
        })
    }

    /// A person's name in bold and who they are under it, centred on `x` from `top` down; a long name or role
    /// breaks at the space nearest its middle, so a person needs less room across a narrow ring.
    func words(_ person: SheetPerson, x: Double, top: Double, size: Double) -> [TextLine] {
        let words = SheetWords(measurer: measurer)
        var out: [TextLine] = []
        var y = top
        let parts = [(person.name, size, true, Palette.ink)] + (person.role.map { [($0, size * 0.85, false, Palette.softInk)] } ?? [])
        for (text, size, bold, color) in parts {
            let whole = words.line(text, x: x, top: y, size: size, bold: bold, color: color)
            let pieces = whole.width > size * 5.5 ? Self.halves(text) : [text]
            for piece in pieces {
                let line = words.line(piece, x: x, top: y, size: size, bold: bold, color: color)
                out.append(line)
                y += line.height
            }
        }
        return out
    }

    /// A text broken in two at the space nearest its middle; the text itself when it has no space.
    static func halves(_ text: String) -> [String] {
        let spaces = text.indices.filter { text[$0] == " " }
        let middle = text.count / 2
        guard let cut = spaces.min(by: { abs(text.distance(from: text.startIndex, to: $0) - middle) < abs(text.distance(from: text.startIndex, to: $1) - middle) })
        else { return [text] }
        return [String(text[..<cut]), String(text[text.index(after: cut)...])]
    }

    public func layout(_ sheet: SafetyCirclesSheet) throws(LayoutError) -> FrameDocument {
        let header = SheetHeader(measurer: measurer, page: page, margin: margin)
        var frame = Frame(size: page.size, items: [], bookmark: sheet.title)
        frame.items = try header.items(
            title: sheet.title, details: sheet.details, blankFields: sheet.blankFields, seedKey: sheet.seedKey,
            origin: sheet.titleOrigin)
        let (c, rx, ry) = rings()
        let seed = StableHash.seed(sheet.seedKey, "rings")
        var pen = RoughPen(style: PenStyle(strokeWidth: 2 * u, roughness: 0.8, maxRandomnessOffset: 1.4 * u), seed: seed)
        var art = Drawing()
        let fills = [Color(hex: 0xE4EEF8), Color(hex: 0xE3F2DF), Color(hex: 0xFFF1C9)]
        for (i, end) in Self.ringEnds.enumerated().reversed() {
            art.append(pen.ellipse(center: c, radiusX: rx * end, radiusY: ry * end, fill: .solid(fills[2 - i])))
        }
        art.append(pen.ellipse(center: c, radiusX: rx * Self.centreEnd, radiusY: ry * Self.centreEnd, fill: .solid(Palette.sign)))
        frame.items.append(.group(.figure(alt: "three rings round \(sheet.centreLabel), closest in the middle"), art.frameItems))
        let words = SheetWords(measurer: measurer)
        // The child in the middle.
        let centreHeight = min(rx * 1.1, ry) * Self.centreEnd * 1.45
        var centre: [FrameItem] = []
        if let child = sheet.child {
            let person = ScenePerson(id: child.id, label: child.name, looks: child.looks, feeling: .happy)
            let symbol = FigureSymbol(person, feet: Point(c.x, c.y + centreHeight * 0.4), height: centreHeight, facing: .front, seed: seed &+ 1)
            centre.append(.group(.figure(alt: child.name), [symbol.item]))
            centre.append(.group(.paragraph, [.text(words.line(sheet.centreLabel, x: c.x, top: c.y + centreHeight * 0.4 + 2 * u, size: 13 * u, bold: true))]))
        } else {
            var me = words.line(sheet.centreLabel, x: c.x, top: 0, size: 18 * u, bold: true)
            me.origin.y = c.y - me.height / 2
            centre.append(.group(.paragraph, [.text(me)]))
        }
        frame.items.append(.group(.section, centre))
        for (index, ring) in sheet.rings.enumerated() {
            frame.items.append(.group(.section, try ringItems(ring, index: index, signs: sheet.rings.map(\.name), seed: seed &+ UInt32(10 + index))))
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, safety circles",
                creationDate: meta.creationDate, language: meta.language))
    }

    func ringItems(_ ring: CircleRing, index: Int, signs: [String], seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let name = sign(ring.name, index: index)
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.2 * u, roughness: 0.6, maxRandomnessOffset: 1 * u), seed: seed)
        let board = pen.rectangle(signBoard(name), fill: .solid(Palette.sign))
        var items: [FrameItem] = [.group(.figure(alt: "sign"), board.frameItems), .group(.heading(level: 2), [.text(name)])]
        let seats = seats(ring.people, ring: index, signs: signs)
        guard !seats.isEmpty else { return items }
        var people: [FrameItem] = []
        for (i, (person, seat)) in zip(ring.people, seats).enumerated() {
            let scene = ScenePerson(id: person.id, label: person.name, looks: person.looks, feeling: .happy)
            let symbol = FigureSymbol(scene, feet: seat.feet, height: seat.height, facing: .front, seed: seed &+ UInt32(i + 1))
            let lines = self.words(person, x: seat.feet.x, top: seat.feet.y + 1 * u, size: seat.nameSize)
            people.append(.group(.listItem, [.group(.figure(alt: [person.name, person.role].compactMap { $0 }.joined(separator: ", ")), [symbol.item])]
                + [.group(.paragraph, lines.map { .text($0) })]))
        }
        items.append(.group(.list, people))
        return items
    }
}

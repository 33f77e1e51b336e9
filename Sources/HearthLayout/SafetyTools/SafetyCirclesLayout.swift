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

    /// The rings' centre and outer radii.
    public func rings() -> (center: Point, rx: Double, ry: Double) {
        let top = SheetHeader(measurer: measurer, page: page, margin: margin).bottom + 4 * u
        let bottom = page.size.height - margin
        let ry = (bottom - top) / 2
        let rx = min(ry * 1.5, (page.size.width - 2 * margin) / 2)
        return (Point(page.size.width / 2, top + ry), rx, min(ry, rx))
    }

    /// The angles (degrees, 0 at the right, 90 at the bottom) people stand at in a ring: on its left and right sides,
    /// where the ring is widest and its sign (at the top) is out of the way; all round when there are many.
    static func angles(count: Int) -> [Double] {
        guard count > 0 else { return [] }
        if count > 8 { return (0..<count).map { -90 + Double($0 + 1) * 360 / Double(count + 1) } }
        let right = (count + 1) / 2, left = count / 2
        func arc(_ n: Int, from: Double, to: Double) -> [Double] {
            n == 1 ? [(from + to) / 2] : (0..<n).map { from + (to - from) * Double($0) / Double(n - 1) }
        }
        func spread(_ n: Int) -> Double { min(120.0, 60.0 * Double(n - 1)) }
        let r = arc(right, from: -spread(right) / 2, to: spread(right) / 2)
        let l = arc(left, from: 180 - spread(left) / 2, to: 180 + spread(left) / 2)
        // Alternate right and left, so the order written goes round the child.
        var out: [Double] = []
        for i in 0..<count { out.append(i % 2 == 0 ? r[i / 2] : l[i / 2]) }
        return out
    }

    /// Where each person in ring `index` stands: on the ring's middle line, at ``angles(count:)``.
    public func positions(count: Int, ring index: Int) -> [Point] {
        let (c, rx, ry) = rings()
        let inner = index == 0 ? Self.centreEnd : Self.ringEnds[index - 1]
        let mid = (inner + Self.ringEnds[index]) / 2
        return Self.angles(count: count).map { degrees in
            let a = degrees * .pi / 180
            return Point(c.x + cos(a) * rx * mid, c.y + sin(a) * ry * mid)
        }
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
        let centreHeight = ry * Self.centreEnd * 1.45
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
            frame.items.append(.group(.section, try ringItems(ring, index: index, center: c, ry: ry, seed: seed &+ UInt32(10 + index))))
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, safety circles",
                creationDate: meta.creationDate, language: meta.language))
    }

    func ringItems(_ ring: CircleRing, index: Int, center c: Point, ry: Double, seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let words = SheetWords(measurer: measurer)
        let inner = index == 0 ? Self.centreEnd : Self.ringEnds[index - 1]
        let band = (Self.ringEnds[index] - inner) * ry
        // The ring's name on a pale sign at the top of its band.
        var name = words.line(ring.name, x: c.x, top: 0, size: min(12 * u, band * 0.3), bold: true)
        name.origin.y = c.y - ry * (inner + Self.ringEnds[index]) / 2 - name.height / 2
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.2 * u, roughness: 0.6, maxRandomnessOffset: 1 * u), seed: seed)
        let sign = pen.rectangle(name.bounds.inset(top: -2 * u, left: -6 * u, bottom: -2 * u, right: -6 * u), fill: .solid(Palette.sign))
        var items: [FrameItem] = [.group(.figure(alt: "sign"), sign.frameItems), .group(.heading(level: 2), [.text(name)])]
        let points = positions(count: ring.people.count, ring: index)
        guard !points.isEmpty else { return items }
        let (_, rx, _) = rings()
        // On the sides the ring is as wide as rx allows: the figure and its two lines of words stand within it,
        // centred on its middle line, and never so tall that they reach the next person.
        let sideRoom = (Self.ringEnds[index] - inner) * rx
        let nameSize = min(11 * u, max(8 * u, band * 0.16))
        let labels = nameSize * 2.5
        // The nearest two people on one side of the ring, one above the other.
        var nearest = Double.infinity
        for (i, a) in points.enumerated() {
            for b in points[(i + 1)...] where (a.x - c.x) * (b.x - c.x) > 0 { nearest = min(nearest, abs(a.y - b.y)) }
        }
        let height = max(24 * u, min(band * 1.9 - labels, sideRoom * 1.1, nearest - labels - 8 * u, 80 * u))
        var people: [FrameItem] = []
        for (i, (person, p)) in zip(ring.people, points).enumerated() {
            let feet = Point(p.x, p.y + (height - labels) / 2)
            let scene = ScenePerson(id: person.id, label: person.name, looks: person.looks, feeling: .happy)
            let symbol = FigureSymbol(scene, feet: feet, height: height, facing: .front, seed: seed &+ UInt32(i + 1))
            var lines = [words.line(person.name, x: p.x, top: feet.y + 1 * u, size: nameSize, bold: true)]
            if let role = person.role {
                lines.append(words.line(role, x: p.x, top: lines[0].origin.y + lines[0].height, size: nameSize * 0.85, color: Palette.softInk))
            }
            people.append(.group(.listItem, [.group(.figure(alt: [person.name, person.role].compactMap { $0 }.joined(separator: ", ")), [symbol.item])]
                + [.group(.paragraph, lines.map { .text($0) })]))
        }
        items.append(.group(.list, people))
        return items
    }
}

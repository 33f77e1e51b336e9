import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// Places a Safety House page: the header, the house with the rules in its roof and the people drawn in its two
/// rooms, the path of stepping stones to the door as the 0–10 scale, and the red circle at the right when the
/// sheet has one.
public struct SafetyHouseLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }

    /// The house's box and, when there is a red circle, the circle's.
    public func slots(_ sheet: SafetyHouseSheet) -> (house: Rect, circle: Rect?) {
        let top = SheetHeader(measurer: measurer, page: page, margin: margin).bottom + 28 * u
        let bottom = page.size.height - margin - (sheet.record.isEmpty && sheet.copyNote == nil ? 0 : 34 * u)
        let width = page.size.width - 2 * margin
        guard sheet.redCircle != nil else {
            let w = min(width, (bottom - top) * 1.9)
            return (Rect(x: margin + (width - w) / 2 + 20 * u, y: top, width: w - 40 * u, height: bottom - top), nil)
        }
        let circleWidth = width * 0.27
        return (
            Rect(x: margin + 20 * u, y: top, width: width - circleWidth - 50 * u, height: bottom - top),
            Rect(x: page.size.width - margin - circleWidth, y: top + 20 * u, width: circleWidth, height: (bottom - top) * 0.7))
    }

    /// Whether the sheet's language reads right to left, so the page mirrors: the title at the right, the door
    /// at the left with the path's 10 beside it, who lives here in the right-hand room, the red circle at the left.
    func readsRightToLeft(_ sheet: SafetyHouseSheet) -> Bool {
        sheet.metadata.language.map(Languages.isRightToLeft) ?? false
    }

    public func layout(_ sheet: SafetyHouseSheet) throws(LayoutError) -> FrameDocument {
        let rtl = readsRightToLeft(sheet)
        // Laid out from the left, then mirrored for a right-to-left language; the roof's rules are fitted in the
        // mirrored roof itself, so their lines keep their own alignment.
        func side(_ items: [FrameItem]) -> [FrameItem] { rtl ? items.map { $0.mirrored(across: page.size.width) } : items }
        let header = SheetHeader(measurer: measurer, page: page, margin: margin)
        var frame = Frame(size: page.size, items: [], bookmark: sheet.title)
        frame.items = try header.items(
            title: sheet.title, details: sheet.details, blankFields: sheet.blankFields, seedKey: sheet.seedKey,
            origin: sheet.titleOrigin, rightToLeft: rtl)
        let (slot, circleSlot) = slots(sheet)
        let shape = SafetyHouseShape(slot: slot, unit: u)
        let seed = StableHash.seed(sheet.seedKey, "house")
        frame.items += side([.group(.figure(alt: "a safe house with two rooms and a path of stepping stones to its door"), houseArt(shape, seed: seed))])
        let roofShape = rtl ? SafetyHouseShape(slot: slot.mirrored(across: page.size.width), unit: u) : shape
        frame.items.append(.group(.section, try roof(sheet, roofShape, seed: seed)))
        frame.items += side([.group(.section, try room(sheet.livesHereLabel, sheet.livesHere, in: shape.livesRoom, seed: seed &+ 1))])
        frame.items += side([.group(.section, try room(sheet.visitsLabel, sheet.visitors, in: shape.visitsRoom, seed: seed &+ 2))])
        let strip = ScaleStripLayout(measurer: measurer, unit: u, seed: seed &+ 3, stones: true)
        // The path's name between the two ends' words, under the stones.
        let g = strip.geometry(in: shape.pathBox, heading: false)
        var path: [FrameItem] = [.group(.heading(level: 2), [.text(SheetWords(measurer: measurer).line(
            sheet.pathLabel, x: (g.points[1].x + g.points[9].x) / 2, top: g.points[0].y + max(g.faceRadius, g.numberRadius) + 6 * u,
            size: 11 * u, bold: true, color: Palette.softInk))])]
        path += try strip.items(sheet.path, in: shape.pathBox, showHeading: false)
        frame.items += side([.group(.section, path)])
        if let people = sheet.redCircle, let circleSlot {
            frame.items += side([.group(.section, try redCircle(sheet.redCircleLabel, people, in: circleSlot, seed: seed &+ 4))])
        }
        frame.items += try foot(sheet)
        let meta = sheet.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, Safety House",
                creationDate: meta.creationDate, language: meta.language))
    }

    func houseArt(_ shape: SafetyHouseShape, seed: UInt32) -> [FrameItem] {
        var pen = RoughPen(style: PenStyle(strokeWidth: 2.4 * u, maxRandomnessOffset: 1.6 * u), seed: seed)
        var art = Drawing()
        art.append(pen.rectangle(shape.body, fill: .solid(Color(hex: 0xFFF8E3))))
        art.append(pen.polygon(shape.roof, fill: .solid(Color(hex: 0xF6D9C4))))
        // The wall between the rooms, and the door with its knob.
        let split = (shape.livesRoom.maxX + shape.visitsRoom.minX) / 2
        var thin = RoughPen(style: PenStyle(strokeWidth: 1.5 * u, roughness: 0.6, ink: Palette.softInk), seed: seed &+ 9)
        art.append(thin.line(from: Point(split, shape.body.minY + 4 * u), to: Point(split, shape.body.maxY - 4 * u)))
        art.append(pen.rectangle(shape.door, fill: .solid(Palette.door)))
        let d = shape.door
        art.append(thin.circle(center: Point(d.minX + d.width * 0.22, d.midY + d.height * 0.08), radius: 2.6 * u, fill: .solid(Palette.ink)))
        // A doorstep the stones lead up to, and the garden's ground line.
        let ground = shape.body.maxY
        art.append(thin.line(from: Point(shape.slot.minX - 20 * u, ground), to: Point(shape.slot.maxX + 10 * u, ground)))
        art.append(pen.rectangle(Rect(x: d.minX - 4 * u, y: ground, width: d.width + 8 * u, height: 6 * u), fill: .solid(Color(hex: 0xE3DACB))))
        return art.frameItems
    }

    /// The rules in the roof under their heading, or lines to write them on for a blank.
    func roof(_ sheet: SafetyHouseSheet, _ shape: SafetyHouseShape, seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let words = SheetWords(measurer: measurer)
        let region = shape.roofText.bounds
        // The heading stays inside the roof just under its ridge, smaller on a narrow (portrait) house.
        let headingBox = Rect(
            x: shape.apex.x - shape.ridgeHalf * 1.05, y: shape.slot.minY + 8 * u, width: shape.ridgeHalf * 2.1, height: 27 * u)
        let heading = try words.fitted(
            [TextBlock(sheet.rulesHeading)], in: headingBox, sizes: 7 * u...12.5 * u, bold: true, center: true,
            place: "the roof of the Safety House")
        var items: [FrameItem] = [.group(.heading(level: 2), heading.lines.map { .text($0) })]
        let body = shape.roofText
        if sheet.rules.isEmpty {
            items += WritingLines(region: body, top: region.minY, spacing: 26 * u, unit: u, seed: seed &+ 5).items
            return items
        }
        let options = FitOptions(
            sizes: 9 * u...16 * u, style: TextStyle(size: 9 * u), color: Palette.ink, paragraphSpacing: 0.25,
            centerVertically: true, balance: true)
        let fitted = FitText(measurer: measurer, options: options).fit(
            sheet.rules.map { TextBlock($0.text, bulleted: true, language: $0.language, origin: $0.origin) }, in: body)
        if let over = fitted.overflow.first {
            throw .doesNotFit(text: over.text, place: "the roof of the Safety House", origin: over.origin)
        }
        items.append(.group(.list, fitted.paragraphs.map { p in
            var parts: [FrameItem] = []
            if let b = p.bullet { parts.append(.shape(Shape(path: circlePath(center: b, radius: fitted.bulletRadius), fill: Palette.ink))) }
            return .group(.listItem, parts + p.lines.map { .text($0) })
        }))
        return items
    }

    /// The red circle outside the house with the people the child is not safe with: only their names, small
    /// figures with no feelings drawn large, so the page stays calm.
    func redCircle(_ label: String, _ people: [SheetPerson], in box: Rect, seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let words = SheetWords(measurer: measurer)
        let fitted = try words.fitted(
            [TextBlock(label)], in: Rect(x: box.minX, y: box.minY, width: box.width, height: 34 * u), sizes: 9 * u...12 * u,
            bold: true, center: true, place: "the red circle's heading")
        let r = min(box.width, box.height - 40 * u) / 2
        let center = Point(box.midX, box.minY + 40 * u + r)
        var pen = RoughPen(style: PenStyle(strokeWidth: 3 * u, roughness: 0.9, ink: Color(hex: 0xC8372D)), seed: seed)
        var items: [FrameItem] = [
            .group(.heading(level: 2), fitted.lines.map { .text($0) }),
            .group(.figure(alt: "a red circle outside the house"), pen.circle(center: center, radius: r).frameItems),
        ]
        let n = Double(max(people.count, 1))
        let spacing = r * 1.5 / n
        let height = min(r * 0.9, spacing * 1.8)
        for (i, person) in people.enumerated() {
            let x = center.x - r * 0.75 + spacing * (Double(i) + 0.5)
            let feet = Point(x, center.y + height * 0.45)
            let scene = ScenePerson(id: person.id, label: person.name, looks: person.looks, feeling: .calm)
            let symbol = FigureSymbol(scene, feet: feet, height: height, facing: .front, seed: seed &+ UInt32(i + 1))
            items.append(.group(.figure(alt: person.name), [symbol.item]))
            items.append(.group(.paragraph, [.text(words.line(person.name, x: x, top: feet.y + 2 * u, size: 10 * u))]))
        }
        return items
    }

    /// The record (who wrote the words down) and the worker's-copy note, at the foot of the page.
    func foot(_ sheet: SafetyHouseSheet) throws(LayoutError) -> [FrameItem] {
        let lines = sheet.record.map { TextBlock($0.text, origin: $0.origin) } + (sheet.copyNote.map { [TextBlock($0)] } ?? [])
        guard !lines.isEmpty else { return [] }
        let box = Rect(x: margin, y: page.size.height - margin - 30 * u, width: page.size.width - 2 * margin, height: 30 * u)
        let fitted = try SheetWords(measurer: measurer).fitted(
            lines, in: box, sizes: 7 * u...9 * u, color: Palette.softInk, place: "the foot of the Safety House")
        return [.group(.paragraph, fitted.lines.map { .text($0) })]
    }
}

import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Places a Fairy/Wizard page: the helper in the middle, and around it three soft clouds for what the child would
/// ask it to take away (with the worries' rain cloud), to keep (with the good things' sun) and to make happen (with
/// the dreams' star) — holding the child's words, a drawing, or lines to write on.
public struct FairyWizardLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }

    /// The helper's box and one box per wish, in ``MagicWish`` order.
    public func slots(hasRecord: Bool) -> (helper: Rect, wishes: [Rect]) {
        let top = SheetHeader(measurer: measurer, page: page, margin: margin).bottom + 6 * u
        let bottom = page.size.height - margin - (hasRecord ? 44 * u : 0)
        let width = page.size.width - 2 * margin
        let gap = 16 * u
        if page.isLandscape {
            let helperWidth = width * 0.26
            let side = (width - helperWidth - 2 * gap) / 2
            let left = Rect(x: margin, y: top, width: side, height: bottom - top)
            let helper = Rect(x: margin + side + gap, y: top, width: helperWidth, height: bottom - top)
            let rightX = helper.maxX + gap
            let half = (bottom - top - gap) / 2
            return (helper, [left, Rect(x: rightX, y: top, width: side, height: half), Rect(x: rightX, y: top + half + gap, width: side, height: half)])
        }
        let helperHeight = (bottom - top) * 0.3
        let helper = Rect(x: margin, y: top, width: width, height: helperHeight)
        let rowsTop = top + helperHeight + gap
        let h = (bottom - rowsTop - 2 * gap) / 3
        return (helper, (0..<3).map { Rect(x: margin, y: rowsTop + Double($0) * (h + gap), width: width, height: h) })
    }

    public func layout(_ sheet: FairyWizardSheet, drawings: [String: Bitmap]) throws(LayoutError) -> FrameDocument {
        let header = SheetHeader(measurer: measurer, page: page, margin: margin)
        var frame = Frame(size: page.size, items: [], bookmark: sheet.title)
        frame.items = try header.items(
            title: sheet.title, details: sheet.details, blankFields: sheet.blankFields, seedKey: sheet.seedKey,
            origin: sheet.titleOrigin)
        let (helperBox, boxes) = slots(hasRecord: !sheet.record.isEmpty)
        frame.items += helpers(sheet.helper, in: helperBox, seed: StableHash.seed(sheet.seedKey, "helper"))
        for (wish, box) in zip(sheet.wishes, boxes) {
            let seed = StableHash.seed(sheet.seedKey, wish.wish.rawValue)
            let bitmap = wish.drawing.flatMap { drawings[$0.path] }
            frame.items.append(.group(.section, try cloud(wish, in: box, isBlank: sheet.isBlank, drawing: bitmap, seed: seed)))
        }
        if !sheet.record.isEmpty {
            let box = Rect(x: margin, y: page.size.height - margin - 38 * u, width: page.size.width - 2 * margin, height: 38 * u)
            let fitted = try SheetWords(measurer: measurer).fitted(
                sheet.record.map { TextBlock($0.text, origin: $0.origin) }, in: box, sizes: 6.5 * u...9.5 * u,
                color: Palette.softInk, place: "the record at the foot of the page")
            frame.items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, Fairy/Wizard",
                creationDate: meta.creationDate, language: meta.language))
    }

    /// The chosen helper, large; on a blank with no choice, the fairy and the wizard side by side.
    func helpers(_ helper: MagicHelper?, in box: Rect, seed: UInt32) -> [FrameItem] {
        let chosen = helper.map { [$0] } ?? MagicHelper.allCases
        let height = min(box.height * 0.7, box.width / Double(chosen.count) * 1.25)
        let feetY = box.midY + height * 0.48
        return chosen.enumerated().map { i, h in
            let x = box.minX + box.width * (Double(i) + 0.5) / Double(chosen.count)
            return .group(.section, MagicHelperArt(helper: h, feet: Point(x, feetY), height: height, unit: u, seed: seed &+ UInt32(i)).items)
        }
    }

    static func house(_ wish: MagicWish) -> House {
        switch wish {
        case .takeAway: .worries
        case .keep: .goodThings
        case .makeHappen: .dreams
        }
    }

    /// One wish's cloud: a soft rounded shape in its house's colour, its motif and heading at the top, then the
    /// child's drawing and words, or the prompt and lines to write on.
    func cloud(_ wish: WishContent, in box: Rect, isBlank: Bool, drawing: Bitmap?, seed: UInt32) throws(LayoutError) -> [FrameItem] {
        let house = Self.house(wish.wish)
        var pen = RoughPen(style: PenStyle(strokeWidth: 2 * u, maxRandomnessOffset: 1.4 * u), seed: seed)
        var art = pen.path(Self.roundedRect(box, radius: min(box.width, box.height) * 0.18), fill: .solid(Palette.walls(house)))
        let motifBox = Rect(x: box.minX + 12 * u, y: box.minY + 8 * u, width: 44 * u, height: 32 * u)
        art.append(Motif(kind: house, box: motifBox, unit: u, seed: seed &+ 1).drawing)
        var items: [FrameItem] = [.group(.figure(alt: "a cloud for \(wish.heading)"), art.frameItems)]
        let words = SheetWords(measurer: measurer)
        let headingBox = Rect(x: motifBox.maxX + 6 * u, y: box.minY + 10 * u, width: box.maxX - motifBox.maxX - 20 * u, height: 28 * u)
        let heading = try words.fitted([TextBlock(wish.heading)], in: headingBox, sizes: 12 * u...18 * u, bold: true, place: "a cloud's heading")
        items.append(.group(.heading(level: 2), heading.lines.map { .text($0) }))
        let inner = box.inset(top: 46 * u, left: 20 * u, bottom: 16 * u, right: 20 * u)
        var textBox = inner
        if let drawing, let source = wish.drawing {
            let rect = Rect(x: inner.minX, y: inner.minY, width: inner.width, height: inner.height * 0.42).aspectFit(drawing.size)
            items.append(.group(.figure(alt: "\(wish.heading): drawing"), [.image(ImageItem(
                bitmap: drawing, rect: rect, label: source.path.split(separator: "/").last.map(String.init) ?? source.path))]))
            textBox = inner.inset(top: rect.height + 8 * u)
        }
        if isBlank {
            let prompt = try words.fitted(
                [TextBlock(wish.prompt)], in: Rect(x: inner.minX, y: inner.minY, width: inner.width, height: 40 * u),
                sizes: 8 * u...12.5 * u, color: Palette.softInk, place: "a cloud's question")
            items.append(.group(.paragraph, prompt.lines.map { .text($0) }))
            items += WritingLines(
                region: Polygon(rectangle: inner), top: (prompt.bottom ?? inner.minY) + 6 * u, spacing: 28 * u, unit: u, seed: seed &+ 2
            ).items
            return items
        }
        let options = FitOptions(sizes: 10 * u...19 * u, style: TextStyle(size: 10 * u), color: Palette.ink, balance: true)
        let fitted = FitText(measurer: measurer, options: options).fit(
            wish.items.map { TextBlock($0.text, bulleted: true, language: $0.language, origin: $0.origin) },
            in: Polygon(rectangle: textBox))
        if let over = fitted.overflow.first { throw .doesNotFit(text: over.text, place: "the cloud '\(wish.heading)'", origin: over.origin) }
        items.append(.group(.list, fitted.paragraphs.map { p in
            var parts: [FrameItem] = []
            if let b = p.bullet { parts.append(.shape(Shape(path: circlePath(center: b, radius: fitted.bulletRadius), fill: Palette.ink))) }
            return .group(.listItem, parts + p.lines.map { .text($0) })
        }))
        return items
    }

    /// A rectangle with rounded corners, for the pen to draw softly.
    static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let k = 0.5523 * radius
        return Path([
            .move(Point(r.minX + radius, r.minY)), .line(Point(r.maxX - radius, r.minY)),
            .curve(Point(r.maxX - radius + k, r.minY), Point(r.maxX, r.minY + radius - k), Point(r.maxX, r.minY + radius)),
            .line(Point(r.maxX, r.maxY - radius)),
            .curve(Point(r.maxX, r.maxY - radius + k), Point(r.maxX - radius + k, r.maxY), Point(r.maxX - radius, r.maxY)),
            .line(Point(r.minX + radius, r.maxY)),
            .curve(Point(r.minX + radius - k, r.maxY), Point(r.minX, r.maxY - radius + k), Point(r.minX, r.maxY - radius)),
            .line(Point(r.minX, r.minY + radius)),
            .curve(Point(r.minX, r.minY + radius - k), Point(r.minX + radius - k, r.minY), Point(r.minX + radius, r.minY)),
            .close,
        ])
    }
}

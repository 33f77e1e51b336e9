import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Places a Three Houses worksheet on paper: header, three hand-drawn houses holding the child's words (or writing
/// lines), the record at the foot, and follow-up pages for words that did not fit.
public struct ThreeHousesLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    /// Type sizes in design units (scaled by the page's unit).
    enum Sizes {
        static let title = 28.0
        static let titleMin = 18.0
        static let details = 15.0
        static let label: ClosedRange<Double> = 11...19
        static let words: ClosedRange<Double> = 11...20
        static let prompt = 12.5
        static let record: ClosedRange<Double> = 8...10
        static let note = 10.0
        /// Houses on one page differ in type size by no more than this factor: the page reads as one, yet a
        /// house with three short wishes is not set as small as a house full of worries.
        static let spread = 1.25
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }
    var headerBottom: Double { margin + 52 * u }

    /// One house on one page: what it shows and which of its words are still to place.
    struct Entry {
        var house: HouseContent
        var blocks: [TextBlock]
        var drawing: Bitmap?
    }

    /// The worksheet's pages. `drawings` holds the decoded drawings by the absolute path the sheet names.
    public func layout(_ sheet: ThreeHousesSheet, drawings: [String: Bitmap]) throws(LayoutError) -> FrameDocument {
        try checkGlyphs(sheet)
        let (recordItems, footerTop) = try record(sheet)
        var entries = sheet.houses.map { house in
            Entry(house: house, blocks: house.items.map(block), drawing: house.drawing.flatMap { drawings[$0.path] })
        }
        var (houses, pending) = try housesPage(entries, sheet: sheet, pageNumber: 1, bottom: footerTop)
        var first = Frame(size: page.size, items: [], bookmark: sheet.title)
        first.items = try header(sheet) + houses + recordItems
        var pages = [first]
        // Words that did not fit carry on, all houses together, on as many follow-up pages as they need.
        while !pending.isEmpty {
            entries = pending
            (houses, pending) = try housesPage(entries, sheet: sheet, pageNumber: pages.count + 1, bottom: footerTop)
            if pending.count == entries.count,
                zip(pending, entries).allSatisfy({ $0.blocks == $1.blocks }), let stuck = pending.first?.blocks.first
            {
                throw .doesNotFit(text: stuck.text, place: "a whole page of the house", origin: stuck.origin)
            }
            let title = entries.count == 1 ? entries[0].house.followUpTitle : sheet.followUpTitle
            var frame = Frame(size: page.size, items: [], bookmark: title)
            frame.items = try followUpHeader(title, origin: sheet.titleOrigin, language: fixedWordsLanguage(sheet)) + houses + recordItems
            pages.append(frame)
        }
        if pages.count > 1 {
            for i in pages.indices {
                let text = sheet.pageLabel.replacingOccurrences(of: "{page}", with: "\(i + 1)")
                    .replacingOccurrences(of: "{pages}", with: "\(pages.count)")
                pages[i].items.append(pageLabel(text, language: fixedWordsLanguage(sheet)))
            }
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: pages,
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, Three Houses",
                creationDate: meta.creationDate, language: meta.language))
    }

    /// Draws the houses of one page and fits their words at one size for the whole page. Returns the houses'
    /// items and, for each house whose words carry on, what is left.
    func housesPage(_ entries: [Entry], sheet: ThreeHousesSheet, pageNumber: Int, bottom: Double)
        throws(LayoutError) -> (items: [FrameItem], pending: [Entry])
    {
        let slots = houseSlots(count: entries.count, bottom: bottom - 8 * u, rightToLeft: pageReadsRightToLeft(sheet))
        let shapes = zip(entries, slots).map { entry, slot in
            HouseShape(
                slot: slot, unit: u,
                mirrored: entry.blocks.isEmpty ? pageReadsRightToLeft(sheet) : readsRightToLeft(entry.blocks))
        }
        let regions = zip(entries, shapes).map { entry, shape in wordsRegion(entry.drawing, shape) }
        // Each house's largest size, held within a narrow spread of the smallest so the page reads as one.
        let sizes = zip(entries, regions).map { entry, region in
            fitWords(entry.blocks, in: region, upTo: Sizes.words.upperBound * u).size
        }
        let smallest = zip(entries, sizes).filter { !$0.0.blocks.isEmpty }.map(\.1).min() ?? Sizes.words.upperBound * u
        var items: [FrameItem] = []
        var pending: [Entry] = []
        for (i, entry) in entries.enumerated() {
            let shape = shapes[i]
            let house = entry.house
            let seed = StableHash.seed(sheet.seedKey, house.house.rawValue, String(pageNumber))
            var parts: [FrameItem] = HouseArt(shape: shape, house: house.house, unit: u, seed: seed).items
            let language = fixedWordsLanguage(sheet)
            parts += sheet.childNamesHouses
                ? emptySign(in: shape, seed: seed) : try label(house, in: shape, seed: seed, language: language)
            if let bitmap = entry.drawing, let source = house.drawing {
                let rect = shape.drawingBox.aspectFit(bitmap.size)
                parts.append(.group(
                    .figure(alt: "\(house.name): drawing"),
                    [.image(ImageItem(bitmap: bitmap, rect: rect, label: fileName(source.path)))]))
            }
            if sheet.isBlank {
                if sheet.writingLines { parts += blankLines(in: shape, seed: seed) }
            } else {
                let size = min(sizes[i], smallest * Sizes.spread)
                var fitted = fitWords(entry.blocks, in: regions[i], upTo: size)
                if !fitted.overflow.isEmpty {
                    // Leave room at the foot of the house to say where the words carry on.
                    let note = sheet.continuedNote.replacingOccurrences(of: "{page}", with: "\(pageNumber + 1)")
                    let noteStyle = TextStyle(size: Sizes.note * u, language: language)
                    let noteHeight = measurer.lineMetrics(of: note, style: noteStyle).height
                    let noteTop = shape.inner.maxY - noteHeight
                    fitted = fitWords(entry.blocks, in: shape.textRegion(above: noteTop - 4 * u, from: regions[i]), upTo: size)
                    parts.append(continuation(note, style: noteStyle, top: noteTop, in: shape))
                    pending.append(Entry(house: house, blocks: fitted.overflow, drawing: nil))
                }
                parts.append(list(fitted))
            }
            items.append(.group(.section, parts))
        }
        return (items, pending)
    }

    // MARK: Slots

    /// Slots for `count` houses: side by side on landscape paper (from the right when the page reads right to
    /// left), one above another on portrait. Fewer houses (on a follow-up page) get wider slots, but never so wide
    /// that a house turns into a barn.
    func houseSlots(count: Int, bottom: Double, rightToLeft: Bool = false) -> [Rect] {
        let top = headerBottom + 8 * u
        let gap = 26 * u
        let n = Double(max(1, count))
        if page.isLandscape {
            let available = page.size.width - 2 * margin
            let w = min((available - (n - 1) * gap) / n, (bottom - top) * 1.2)
            let used = n * w + (n - 1) * gap
            let left = margin + (available - used) / 2
            let slots = (0..<count).map { i in Rect(x: left + Double(i) * (w + gap), y: top, width: w, height: bottom - top) }
            return rightToLeft ? slots.reversed() : slots
        }
        let rowGap = gap * 0.8
        let h = min((bottom - top - (n - 1) * rowGap) / n, (page.size.width - 2 * margin) * 0.9)
        return (0..<count).map { i in
            Rect(x: margin, y: top + Double(i) * (h + rowGap), width: page.size.width - 2 * margin, height: h)
        }
    }

    // MARK: Text

    func block(_ t: SheetText) -> TextBlock {
        TextBlock(t.text, bulleted: true, language: t.language, origin: t.origin)
    }

    /// A house is mirrored when most of its words read right to left.
    func readsRightToLeft(_ blocks: [TextBlock]) -> Bool {
        let rtl = blocks.filter { measurer.direction(of: $0.text) == .rightToLeft }.count
        return rtl * 2 > blocks.count
    }

    func wordsRegion(_ drawing: Bitmap?, _ shape: HouseShape) -> Polygon {
        guard let drawing else { return shape.textRegion }
        return shape.textRegion(around: shape.drawingBox.aspectFit(drawing.size), gap: 8 * u)
    }

    func fitWords(_ blocks: [TextBlock], in region: Polygon, upTo maxSize: Double) -> FittedText {
        let lower = Sizes.words.lowerBound * u
        let options = FitOptions(
            sizes: lower...max(lower, maxSize), style: TextStyle(size: lower), color: Palette.ink)
        return FitText(measurer: measurer, options: options).fit(blocks, in: region)
    }

    func list(_ fitted: FittedText) -> FrameItem {
        .group(.list, fitted.paragraphs.map { p in
            var items: [FrameItem] = []
            if let b = p.bullet {
                items.append(.shape(Shape(path: circlePath(center: b, radius: fitted.bulletRadius), fill: Palette.ink)))
            }
            items += p.lines.map { .text($0) }
            return .group(.listItem, items)
        })
    }

    /// "more on page 2 →" at the foot of the walls, on the side away from the door.
    func continuation(_ note: String, style: TextStyle, top: Double, in shape: HouseShape) -> FrameItem {
        let metrics = measurer.lineMetrics(of: note, style: style)
        let w = measurer.width(of: note, style: style)
        let x = shape.mirrored ? shape.inner.maxX - w : shape.inner.minX
        return .group(.paragraph, [.text(TextLine(
            text: note, origin: Point(x, top), width: w, height: metrics.height, style: style, color: Palette.softInk,
            direction: measurer.direction(of: note)))])
    }

    /// The house's name on a pale sign board in the roof, so it stays readable over the roof's pattern.
    func label(_ house: HouseContent, in shape: HouseShape, seed: UInt32, language: String?) throws(LayoutError) -> [FrameItem] {
        let options = FitOptions(
            sizes: Sizes.label.lowerBound * u...Sizes.label.upperBound * u, style: TextStyle(size: 12, weight: .bold),
            color: Palette.ink, paragraphSpacing: 0, alignment: .center, centerVertically: true, balance: true)
        let fitted = FitText(measurer: measurer, options: options)
            .fit([TextBlock(house.name, language: language)], in: shape.labelRegion)
        guard fitted.fitsAll, let first = fitted.lines.first else {
            throw .doesNotFit(text: house.name, place: "the roof of the house", origin: "strings: house.\(house.house.rawValue)")
        }
        let bounds = fitted.lines.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.3 * u, roughness: 0.6, maxRandomnessOffset: 1 * u), seed: seed &+ 17)
        let board = pen.rectangle(bounds.inset(top: -2 * u, left: -7 * u, bottom: -3 * u, right: -7 * u), fill: .solid(Palette.sign))
        return [.group(.figure(alt: "sign"), board.frameItems), .group(.heading(level: 2), fitted.lines.map { .text($0) })]
    }

    /// An empty sign board with a line to write on, for the child to name the house.
    func emptySign(in shape: HouseShape, seed: UInt32) -> [FrameItem] {
        let region = shape.labelRegion.bounds
        let height = min(region.height, 30 * u)
        let board = Rect(x: region.midX - region.width * 0.36, y: region.maxY - height, width: region.width * 0.72, height: height)
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.3 * u, roughness: 0.6, maxRandomnessOffset: 1 * u), seed: seed &+ 17)
        var drawing = pen.rectangle(board, fill: .solid(Palette.sign))
        var line = RoughPen(style: PenStyle(strokeWidth: 1.1 * u, roughness: 0.5, ink: Palette.rule), seed: seed &+ 19)
        drawing.append(line.line(
            from: Point(board.minX + 8 * u, board.maxY - 7 * u), to: Point(board.maxX - 8 * u, board.maxY - 7 * u)))
        return [.group(.figure(alt: "an empty sign for the house's name"), drawing.frameItems)]
    }

    /// Writing lines down a blank house, for a child who would rather write than draw. No question is printed in
    /// the house: it would steer what the child says (the questions go at the foot, when asked for).
    func blankLines(in shape: HouseShape, seed: UInt32) -> [FrameItem] {
        WritingLines(region: shape.textRegion, top: shape.inner.minY + 14 * u, spacing: 30 * u, unit: u, seed: seed).items
    }

    func checkGlyphs(_ sheet: ThreeHousesSheet) throws(LayoutError) {
        let check = GlyphCheck(measurer: measurer)
        let language = fixedWordsLanguage(sheet)
        try check.check(sheet.title, language: language, origin: sheet.titleOrigin ?? "the title")
        for d in sheet.details { try check.check(d, language: language, origin: "the worksheet header") }
        for h in sheet.houses {
            try check.check(h.name, language: language, origin: "strings: house.\(h.house.rawValue)")
            for item in h.items { try check.check(item.text, language: item.language, origin: item.origin) }
        }
        for r in sheet.record {
            try check.check(r.text, language: r.language ?? language, origin: r.origin ?? "the record at the foot of the page")
        }
    }

    func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A circle as four Bézier arcs, for bullets: small enough that a hand-drawn wobble would only look like a smudge.
func circlePath(center c: Point, radius r: Double) -> Path {
    let k = 0.5523 * r
    return Path([
        .move(Point(c.x + r, c.y)),
        .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
        .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
        .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
        .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
        .close,
    ])
}

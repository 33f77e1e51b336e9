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
        static let record: ClosedRange<Double> = 7.5...10
        /// Houses on one page differ in type size by no more than this factor, so the page reads as one.
        static let spread = 1.3
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }
    var headerBottom: Double { margin + 52 * u }

    /// The worksheet's pages. `drawings` holds the decoded drawings by the absolute path the sheet names.
    public func layout(_ sheet: ThreeHousesSheet, drawings: [String: Bitmap]) throws(LayoutError) -> FrameDocument {
        try checkGlyphs(sheet)
        let (recordItems, footerTop) = try record(sheet)
        let slots = houseSlots(bottom: footerTop - 8 * u)
        var houses: [FrameItem] = []
        var followUps: [(HouseContent, [TextBlock])] = []
        // First pass: each house's best size alone; then cap the spread so the page reads as one.
        let shapes = slots.map { HouseShape(slot: $0, unit: u) }
        let regions = zip(sheet.houses, shapes).map { house, shape in wordsRegion(house, shape, drawings) }
        let best = zip(sheet.houses, regions).map { house, region in
            fitWords(house.items.map(block), in: region, upTo: Sizes.words.upperBound * u).size
        }
        let cap = (best.min() ?? Sizes.words.upperBound * u) * Sizes.spread
        for (i, house) in sheet.houses.enumerated() {
            let shape = shapes[i]
            let seed = StableHash.seed(sheet.seedKey, house.house.rawValue)
            var items: [FrameItem] = HouseArt(shape: shape, house: house.house, unit: u, seed: seed).items
            items.append(try label(house, in: shape))
            if let source = house.drawing, let bitmap = drawings[source.path] {
                let rect = shape.drawingBox.aspectFit(bitmap.size)
                items.append(.group(.figure(alt: "\(house.name): drawing"), [.image(ImageItem(bitmap: bitmap, rect: rect, label: fileName(source.path)))]))
            }
            if sheet.isBlank {
                items += blankLines(house, in: shape, seed: seed)
            } else {
                let fitted = fitWords(house.items.map(block), in: regions[i], upTo: min(cap, Sizes.words.upperBound * u))
                items.append(list(fitted))
                if !fitted.overflow.isEmpty { followUps.append((house, fitted.overflow)) }
            }
            houses.append(.group(.section, items))
        }
        var first = Frame(size: page.size, items: [], bookmark: sheet.title)
        first.items = try header(sheet) + houses + recordItems
        var pages = [first]
        for (house, rest) in followUps {
            pages += try followUpPages(house, rest, sheet: sheet)
        }
        if pages.count > 1 {
            for i in pages.indices {
                let text = sheet.pageLabel.replacingOccurrences(of: "{page}", with: "\(i + 1)")
                    .replacingOccurrences(of: "{pages}", with: "\(pages.count)")
                pages[i].items.append(pageLabel(text))
            }
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: pages,
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, Three Houses",
                creationDate: meta.creationDate))
    }

    // MARK: Slots

    /// Three slots side by side on landscape paper; two above one on portrait.
    func houseSlots(bottom: Double) -> [Rect] {
        let top = headerBottom + 8 * u
        let gap = 26 * u
        if page.isLandscape {
            let w = (page.size.width - 2 * margin - 2 * gap) / 3
            return (0..<3).map { i in
                Rect(x: margin + Double(i) * (w + gap), y: top, width: w, height: bottom - top)
            }
        }
        // Portrait: three houses one above the other, each as wide as the page, like a street seen from afar.
        let h = (bottom - top - 2 * gap * 0.8) / 3
        return (0..<3).map { i in
            Rect(x: margin, y: top + Double(i) * (h + gap * 0.8), width: page.size.width - 2 * margin, height: h)
        }
    }

    // MARK: Text

    func block(_ t: SheetText) -> TextBlock {
        TextBlock(t.text, bulleted: true, language: t.language, origin: t.origin)
    }

    func wordsRegion(_ house: HouseContent, _ shape: HouseShape, _ drawings: [String: Bitmap]) -> Polygon {
        guard let source = house.drawing, let bitmap = drawings[source.path] else { return shape.textRegion }
        return shape.textRegion(around: shape.drawingBox.aspectFit(bitmap.size), gap: 8 * u)
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

    func label(_ house: HouseContent, in shape: HouseShape) throws(LayoutError) -> FrameItem {
        let options = FitOptions(
            sizes: Sizes.label.lowerBound * u...Sizes.label.upperBound * u, style: TextStyle(size: 12, weight: .bold),
            color: Palette.ink, paragraphSpacing: 0, alignment: .center, centerVertically: true, balance: true)
        let fitted = FitText(measurer: measurer, options: options).fit([TextBlock(house.name)], in: shape.labelRegion)
        guard fitted.fitsAll else {
            throw .doesNotFit(text: house.name, place: "the roof of the house", origin: "strings: house.\(house.house.rawValue)")
        }
        return .group(.heading(level: 2), fitted.lines.map { .text($0) })
    }

    func blankLines(_ house: HouseContent, in shape: HouseShape, seed: UInt32) -> [FrameItem] {
        let promptStyle = TextStyle(size: Sizes.prompt * u)
        let options = FitOptions(
            sizes: Sizes.prompt * 0.8 * u...Sizes.prompt * u, style: promptStyle, color: Palette.softInk,
            paragraphSpacing: 0, alignment: .center)
        let prompt = FitText(measurer: measurer, options: options).fit([TextBlock(house.prompt)], in: shape.textRegion)
        var items: [FrameItem] = [.group(.paragraph, prompt.lines.map { .text($0) })]
        let start = (prompt.bottom ?? shape.inner.minY) + 14 * u
        items += WritingLines(region: shape.textRegion, top: start, spacing: 30 * u, unit: u, seed: seed).items
        return items
    }

    func checkGlyphs(_ sheet: ThreeHousesSheet) throws(LayoutError) {
        let check = GlyphCheck(measurer: measurer)
        try check.check(sheet.title, origin: "the title")
        for d in sheet.details { try check.check(d, origin: "the worksheet header") }
        for h in sheet.houses {
            try check.check(h.name, origin: "strings: house.\(h.house.rawValue)")
            for item in h.items { try check.check(item.text, language: item.language, origin: item.origin) }
        }
        for r in sheet.record { try check.check(r.text, origin: r.origin ?? "the record at the foot of the page") }
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

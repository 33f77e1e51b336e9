import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Places a safety scale page: the header, then one strip per thing scaled, as many to a page as fit at a size a
/// child can point at; more strips carry on to further pages.
public struct SafetyScaleLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 30 * u }

    /// The boxes strips take on a page: stacked, each at most `tallest` high and centred in what is left.
    func stripBoxes(count: Int, top: Double) -> [Rect] {
        let bottom = page.size.height - margin
        let gap = 18 * u
        let n = Double(max(count, 1))
        let tallest = 300 * u
        let h = min((bottom - top - (n - 1) * gap) / n, tallest)
        let used = n * h + (n - 1) * gap
        let start = top + max(0, (bottom - top - used) / 2)
        return (0..<count).map { i in Rect(x: margin, y: start + Double(i) * (h + gap), width: page.size.width - 2 * margin, height: h) }
    }

    /// How many strips fit on one page: each needs room for the child standing over the line and a few rows of
    /// grown-ups' names beneath.
    func perPage(top: Double, marks: Int) -> Int {
        let available = page.size.height - margin - top
        let needed = (140 + 16 * Double(min(max(1, marks), 5))) * u
        return max(1, Int((available + 18 * u) / (needed + 18 * u)))
    }

    /// A blank scale: the strip across the top half, then each scaling question with lines to write the answer.
    func blank(_ sheet: SafetyScaleSheet, header: SheetHeader, top: Double) throws(LayoutError) -> FrameDocument {
        var frame = Frame(size: page.size, items: [], bookmark: sheet.title)
        frame.items = try header.items(
            title: sheet.title, details: sheet.details, blankFields: sheet.blankFields, seedKey: sheet.seedKey,
            origin: sheet.titleOrigin)
        let stripBox = Rect(x: margin, y: top, width: page.size.width - 2 * margin, height: 170 * u)
        for strip in sheet.strips {
            let layout = ScaleStripLayout(measurer: measurer, unit: u, seed: StableHash.seed(sheet.seedKey, "strip"))
            frame.items.append(.group(.section, try layout.items(strip, in: stripBox)))
        }
        let words = SheetWords(measurer: measurer)
        let gap = 16 * u
        let n = Double(sheet.prompts.count)
        let width = (page.size.width - 2 * margin - (n - 1) * gap) / n
        let promptsTop = stripBox.maxY + 10 * u
        for (i, prompt) in sheet.prompts.enumerated() {
            let box = Rect(x: margin + Double(i) * (width + gap), y: promptsTop, width: width, height: page.size.height - margin - promptsTop)
            let fitted = try words.fitted(
                [TextBlock(prompt)], in: Rect(x: box.minX, y: box.minY, width: box.width, height: 40 * u), sizes: 11 * u...14 * u,
                bold: true, place: "a question under the safety scale")
            var items: [FrameItem] = [.group(.heading(level: 2), fitted.lines.map { .text($0) })]
            items += WritingLines(
                region: Polygon(rectangle: box), top: (fitted.bottom ?? box.minY) + 4 * u, spacing: 30 * u, unit: u,
                seed: StableHash.seed(sheet.seedKey, String(i))
            ).items
            frame.items.append(.group(.section, items))
        }
        let meta = sheet.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, safety scale",
                creationDate: meta.creationDate, language: meta.language))
    }

    public func layout(_ sheet: SafetyScaleSheet) throws(LayoutError) -> FrameDocument {
        let header = SheetHeader(measurer: measurer, page: page, margin: margin)
        let top = header.bottom + 10 * u
        let most = sheet.strips.map(\.marks.count).max() ?? 1
        if !sheet.prompts.isEmpty { return try blank(sheet, header: header, top: top) }
        let chunk = perPage(top: top, marks: most)
        var pages: [Frame] = []
        var start = 0
        repeat {
            let strips = Array(sheet.strips[start..<min(start + chunk, sheet.strips.count)])
            var frame = Frame(size: page.size, items: [], bookmark: sheet.title)
            frame.items = try header.items(
                title: sheet.title, details: sheet.details, blankFields: sheet.blankFields, seedKey: sheet.seedKey,
                origin: sheet.titleOrigin)
            for (i, (strip, box)) in zip(strips, stripBoxes(count: strips.count, top: top)).enumerated() {
                let layout = ScaleStripLayout(
                    measurer: measurer, unit: u, seed: StableHash.seed(sheet.seedKey, String(start + i)))
                frame.items.append(.group(.section, try layout.items(strip, in: box)))
            }
            pages.append(frame)
            start += chunk
        } while start < sheet.strips.count
        let meta = sheet.metadata
        return FrameDocument(
            pages: pages,
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, safety scale",
                creationDate: meta.creationDate, language: meta.language))
    }
}

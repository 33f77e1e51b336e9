import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// The page where the family and the child sign that this is their story: the words at the top, then for each
/// person a line to sign on with their name under it, and a shorter line for the date.
extension BookletLayout {
    func laySignatures(_ story: StoryPage, booklet: Booklet) -> [Frame] {
        var frame = Frame(size: page.size)
        if let heading = story.heading { frame.items.append(self.heading(heading)) }
        let area = content
        let blocks = story.sentences.map { TextBlock($0.text, language: $0.language, origin: $0.origin) }
        let fitted = FitText(measurer: measurer, options: wordsOptions(booklet, centerVertically: false))
            .fit(blocks, in: Polygon(rectangle: Rect(x: area.minX, y: area.minY, width: area.width, height: area.height * 0.25)))
        frame.items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
        let top = (fitted.bottom ?? area.minY) + 24 * u
        let rows = max(story.signatures.count, 1)
        let rowHeight = min(90 * u, (area.maxY - top) / Double(rows))
        let style = TextStyle(size: 13 * u)
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.4 * u, roughness: 0.5, ink: Palette.rule), seed: StableHash.seed("signatures"))
        var items: [FrameItem] = []
        for (i, name) in story.signatures.enumerated() {
            let lineY = top + Double(i) * rowHeight + rowHeight * 0.6
            let signEnd = area.minX + area.width * 0.62
            let dateStart = signEnd + 30 * u
            items += pen.line(from: Point(area.minX, lineY), to: Point(signEnd, lineY)).frameItems
            items += pen.line(from: Point(dateStart, lineY), to: Point(area.maxX, lineY)).frameItems
            for (text, x) in [(name, area.minX), (story.signatureLabel, dateStart)] where !text.isEmpty {
                let m = measurer.lineMetrics(of: text, style: style)
                items.append(.text(TextLine(
                    text: text, origin: Point(x, lineY + 6 * u), width: measurer.width(of: text, style: style), height: m.height,
                    style: style, color: Palette.softInk, direction: measurer.direction(of: text))))
            }
        }
        frame.items.append(.group(.list, items))
        return [frame]
    }
}

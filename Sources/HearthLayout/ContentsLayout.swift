import HearthFrame
import HearthGeometry

/// The contents page of a workshop pack: a title, a line saying what the pack is, and each section with the page
/// it starts on, tagged as a list so a screen reader reads it as one.
public struct ContentsLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    /// One line of the contents.
    public struct Entry: Hashable, Sendable {
        public var title: String
        /// The page number printed (from 1).
        public var page: Int

        public init(title: String, page: Int) {
            self.title = title
            self.page = page
        }
    }

    public func layout(title: String, intro: String, entries: [Entry]) throws(LayoutError) -> Frame {
        let u = page.unit
        let margin = 40 * u
        let width = page.size.width - 2 * margin
        var frame = Frame(size: page.size, items: [], bookmark: title)
        let titleStyle = TextStyle(size: 26 * u, weight: .bold)
        let tm = measurer.lineMetrics(of: title, style: titleStyle)
        guard measurer.width(of: title, style: titleStyle) <= width else { throw .doesNotFit(text: title, place: "the contents page's title", origin: nil) }
        frame.items.append(.group(.heading(level: 1), [line(title, x: margin, y: margin, style: titleStyle, color: Palette.ink)]))
        var y = margin + tm.height + 10 * u
        let introStyle = TextStyle(size: 12 * u)
        frame.items.append(.group(.paragraph, [line(intro, x: margin, y: y, style: introStyle, color: Palette.softInk)]))
        y += measurer.lineMetrics(of: intro, style: introStyle).height + 24 * u
        // One size for every entry: the largest at which the longest title still fits beside its page number.
        var size = 15 * u
        let numberWidth = measurer.width(of: "000", style: TextStyle(size: size))
        while size > 9 * u, entries.contains(where: { measurer.width(of: $0.title, style: TextStyle(size: size)) > width - numberWidth - 20 * u }) {
            size -= 0.5 * u
        }
        let style = TextStyle(size: size)
        var rows: [FrameItem] = []
        for entry in entries {
            guard measurer.width(of: entry.title, style: style) <= width - numberWidth - 20 * u else {
                throw .doesNotFit(text: entry.title, place: "the contents page", origin: nil)
            }
            let number = "\(entry.page)"
            let h = measurer.lineMetrics(of: entry.title, style: style).height
            guard y + h <= page.size.height - margin else { throw .doesNotFit(text: entry.title, place: "the contents page", origin: nil) }
            let nw = measurer.width(of: number, style: style)
            rows.append(.group(.listItem, [
                line(entry.title, x: margin, y: y, style: style, color: Palette.ink),
                line(number, x: margin + width - nw, y: y, style: style, color: Palette.ink),
            ]))
            // A soft rule under each entry leads the eye to its page number.
            let ruleY = y + h + 3 * u
            var rule = Path()
            rule.move(to: Point(margin, ruleY))
            rule.line(to: Point(margin + width, ruleY))
            rows.append(.shape(Shape(path: rule, stroke: Stroke(width: 0.6 * u, color: Self.ruleColour))))
            y += h + 12 * u
        }
        frame.items.append(.group(.list, rows))
        return frame
    }

    static let ruleColour = Color(hex: 0xC9C9D1)

    func line(_ text: String, x: Double, y: Double, style: TextStyle, color: Color) -> FrameItem {
        let m = measurer.lineMetrics(of: text, style: style)
        return .text(TextLine(
            text: text, origin: Point(x, y), width: measurer.width(of: text, style: style), height: m.height, style: style,
            color: color, direction: .leftToRight))
    }
}

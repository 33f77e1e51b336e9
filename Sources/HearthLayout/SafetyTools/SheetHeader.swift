import HearthFrame
import HearthGeometry
import HearthSketch

/// The head of a safety-tools sheet: the title at the left, the known details (age, date) and the fields to fill
/// in by hand (name, date) at the right on the title's baseline — the same head as the Three Houses worksheet;
/// the other way round for a language read from right to left.
struct SheetHeader {
    var measurer: any TextMeasurer
    var page: PageSpec
    var margin: Double

    var u: Double { page.unit }
    /// Where what follows the header may start.
    var bottom: Double { margin + 50 * u }

    func items(title: String, details: [String], blankFields: [String], seedKey: String, origin: String?, rightToLeft: Bool = false)
        throws(LayoutError) -> [FrameItem]
    {
        let fieldRoom = blankFields.isEmpty && details.isEmpty ? 0.0 : 0.42
        var titleBox = Rect(x: margin, y: margin, width: (page.size.width - 2 * margin) * (1 - fieldRoom), height: 44 * u)
        // The title is fitted where it goes, so a right-to-left title keeps to the right margin.
        if rightToLeft { titleBox = titleBox.mirrored(across: page.size.width) }
        let options = FitOptions(
            sizes: 16 * u...28 * u, style: TextStyle(size: 12, weight: .bold), color: Palette.ink, paragraphSpacing: 0,
            balance: false)
        let fitted = FitText(measurer: measurer, options: options).fit([TextBlock(title)], in: Polygon(rectangle: titleBox))
        guard fitted.fitsAll, let first = fitted.lines.first else { throw .doesNotFit(text: title, place: "the title", origin: origin) }
        var items: [FrameItem] = [.group(.heading(level: 1), fitted.lines.map { .text($0) })]
        let style = TextStyle(size: 15 * u)
        let metrics = measurer.lineMetrics(of: "Age", style: style)
        let baseline = first.origin.y + measurer.lineMetrics(of: title, style: first.style).baseline
        let y = baseline - metrics.baseline
        var x = page.size.width - margin
        var placed: [FrameItem] = []
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.3 * u, roughness: 0.8, ink: Palette.softInk), seed: StableHash.seed(seedKey, "fields"))
        for field in blankFields.reversed() {
            let lineLength = (field == blankFields.first && blankFields.count > 1 ? 150 : 90) * u
            x -= lineLength
            placed += pen.line(from: Point(x + 6 * u, baseline + 3 * u), to: Point(x + lineLength, baseline + 3 * u)).frameItems
            let w = measurer.width(of: field, style: style)
            x -= w
            placed.append(.text(TextLine(
                text: field, origin: Point(x, y), width: w, height: metrics.height, style: style, color: Palette.ink,
                direction: measurer.direction(of: field))))
            x -= 22 * u
        }
        let joined = details.joined(separator: "  ·  ")
        if !joined.isEmpty {
            let w = measurer.width(of: joined, style: style)
            placed.append(.text(TextLine(
                text: joined, origin: Point(x - w, y), width: w, height: metrics.height, style: style, color: Palette.ink,
                direction: measurer.direction(of: joined))))
        }
        // The details and fields are single lines: mirrored to the left for a right-to-left page.
        if rightToLeft { placed = placed.map { $0.mirrored(across: page.size.width) } }
        if !placed.isEmpty { items.append(.group(.paragraph, placed)) }
        return items
    }
}

/// Small text helpers shared by the safety-tools layouts.
struct SheetWords {
    var measurer: any TextMeasurer

    enum Anchor { case left, center, right }

    /// One line of text placed by its top edge and an anchor point on that edge.
    func line(_ text: String, x: Double, top: Double, size: Double, bold: Bool = false, color: Color = Palette.ink,
              anchor: Anchor = .center, language: String? = nil) -> TextLine
    {
        let style = TextStyle(size: size, weight: bold ? .bold : .regular, language: language)
        let w = measurer.width(of: text, style: style)
        let h = measurer.lineMetrics(of: text, style: style).height
        let left = switch anchor {
        case .left: x
        case .center: x - w / 2
        case .right: x - w
        }
        return TextLine(
            text: text, origin: Point(left, top), width: w, height: h, style: style, color: color,
            direction: measurer.direction(of: text))
    }

    /// Text fitted into a box (largest size in `sizes` that fits), or the error naming it.
    func fitted(_ blocks: [TextBlock], in box: Rect, sizes: ClosedRange<Double>, bold: Bool = false,
                color: Color = Palette.ink, center: Bool = false, place: String) throws(LayoutError) -> FittedText
    {
        let options = FitOptions(
            sizes: sizes, style: TextStyle(size: sizes.lowerBound, weight: bold ? .bold : .regular), color: color,
            paragraphSpacing: 0.3, alignment: center ? .center : .start, centerVertically: center, balance: true)
        let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: box))
        if let over = fitted.overflow.first { throw .doesNotFit(text: over.text, place: place, origin: over.origin) }
        return fitted
    }
}

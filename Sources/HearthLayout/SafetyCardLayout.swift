import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Sets the child's safety card as one full page (A5 unless the case chooses other paper): the title, the people
/// the child can talk to drawn and named, the safe place, what to do if I feel unsafe, the numbers in large
/// figures, and "It is not my fault" at the foot. Everything is set as large as the page allows, shrinking
/// together, never below a size a child can read; a blank card has boxes to draw in and lines to write on.
public struct SafetyCardLayout {
    public var measurer: any TextMeasurer
    public var assets: [String: AssetPicture]
    public var page: PageSpec

    public init(measurer: any TextMeasurer, assets: [String: AssetPicture], page: PageSpec) {
        self.measurer = measurer
        self.assets = assets
        self.page = page
    }

    /// A5 portrait, the card's natural size, in points.
    static let a5 = Size(width: 420.94, height: 595.28)
    /// Points per A5 design point.
    var k: Double { min(page.size.width / Self.a5.width, page.size.height / Self.a5.height) }
    var margin: Double { 26 * k }
    var width: Double { page.size.width - 2 * margin }

    /// The factors the card tries, largest first: everything shrinks together until it fits.
    static let scales: [Double] = [1, 0.92, 0.85, 0.78, 0.72, 0.66]

    public func layout(_ card: SafetyCard) throws(LayoutError) -> FrameDocument {
        let check = GlyphCheck(measurer: measurer)
        for text in card.printed { try check.check(text.text, language: text.language, origin: text.origin) }
        var frame: Frame?
        for f in Self.scales {
            let (items, bottom) = try content(card, f: f)
            guard bottom <= page.size.height - margin - 44 * k * f else { continue }
            frame = Frame(size: page.size, items: items + [footer(card, f: f)], bookmark: card.title)
            break
        }
        guard let frame else {
            throw .doesNotFit(
                text: card.title, place: "the child's safety card: too much for one page, even in smaller type",
                origin: card.metadata.title)
        }
        let meta = card.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, my safety plan",
                creationDate: meta.creationDate, language: meta.language))
    }

    func content(_ card: SafetyCard, f: Double) throws(LayoutError) -> ([FrameItem], Double) {
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.3 * k, roughness: 0.5, ink: Palette.rule), seed: StableHash.seed(card.seedKey))
        var text = CardText(measurer: measurer)
        var items: [FrameItem] = []
        // The title on a soft band.
        let titleBox = Rect(x: margin, y: margin, width: width, height: 46 * k * f)
        items += pen.rectangle(titleBox, fill: .solid(Color(hex: 0xFFF3D1))).frameItems
        let title = try text.fitted([card.title], in: titleBox.inset(by: 6 * k), sizes: 15 * k * f...24 * k * f, weight: .bold, centred: true, place: "the card's title")
        items.append(.group(.heading(level: 1), title.lines.map { .text($0) }))
        var y = titleBox.maxY + 14 * k * f

        // Who I can talk to: drawn and named.
        if card.isBlank || !card.people.isEmpty {
            items.append(heading(card.talkHeading, y: y, f: f, text: &text))
            y += 24 * k * f
            if card.isBlank {
                let prompt = card.blankPrompts?.people ?? ""
                let caption = text.line(prompt, x: margin, y: y, size: 11 * k * f, color: Palette.softInk)
                items.append(.group(.paragraph, [.text(caption)]))
                y += caption.height + 6 * k * f
                let n = 4, gap = 10 * k * f
                let w = (width - gap * Double(n - 1)) / Double(n), h = 92 * k * f
                for i in 0..<n {
                    let box = Rect(x: margin + Double(i) * (w + gap), y: y, width: w, height: h)
                    items += dashed(pen.rectangle(box).frameItems)
                    items += pen.line(from: Point(box.minX + 4 * k, box.maxY + 20 * k * f), to: Point(box.maxX - 4 * k, box.maxY + 20 * k * f)).frameItems
                }
                y += h + 30 * k * f
            } else {
                // The people waving hello, each with their name.
                let box = Rect(x: margin, y: y, width: width, height: 128 * k * f)
                let row = WavingRow(measurer: measurer, unit: k * f).items(card.people, in: box, seed: StableHash.seed(card.seedKey, "people"))
                items += row.items
                y = row.bottom + 10 * k * f
            }
        }

        // My safe place.
        if card.isBlank || card.safePlace != nil {
            items.append(heading(card.safePlaceHeading, y: y, f: f, text: &text))
            y += 24 * k * f
            if let place = card.safePlace {
                let fitted = try text.fitted([place.text], in: Rect(x: margin, y: y, width: width, height: 400), sizes: 14 * k * f...14 * k * f, origin: place.origin, place: "the card")
                items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
                y = (fitted.bottom ?? y) + 12 * k * f
            } else {
                y = writingLines(2, from: y, f: f, pen: &pen, into: &items)
            }
        }

        // If I feel unsafe.
        items.append(heading(card.unsafeHeading, y: y, f: f, text: &text))
        y += 24 * k * f
        if card.ifUnsafe.isEmpty {
            y = writingLines(3, from: y, f: f, pen: &pen, into: &items)
        } else {
            let blocks = card.ifUnsafe.map { TextBlock($0.text, bulleted: true, language: $0.language, origin: $0.origin) }
            let fitted = FitText(measurer: measurer, options: text.options(size: 14 * k * f)).fit(blocks, in: Polygon(rectangle: Rect(x: margin, y: y, width: width, height: 400)))
            if let stuck = fitted.overflow.first { throw .doesNotFit(text: stuck.text, place: "the child's safety card", origin: stuck.origin) }
            items.append(.group(.list, fitted.paragraphs.map { p in
                .group(.listItem, (p.bullet.map { [.shape(Shape(path: circlePath(center: $0, radius: fitted.bulletRadius), fill: Palette.ink))] } ?? []) + p.lines.map { .text($0) })
            }))
            y = (fitted.bottom ?? y) + 12 * k * f
        }

        // The numbers to ring, in large figures.
        items.append(heading(card.numbersHeading, y: y, f: f, text: &text))
        y += 26 * k * f
        if card.numbers.isEmpty {
            for _ in 0..<3 {
                let lineY = y + 22 * k * f
                items += pen.line(from: Point(margin, lineY), to: Point(margin + width * 0.55, lineY)).frameItems
                items += pen.phoneLine(from: margin + width * 0.62, to: margin + width, y: lineY)
                y += 30 * k * f
            }
        } else {
            var rows: [FrameItem] = []
            for number in card.numbers {
                let big = card.minimal ? 34 * k * f : 21 * k * f
                let figures = text.line(number.number, x: 0, y: 0, size: big, weight: .bold)
                let labelWidth = card.minimal ? width - 20 * k : width - figures.width - 34 * k
                let label = try text.fitted([number.label.text], in: Rect(x: margin + 10 * k, y: y + 8 * k * f, width: labelWidth, height: 200), sizes: 12 * k * f...13 * k * f, origin: number.label.origin, place: "the card")
                var figuresAt = figures
                let rowHeight: Double
                if card.minimal {
                    figuresAt.origin = Point(margin + (width - figures.width) / 2, (label.bottom ?? y) + 6 * k * f)
                    rowHeight = figuresAt.origin.y + figures.height + 10 * k * f - y
                } else {
                    let labelHeight = (label.bottom ?? y) - y
                    rowHeight = max(labelHeight, figures.height) + 16 * k * f
                    figuresAt.origin = Point(margin + width - figures.width - 12 * k, y + (rowHeight - figures.height) / 2)
                }
                let box = Rect(x: margin, y: y, width: width, height: rowHeight)
                rows.append(.group(.listItem, pen.rectangle(box, fill: .solid(Color(hex: 0xEEF5FB))).frameItems + label.lines.map { .text($0) } + [.text(figuresAt)]))
                y += rowHeight + 8 * k * f
            }
            items.append(.group(.list, rows))
        }
        return (items, y)
    }

    /// "It is not my fault." at the foot of the card.
    func footer(_ card: SafetyCard, f: Double) -> FrameItem {
        var text = CardText(measurer: measurer)
        let l = text.line(card.notMyFault, x: 0, y: 0, size: 17 * k * f, weight: .bold, color: Color(hex: 0x8A3B5C))
        var placed = l
        placed.origin = Point((page.size.width - l.width) / 2, page.size.height - margin - l.height - 4 * k)
        return .group(.paragraph, [.text(placed)])
    }

    func heading(_ title: String, y: Double, f: Double, text: inout CardText) -> FrameItem {
        .group(.heading(level: 2), [.text(text.line(title, x: margin, y: y, size: 15 * k * f, weight: .bold, color: Color(hex: 0x2F5D8A)))])
    }

    func writingLines(_ n: Int, from top: Double, f: Double, pen: inout RoughPen, into items: inout [FrameItem]) -> Double {
        var y = top
        for _ in 0..<n {
            y += 26 * k * f
            items += pen.line(from: Point(margin, y - 4 * k), to: Point(margin + width, y - 4 * k)).frameItems
        }
        return y + 10 * k * f
    }

    func dashed(_ items: [FrameItem]) -> [FrameItem] {
        items.map { item in
            guard case .shape(var s) = item, var stroke = s.stroke else { return item }
            stroke.dash = [5 * k, 4 * k]
            s.stroke = stroke
            return .shape(s)
        }
    }
}

extension RoughPen {
    /// A line to write a phone number on.
    mutating func phoneLine(from x0: Double, to x1: Double, y: Double) -> [FrameItem] {
        line(from: Point(x0, y), to: Point(x1, y)).frameItems
    }
}

/// Lines and fitted paragraphs for the card and its wallet copies.
struct CardText {
    var measurer: any TextMeasurer

    func options(size: Double, weight: TextStyle.Weight = .regular, centred: Bool = false) -> FitOptions {
        FitOptions(
            sizes: size...size, style: TextStyle(size: size, weight: weight), color: Palette.ink, lineSpacing: 1.1,
            paragraphSpacing: 0.4, alignment: centred ? .center : .start, balance: centred)
    }

    func fitted(
        _ texts: [String], in box: Rect, sizes: ClosedRange<Double>, weight: TextStyle.Weight = .regular, centred: Bool = false,
        origin: String? = nil, place: String
    ) throws(LayoutError) -> FittedText {
        var options = options(size: sizes.upperBound, weight: weight, centred: centred)
        options.sizes = sizes
        options.centerVertically = centred
        let fitted = FitText(measurer: measurer, options: options).fit(texts.map { TextBlock($0, origin: origin) }, in: Polygon(rectangle: box))
        if let stuck = fitted.overflow.first { throw .doesNotFit(text: stuck.text, place: place, origin: stuck.origin) }
        return fitted
    }

    func line(_ text: String, x: Double, y: Double, size: Double, weight: TextStyle.Weight = .regular, color: Color = Palette.ink) -> TextLine {
        let style = TextStyle(size: size, weight: weight)
        let m = measurer.lineMetrics(of: text, style: style)
        return TextLine(
            text: text, origin: Point(x, y), width: measurer.width(of: text, style: style), height: m.height, style: style,
            color: color, direction: measurer.direction(of: text))
    }
}

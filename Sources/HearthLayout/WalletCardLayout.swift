import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Eight copies of the child's safety card at bank-card size (85.6 × 54 mm), two across and four down on an A4 (or
/// Letter) sheet, with cut marks at every edge outside the block, so one is kept in a pocket or a school bag and
/// the rest are spares. Only the first card is tagged for screen readers; the copies are marked as page furniture,
/// so the words are read once.
public struct WalletCardLayout {
    public var measurer: any TextMeasurer
    public var page: PageSpec

    public init(measurer: any TextMeasurer, page: PageSpec) {
        self.measurer = measurer
        self.page = page
    }

    /// ISO/IEC 7810 ID-1, in points.
    public static let cardSize = Size(width: 85.6 / 25.4 * 72, height: 54 / 25.4 * 72)
    public static let columns = 2
    public static let rows = 4

    public func layout(_ card: SafetyCard) throws(LayoutError) -> FrameDocument {
        let check = GlyphCheck(measurer: measurer)
        for text in card.printed { try check.check(text.text, language: text.language, origin: text.origin) }
        let c = Self.cardSize
        let blockWidth = c.width * Double(Self.columns), blockHeight = c.height * Double(Self.rows)
        let x0 = ((page.size.width - blockWidth) / 2).rounded(), y0 = ((page.size.height - blockHeight) / 2).rounded()
        let one = try face(card, in: Rect(x: 0, y: 0, width: c.width, height: c.height))
        var frame = Frame(size: page.size, bookmark: card.title)
        for i in 0..<(Self.columns * Self.rows) {
            let at = Point(x0 + Double(i % Self.columns) * c.width, y0 + Double(i / Self.columns) * c.height)
            let placed = one.map { $0.offset(by: at) }
            frame.items += i == 0 ? [.group(.section, placed)] : Self.untagged(placed)
        }
        frame.items += cutMarks(x0: x0, y0: y0, width: blockWidth, height: blockHeight)
        let meta = card.metadata
        return FrameDocument(
            pages: [frame],
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, my safety plan, wallet card",
                creationDate: meta.creationDate, language: meta.language))
    }

    /// The copies' items without their tags: read once, from the first card.
    static func untagged(_ items: [FrameItem]) -> [FrameItem] {
        items.flatMap { item -> [FrameItem] in
            if case .group(_, let inner) = item { return untagged(inner) }
            return [item]
        }
    }

    /// Short lines in the margin along every cut, never inside a card.
    func cutMarks(x0: Double, y0: Double, width: Double, height: Double) -> [FrameItem] {
        let gap = 6.0, length = 16.0
        let stroke = Stroke(width: 0.5, color: Palette.ink)
        var items: [FrameItem] = []
        func mark(_ a: Point, _ b: Point) {
            items.append(.shape(Shape(path: Path([.move(a), .line(b)]), stroke: stroke)))
        }
        for col in 0...Self.columns {
            let x = x0 + Double(col) * Self.cardSize.width
            mark(Point(x, y0 - gap - length), Point(x, y0 - gap))
            mark(Point(x, y0 + height + gap), Point(x, y0 + height + gap + length))
        }
        for row in 0...Self.rows {
            let y = y0 + Double(row) * Self.cardSize.height
            mark(Point(x0 - gap - length, y), Point(x0 - gap, y))
            mark(Point(x0 + width + gap, y), Point(x0 + width + gap + length, y))
        }
        // A faint outline, so a child cutting with scissors can follow the edge.
        for i in 0..<(Self.columns * Self.rows) {
            let r = Rect(
                x: x0 + Double(i % Self.columns) * Self.cardSize.width, y: y0 + Double(i / Self.columns) * Self.cardSize.height,
                width: Self.cardSize.width, height: Self.cardSize.height)
            items.append(.shape(Shape(path: Path.rect(r), stroke: Stroke(width: 0.4, color: Color(hex: 0xC8C8D0), dash: [2, 3]))))
        }
        return items
    }

    /// One card's face, at the origin: the title, who I can talk to, the numbers, and "It is not my fault".
    func face(_ card: SafetyCard, in r: Rect) throws(LayoutError) -> [FrameItem] {
        let text = CardText(measurer: measurer)
        let pad = 9.0
        for f in [1.0, 0.9, 0.8, 0.72, 0.64] {
            var items: [FrameItem] = []
            var pen = RoughPen(style: PenStyle(strokeWidth: 0.8, roughness: 0.4, ink: Palette.rule), seed: StableHash.seed(card.seedKey + "/wallet"))
            let title = text.line(card.walletTitle, x: r.minX + pad, y: r.minY + pad, size: 12 * f, weight: .bold, color: Color(hex: 0x2F5D8A))
            items.append(.group(.heading(level: 1), [.text(title)]))
            var y = title.origin.y + title.height + 4 * f
            let inner = r.width - 2 * pad
            let names = card.people.compactMap(\.label)
            if !names.isEmpty || card.isBlank {
                let talk = card.walletTalk + (names.isEmpty ? "" : " " + names.joined(separator: ", "))
                guard let fitted = try? text.fitted([talk], in: Rect(x: r.minX + pad, y: y, width: inner, height: 60), sizes: 8.5 * f...9.5 * f, place: "a wallet card") else { continue }
                items.append(.group(.paragraph, fitted.lines.map { .text($0) }))
                y = (fitted.bottom ?? y) + 4 * f
                if card.isBlank {
                    items += pen.line(from: Point(r.minX + pad, y + 12 * f), to: Point(r.maxX - pad, y + 12 * f)).frameItems
                    y += 16 * f
                }
            }
            var rows: [FrameItem] = []
            if card.numbers.isEmpty {
                let label = text.line(card.numbersHeading, x: r.minX + pad, y: y, size: 8.5 * f)
                var items: [FrameItem] = [.text(label)]
                y += label.height
                for _ in 0..<2 {
                    y += 14 * f
                    items += pen.line(from: Point(r.minX + pad, y), to: Point(r.maxX - pad, y)).frameItems
                }
                rows.append(.group(.listItem, items))
                y += 6 * f
            }
            for number in card.numbers {
                let big = card.minimal ? 24 * f : 12 * f
                let figures = text.line(number.number, x: 0, y: 0, size: big, weight: .bold)
                guard let label = try? text.fitted([number.label.text], in: Rect(x: r.minX + pad, y: y, width: card.minimal ? inner : inner - figures.width - 8, height: 40), sizes: 7.5 * f...8.5 * f, place: "a wallet card") else { continue }
                var placed = figures
                if card.minimal {
                    placed.origin = Point(r.minX + (r.width - figures.width) / 2, (label.bottom ?? y) + 1)
                    y = placed.origin.y + figures.height + 2 * f
                } else {
                    placed.origin = Point(r.maxX - pad - figures.width, y)
                    y = max(label.bottom ?? y, y + figures.height) + 3 * f
                }
                rows.append(.group(.listItem, label.lines.map { .text($0) } + [.text(placed)]))
            }
            items.append(.group(.list, rows))
            let fault = text.line(card.notMyFault, x: 0, y: 0, size: 9.5 * f, weight: .bold, color: Color(hex: 0x8A3B5C))
            var faultAt = fault
            faultAt.origin = Point(r.minX + (r.width - fault.width) / 2, r.maxY - pad - fault.height)
            guard y <= faultAt.origin.y - 2 else { continue }
            items.append(.group(.paragraph, [.text(faultAt)]))
            return items
        }
        throw .doesNotFit(text: card.title, place: "a wallet card: too much for the card, even in small type; put fewer numbers on the child's card", origin: nil)
    }
}

import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// The parts of a worksheet page around the houses: header, record, page numbers and follow-up pages.
extension ThreeHousesLayout {
    func header(_ sheet: ThreeHousesSheet) throws(LayoutError) -> [FrameItem] {
        let rtl = pageReadsRightToLeft(sheet)
        let titleWidth = page.size.width * 0.58 - margin
        // The title where reading starts: at the left, or at the right on a right-to-left page.
        let titleBox = Rect(
            x: rtl ? page.size.width - margin - titleWidth : margin, y: margin, width: titleWidth,
            height: titleHeight(fixedWordsLanguage(sheet)))
        let options = FitOptions(
            sizes: Sizes.titleMin * u...Sizes.title * u, style: TextStyle(size: 12, weight: .bold), color: Palette.ink,
            paragraphSpacing: 0, balance: false)
        let title = FitText(measurer: measurer, options: options)
            .fit([TextBlock(sheet.title, language: fixedWordsLanguage(sheet))], in: Polygon(rectangle: titleBox))
        guard title.fitsAll else { throw .doesNotFit(text: sheet.title, place: "the title", origin: sheet.titleOrigin) }
        var items: [FrameItem] = [.group(.heading(level: 1), title.lines.map { .text($0) })]
        // Details and blank fields sit at the right, on the title's baseline.
        let style = TextStyle(size: Sizes.details * u, language: fixedWordsLanguage(sheet))
        let metrics = measurer.lineMetrics(of: "Age", style: style)
        let titleLine = title.lines.first
        let baseline = (titleLine?.origin.y ?? margin) + measurer.lineMetrics(of: sheet.title, style: titleLine?.style ?? style).baseline
        let y = baseline - metrics.baseline
        // Fields and details run from the far end of the line: leftwards from the right edge, or on a right-to-left
        // page rightwards from the left edge (`ahead` moves the pen across a width in that direction).
        var x = rtl ? margin : page.size.width - margin
        func ahead(_ w: Double) -> Double { rtl ? w : -w }
        var placed: [FrameItem] = []
        // Fields to fill in by hand sit at the far right, the known details to their left.
        var pen = RoughPen(
            style: PenStyle(strokeWidth: 1.3 * u, roughness: 0.8, ink: Palette.softInk),
            seed: StableHash.seed(sheet.seedKey, "fields"))
        for field in sheet.blankFields.reversed() {
            let lineLength = (field == sheet.blankFields.first && sheet.blankFields.count == 3 ? 150 : 80) * u
            let lineY = baseline + 3 * u
            let w = measurer.width(of: field, style: style)
            let direction = style.language.map(TextDirection.init(language:)) ?? measurer.direction(of: field)
            if rtl {
                // The line to write on, then its label to its right: "Name ____" read from the right.
                placed += pen.line(from: Point(x, lineY), to: Point(x + lineLength - 6 * u, lineY)).frameItems
                placed.append(.text(TextLine(
                    text: field, origin: Point(x + lineLength, y), width: w, height: metrics.height, style: style,
                    color: Palette.ink, direction: direction)))
            } else {
                placed += pen.line(from: Point(x - lineLength + 6 * u, lineY), to: Point(x, lineY)).frameItems
                placed.append(.text(TextLine(
                    text: field, origin: Point(x - lineLength - w, y), width: w, height: metrics.height, style: style,
                    color: Palette.ink, direction: direction)))
            }
            x += ahead(lineLength + w + 22 * u)
        }
        let details = sheet.details.joined(separator: "  ·  ")
        if !details.isEmpty {
            let w = measurer.width(of: details, style: style)
            placed.append(.text(TextLine(
                text: details, origin: Point(rtl ? x : x - w, y), width: w, height: metrics.height, style: style,
                color: Palette.ink, direction: style.language.map(TextDirection.init(language:)) ?? measurer.direction(of: details))))
        }
        if !placed.isEmpty { items.append(.group(.paragraph, placed)) }
        return items
    }

    /// The record at the foot of the page, set as small as needed (within limits) and sat on the bottom margin.
    /// Returns its items and where it starts, so the houses can use everything above it.
    func record(_ sheet: ThreeHousesSheet) throws(LayoutError) -> (items: [FrameItem], top: Double) {
        let bottom = page.size.height - margin
        guard !sheet.record.isEmpty else { return ([], bottom - 14 * u) }
        // The page number's corner is left free: the right, or the left on a right-to-left page.
        let box = Rect(
            x: margin + (pageReadsRightToLeft(sheet) ? 90 * u : 0), y: bottom - 48 * u,
            width: page.size.width - 2 * margin - 90 * u, height: 48 * u)
        let options = FitOptions(
            sizes: Sizes.record.lowerBound * u...Sizes.record.upperBound * u, style: TextStyle(size: 9),
            color: Palette.softInk, lineSpacing: 1.0, paragraphSpacing: 0.1, balance: false)
        let fitted = FitText(measurer: measurer, options: options)
            .fit(
                sheet.record.map { TextBlock($0.text, language: $0.language ?? fixedWordsLanguage(sheet), origin: $0.origin) },
                in: Polygon(rectangle: box))
        if let over = fitted.overflow.first {
            throw .doesNotFit(text: over.text, place: "the record at the foot of the page", origin: over.origin)
        }
        let shift = bottom - (fitted.bottom ?? bottom)
        let lines = fitted.lines.map { line -> FrameItem in
            var l = line
            l.origin.y += shift
            return .text(l)
        }
        let top = (fitted.lines.first?.origin.y ?? bottom) + shift
        return ([.group(.paragraph, lines)], top)
    }

    func pageLabel(_ text: String, language: String?) -> FrameItem {
        let style = TextStyle(size: 9 * u, language: language)
        let m = measurer.lineMetrics(of: text, style: style)
        let w = measurer.width(of: text, style: style)
        let rtl = language.map(Languages.isRightToLeft) ?? false
        return .text(TextLine(
            text: text, origin: Point(rtl ? margin : page.size.width - margin - w, page.size.height - margin - m.height), width: w,
            height: m.height, style: style, color: Palette.softInk, direction: language.map(TextDirection.init(language:)) ?? .leftToRight))
    }

    /// The heading of a follow-up page.
    func followUpHeader(_ title: String, origin: String?, language: String?) throws(LayoutError) -> [FrameItem] {
        let options = FitOptions(
            sizes: Sizes.titleMin * 0.8 * u...Sizes.title * 0.85 * u, style: TextStyle(size: 12, weight: .bold),
            color: Palette.ink, paragraphSpacing: 0, balance: false)
        let box = Rect(x: margin, y: margin, width: page.size.width - 2 * margin, height: titleHeight(language))
        let fitted = FitText(measurer: measurer, options: options)
            .fit([TextBlock(title, language: language)], in: Polygon(rectangle: box))
        guard fitted.fitsAll else { throw .doesNotFit(text: title, place: "the title of a follow-up page", origin: origin) }
        return [.group(.heading(level: 1), fitted.lines.map { .text($0) })]
    }
}

extension ThreeHousesLayout {
    /// The language the sheet's fixed words are set in, so Urdu headings take Nastaliq and read from the right
    /// whatever name they start with; nil for English, which the default fonts and direction already suit.
    func fixedWordsLanguage(_ sheet: ThreeHousesSheet) -> String? {
        DocumentLanguage.of(sheet.title, in: sheet.metadata.language)
    }

    /// The title's height: the header's whole height for Nastaliq, whose lines are two and a half times their
    /// size (Andika's are one and a half), so an Urdu title still fits at the smallest title size.
    func titleHeight(_ language: String?) -> Double {
        language.map(Languages.primary) == "ur" ? 52 * u : 44 * u
    }

    /// Whether the sheet's language reads right to left, so the page mirrors: title and furniture on the right,
    /// the houses from the right (Worries first), each house's door on the other side.
    func pageReadsRightToLeft(_ sheet: ThreeHousesSheet) -> Bool {
        sheet.metadata.language.map(Languages.isRightToLeft) ?? false
    }
}

extension Polygon {
    public init(rectangle r: Rect) {
        self.init([Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)])
    }
}

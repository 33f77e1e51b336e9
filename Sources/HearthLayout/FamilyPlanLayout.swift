import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Sets the family's safety plan on A4 portrait pages in large, Easy Read type (14 points and up): the title, then
/// each part flowing down the pages, a heading never left at the foot of a page, each rule in its own frame with
/// the picture of it being kept beside its words (see `+Rules`), the network as cards two to a row (`+Network`),
/// and lines to sign two to a row (`+Signatures`). Page numbers say "Page 1 of 4". The Oakley example, six rules
/// and four network members, takes four pages.
public struct FamilyPlanLayout {
    public var measurer: any TextMeasurer
    public var assets: [String: AssetPicture]
    public var page: PageSpec

    public init(measurer: any TextMeasurer, assets: [String: AssetPicture], page: PageSpec) {
        self.measurer = measurer
        self.assets = assets
        self.page = page
    }

    var u: Double { page.unit }
    var margin: Double { 36 * u }
    var width: Double { page.size.width - 2 * margin }
    /// Easy Read type: never below 14 points on A4.
    var body: Double { 14 * u }
    var small: Double { 14 * u }
    var headingSize: Double { 18 * u }
    var lineGap: Double { 30 * u }
    /// A heading's line and the space under it.
    var headingAdvance: Double { headingSize * 1.25 + 4 * u }
    /// The picture beside each rule.
    var pictureBox: Size { Size(width: 136 * u, height: 104 * u) }

    public func layout(_ plan: FamilyPlan) throws(LayoutError) -> FrameDocument {
        let check = GlyphCheck(measurer: measurer)
        for text in plan.printedTexts { try check.check(text, origin: "the family's safety plan") }
        var flow = PageFlow(size: page.size, top: margin, bottom: page.size.height - margin - 18 * u)
        flow.add([try title(plan.title)])
        flow.y = margin + titleHeight(plan.title) + 18 * u
        let scenes = plan.blocks.compactMap { block -> SceneContent? in
            if case .rule(let rule) = block { return rule.scene }
            return nil
        }
        let slot = Rect(x: 0, y: 0, width: pictureBox.width, height: pictureBox.height)
        let adultHeight = SceneScale.adultHeight(for: slot, scenes: scenes, layout: SceneLayout(measurer: measurer, assets: assets, unit: u))
        var outline: [OutlineEntry] = [OutlineEntry(title: plan.title, page: 0)]
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.2 * u, roughness: 0.5, ink: Palette.rule), seed: StableHash.seed(plan.seedKey))
        for (i, block) in plan.blocks.enumerated() {
            switch block {
            case .heading(let text):
                // A heading keeps at least the start of what follows on its page: a whole rule, a member, a few lines.
                if !flow.atTop { flow.y += 6 * u }
                flow.ensure(headingAdvance + (try keptWithHeading(Array(plan.blocks[(i + 1)...].prefix(2)), adultHeight: adultHeight, pen: pen)))
                outline.append(OutlineEntry(title: text, page: flow.pages.count))
                flow.add([heading(text, y: flow.y)])
                flow.y += headingAdvance
            case .paragraphs(let texts):
                try flowText(texts.map { TextBlock($0.text, language: $0.language, origin: $0.origin) }, list: false, into: &flow)
            case .bullets(let texts):
                try flowText(texts.map { TextBlock($0.text, bulleted: true, language: $0.language, origin: $0.origin) }, list: true, into: &flow)
            case .rule(let rule):
                try place(rule, adultHeight: adultHeight, pen: &pen, into: &flow)
            case .members(let members):
                try place(members, into: &flow)
            case .writingLines(let n):
                for _ in 0..<n {
                    flow.ensure(lineGap)
                    let y = flow.y + lineGap * 0.8
                    flow.add(pen.line(from: Point(margin, y), to: Point(margin + width, y)).frameItems)
                    flow.y += lineGap
                }
                flow.y += 8 * u
            case .signatures(let names, let dateLabel):
                try signatures(names, dateLabel: dateLabel, pen: &pen, into: &flow)
            }
        }
        var frames = flow.finished()
        for i in frames.indices {
            let label = plan.pageLabel.replacingOccurrences(of: "{page}", with: String(i + 1))
                .replacingOccurrences(of: "{pages}", with: String(frames.count))
            frames[i].items.append(pageNumber(label))
        }
        for entry in outline where frames[entry.page].bookmark == nil { frames[entry.page].bookmark = entry.title }
        let meta = plan.metadata
        return FrameDocument(
            pages: frames,
            metadata: DocumentMetadata(
                title: meta.title, author: meta.author, subject: meta.subject, keywords: "Signs of Safety, safety plan",
                creationDate: meta.creationDate, language: meta.language),
            outline: outline)
    }

    /// How much of what follows a heading must fit under it on the same page: a whole rule, the first row of
    /// the network, a few lines; a short paragraph after it, with the start of what comes after that; the lines to
    /// sign all together with their heading and words.
    func keptWithHeading(_ next: [PlanBlock], adultHeight: Double, pen: RoughPen) throws(LayoutError) -> Double {
        var pen = pen
        switch next.first {
        case .rule(let rule)?: return legendRise + (try ruleBlock(rule, adultHeight: adultHeight, pen: &pen).height) + ruleGap
        case .members(let members)?: return try memberRows(members).first?.height ?? 0
        case .signatures(let names, _)?: return try signatureHeights(names).reduce(0, +)
        case .writingLines(let n)?: return lineGap * Double(min(n, 3))
        case .paragraphs(let texts)? where next.count > 1:
            let words = try textHeight(texts.map { TextBlock($0.text, language: $0.language, origin: $0.origin) })
            switch next[1] {
            case .members, .signatures, .writingLines: return words + (try keptWithHeading(Array(next.dropFirst()), adultHeight: adultHeight, pen: pen))
            default: return min(words, 90 * u)
            }
        default: return 90 * u
        }
    }

    /// The height paragraphs take across the page, and the space under them.
    func textHeight(_ blocks: [TextBlock]) throws(LayoutError) -> Double {
        let fitted = try fit(blocks, in: Polygon(rectangle: Rect(x: margin, y: 0, width: width, height: 10_000)), size: body)
        return (fitted.bottom ?? 0) + body * 0.6
    }

    // MARK: Text

    func textOptions(size: Double, weight: TextStyle.Weight = .regular, color: Color = Palette.ink) -> FitOptions {
        FitOptions(
            sizes: size...size, style: TextStyle(size: size, weight: weight), color: color, lineSpacing: 1.0,
            paragraphSpacing: 0.5, alignment: .start, balance: false)
    }

    /// Paragraphs (or a list) flowed down the pages: what does not fit carries on, on the next.
    func flowText(_ blocks: [TextBlock], list: Bool, into flow: inout PageFlow) throws(LayoutError) {
        var blocks = blocks
        let options = textOptions(size: body)
        while !blocks.isEmpty {
            let region = Rect(x: margin, y: flow.y, width: width, height: flow.room)
            let fitted = FitText(measurer: measurer, options: options).fit(blocks, in: Polygon(rectangle: region))
            if fitted.paragraphs.isEmpty {
                if flow.atTop, let stuck = blocks.first {
                    throw .doesNotFit(text: stuck.text, place: "a page of the family's safety plan", origin: stuck.origin)
                }
                flow.newPage()
                continue
            }
            flow.add(list ? [.group(.list, fitted.paragraphs.map { listItem($0, radius: fitted.bulletRadius) })]
                          : fitted.paragraphs.map { .group(.paragraph, $0.lines.map { .text($0) }) })
            flow.y = (fitted.bottom ?? flow.y) + body * 0.6
            blocks = fitted.overflow
            if !blocks.isEmpty { flow.newPage() }
        }
    }

    func listItem(_ p: FittedParagraph, radius: Double) -> FrameItem {
        var items: [FrameItem] = []
        if let b = p.bullet { items.append(.shape(Shape(path: circlePath(center: b, radius: radius), fill: Palette.ink))) }
        return .group(.listItem, items + p.lines.map { .text($0) })
    }

    /// Text fitted in a column of `width` from y = 0 at one size, to be moved into place; throws when a word is
    /// wider than the column.
    func column(_ texts: [String], origin: String?, x: Double, width: Double, size: Double, weight: TextStyle.Weight = .regular,
        color: Color = Palette.ink) throws(LayoutError) -> FittedText
    {
        let fitted = FitText(measurer: measurer, options: textOptions(size: size, weight: weight, color: color))
            .fit(texts.map { TextBlock($0, origin: origin) }, in: Polygon(rectangle: Rect(x: x, y: 0, width: width, height: 10_000)))
        if let stuck = fitted.overflow.first {
            throw .doesNotFit(text: stuck.text, place: "the family's safety plan", origin: stuck.origin)
        }
        return fitted
    }

    func line(_ text: String, x: Double, y: Double, size: Double, weight: TextStyle.Weight = .regular, color: Color = Palette.ink) -> TextLine {
        let style = TextStyle(size: size, weight: weight)
        let m = measurer.lineMetrics(of: text, style: style)
        return TextLine(
            text: text, origin: Point(x, y), width: measurer.width(of: text, style: style), height: m.height, style: style,
            color: color, direction: measurer.direction(of: text))
    }

    func titleHeight(_ text: String) -> Double { 28 * u * 1.3 }

    func title(_ text: String) throws(LayoutError) -> FrameItem {
        let options = FitOptions(sizes: 20 * u...28 * u, style: TextStyle(size: 28 * u, weight: .bold), color: Palette.ink, paragraphSpacing: 0)
        let fitted = FitText(measurer: measurer, options: options)
            .fit([TextBlock(text)], in: Polygon(rectangle: Rect(x: margin, y: margin, width: width, height: titleHeight(text))))
        guard fitted.fitsAll else { throw .doesNotFit(text: text, place: "the title of the family's safety plan", origin: nil) }
        let band = Shape(
            path: Path.rect(Rect(x: margin, y: margin + titleHeight(text) + 4 * u, width: width, height: 4 * u)), fill: Palette.sun)
        return .group(.heading(level: 1), fitted.lines.map { .text($0) } + [.shape(band)])
    }

    func heading(_ text: String, y: Double) -> FrameItem {
        .group(.heading(level: 2), [.text(line(text, x: margin, y: y, size: headingSize, weight: .bold))])
    }

    func pageNumber(_ text: String) -> FrameItem {
        let l = line(text, x: 0, y: page.size.height - margin + 4 * u, size: 11 * u, color: Palette.softInk)
        var centred = l
        centred.origin = Point((page.size.width - l.width) / 2, l.origin.y)
        return .text(centred)
    }
}

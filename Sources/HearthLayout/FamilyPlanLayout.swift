import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Sets the family's safety plan on A4 portrait pages in large, Easy Read type: the title, then each part flowing
/// down the pages, a heading never left at the foot of a page, each rule in its own frame with the picture of it
/// being kept beside its words, the network as a list, and lines to sign. Page numbers say "Page 1 of 3".
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
    var margin: Double { 40 * u }
    var width: Double { page.size.width - 2 * margin }
    /// Easy Read type: never below 14 points on A4.
    var body: Double { 14 * u }
    var small: Double { 14 * u }
    var headingSize: Double { 19 * u }
    var lineGap: Double { 30 * u }
    /// The picture beside each rule.
    var pictureBox: Size { Size(width: 160 * u, height: 122 * u) }

    public func layout(_ plan: FamilyPlan) throws(LayoutError) -> FrameDocument {
        let check = GlyphCheck(measurer: measurer)
        for text in plan.printedTexts { try check.check(text, origin: "the family's safety plan") }
        var flow = PageFlow(size: page.size, top: margin, bottom: page.size.height - margin - 22 * u)
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
                if !flow.atTop { flow.y += 10 * u }
                var next = i + 1 < plan.blocks.count ? plan.blocks[i + 1] : nil
                // The lines to sign stay together with their heading and words.
                if case .paragraphs? = next, i + 2 < plan.blocks.count, case .signatures(let names, _) = plan.blocks[i + 2] {
                    next = .writingLines(0)
                    flow.ensure(headingSize * 1.4 + 50 * u + 54 * u * Double(names.count))
                }
                flow.ensure(headingSize * 1.4 + 6 * u + (try keptWithHeading(next, adultHeight: adultHeight, pen: pen)))
                outline.append(OutlineEntry(title: text, page: flow.pages.count))
                flow.add([heading(text, y: flow.y)])
                flow.y += headingSize * 1.4 + 6 * u
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
                signatures(names, dateLabel: dateLabel, pen: &pen, into: &flow)
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

    /// How much of the block after a heading must fit under it on the same page.
    func keptWithHeading(_ next: PlanBlock?, adultHeight: Double, pen: RoughPen) throws(LayoutError) -> Double {
        var pen = pen
        switch next {
        case .rule(let rule)?: return try ruleBlock(rule, adultHeight: adultHeight, pen: &pen).height + 12 * u
        case .signatures?: return 54 * u * 2
        case .writingLines(let n)?: return lineGap * Double(min(n, 3))
        default: return 90 * u
        }
    }

    // MARK: Text

    func textOptions(size: Double, weight: TextStyle.Weight = .regular, color: Color = Palette.ink) -> FitOptions {
        FitOptions(
            sizes: size...size, style: TextStyle(size: size, weight: weight), color: color, lineSpacing: 1.1,
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

    // MARK: Rules

    /// A rule in its frame: the picture of it being kept on the left, its words and details on the right; on a blank
    /// plan, an empty box to draw in and lines to write on. A rule is never split across pages.
    func place(_ rule: PlanRule, adultHeight: Double, pen: inout RoughPen, into flow: inout PageFlow) throws(LayoutError) {
        let (items, height) = try ruleBlock(rule, adultHeight: adultHeight, pen: &pen)
        flow.ensure(height + 12 * u)
        flow.add([.group(.section, items.map { $0.offset(by: Point(0, flow.y)) })])
        flow.y += height + 12 * u
    }

    /// A rule's frame, picture and words with its top at y = 0, and its height.
    func ruleBlock(_ rule: PlanRule, adultHeight: Double, pen: inout RoughPen) throws(LayoutError) -> (items: [FrameItem], height: Double) {
        let pad = 8 * u
        let textX = margin + pad + pictureBox.width + 16 * u
        let textWidth = margin + width - pad - textX
        var words: [FrameItem] = []
        var y = 0.0
        let number = line(rule.number, x: textX, y: y, size: small, weight: .bold, color: Palette.softInk)
        words.append(.group(.heading(level: 3), [.text(number)]))
        y += number.height + 4 * u
        if let text = rule.text {
            let fitted = try column([text.text], origin: text.origin, x: textX, width: textWidth, size: body, weight: .bold)
            words.append(.group(.paragraph, fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }))
            y += (fitted.bottom ?? 0) + 6 * u
        } else {
            for _ in 0..<2 {
                y += lineGap
                words += pen.line(from: Point(textX, y - 4 * u), to: Point(textX + textWidth, y - 4 * u)).frameItems
            }
            y += 8 * u
        }
        var details: [FrameItem] = []
        for detail in rule.details {
            if let value = detail.value {
                let fitted = try column(["\(detail.label) \(value)"], origin: nil, x: textX, width: textWidth, size: small)
                details.append(.group(.listItem, fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }))
                y = (fitted.bottom ?? 0) + y + 4 * u
            } else {
                let label = line(detail.label, x: textX, y: y + 6 * u, size: small)
                let lineY = y + 6 * u + label.height - 2 * u
                details.append(.group(.listItem, [.text(label)] + pen.line(
                    from: Point(textX + label.width + 6 * u, lineY), to: Point(textX + textWidth, lineY)).frameItems))
                y += lineGap
            }
        }
        if !details.isEmpty { words.append(.group(.list, details)) }
        let height = max(pictureBox.height, y) + 2 * pad
        let top = 0.0
        var items = pen.rectangle(Rect(x: margin, y: top, width: width, height: height)).frameItems
        let box = Rect(x: margin + pad, y: top + pad + max(0, (height - 2 * pad - pictureBox.height) / 2), width: pictureBox.width, height: pictureBox.height)
        if let scene = rule.scene {
            // A bubble too big for the small picture is left out before anything else gives way: the rule's words
            // say what the picture says, and a bubble only adds a voice.
            var quiet = scene
            quiet.bubbles = []
            let layout = SceneLayout(measurer: measurer, assets: assets, unit: u)
            var found: PlacedScene?
            var lastError: LayoutError?
            for (tried, height) in [(scene, Optional(adultHeight)), (quiet, adultHeight), (scene, nil), (quiet, nil)] {
                do {
                    found = try layout.place(tried, in: box, figureHeight: height)
                    break
                } catch { lastError = error }
            }
            guard let placed = found else {
                throw (lastError ?? .cannotDraw(what: rule.number, fix: "", origin: nil)).on("the picture of \(rule.number) in the family's safety plan")
            }
            let names = scene.people.compactMap(\.label)
            items.append(.group(.figure(alt: names.isEmpty ? rule.number : "\(rule.number): " + names.joined(separator: ", ")), placed.items))
        } else if let prompt = rule.drawingPrompt {
            items += dashed(pen.rectangle(box.inset(by: 2 * u)).frameItems)
            let caption = line(prompt, x: box.minX + 8 * u, y: box.minY + 8 * u, size: 11 * u, color: Palette.softInk)
            items.append(.group(.paragraph, [.text(caption)]))
        }
        items += words.map { $0.offset(by: Point(0, top + pad)) }
        return (items, height)
    }

    func dashed(_ items: [FrameItem]) -> [FrameItem] {
        items.map { item in
            guard case .shape(var s) = item, var stroke = s.stroke else { return item }
            stroke.dash = [6 * u, 5 * u]
            s.stroke = stroke
            return .shape(s)
        }
    }

    // MARK: Network

    /// Each member: their name in bold, who they are and their number, then their job; a member never splits
    /// across pages.
    func place(_ members: [PlanMember], into flow: inout PageFlow) throws(LayoutError) {
        var listed: [FrameItem] = []
        for member in members {
            var items: [FrameItem] = []
            var y = 0.0
            let name = try column([member.name], origin: nil, x: margin, width: width, size: body + 1 * u, weight: .bold)
            items += name.lines.map { .text($0) }
            y = (name.bottom ?? 0) + 2 * u
            let about = [member.about, member.phone].compactMap { $0 }.joined(separator: "  ·  ")
            if !about.isEmpty {
                let fitted = try column([about], origin: nil, x: margin, width: width, size: body)
                items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
                y += (fitted.bottom ?? 0) + 2 * u
            }
            if let job = member.job {
                let fitted = try column([job.text], origin: job.origin, x: margin + 14 * u, width: width - 14 * u, size: small, color: Palette.ink)
                items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
                y += (fitted.bottom ?? 0)
            }
            let height = y + 12 * u
            if height > flow.room && !flow.atTop {
                if !listed.isEmpty { flow.add([.group(.list, listed)]) }
                listed = []
                flow.newPage()
            }
            listed.append(.group(.listItem, items.map { $0.offset(by: Point(0, flow.y)) }))
            flow.y += height
        }
        if !listed.isEmpty { flow.add([.group(.list, listed)]) }
        flow.y += 4 * u
    }

    // MARK: Signatures

    func signatures(_ names: [String], dateLabel: String, pen: inout RoughPen, into flow: inout PageFlow) {
        let row = 54 * u
        var rows: [FrameItem] = []
        for name in names {
            if row > flow.room && !flow.atTop {
                if !rows.isEmpty { flow.add([.group(.list, rows)]) }
                rows = []
                flow.newPage()
            }
            let lineY = flow.y + row * 0.55
            let signEnd = margin + width * 0.62
            let dateStart = signEnd + 28 * u
            var items = pen.line(from: Point(margin, lineY), to: Point(signEnd, lineY)).frameItems
            items += pen.line(from: Point(dateStart, lineY), to: Point(margin + width, lineY)).frameItems
            for (text, x) in [(name, margin), (dateLabel, dateStart)] where !text.isEmpty {
                items.append(.text(line(text, x: x, y: lineY + 5 * u, size: 12 * u, color: Palette.softInk)))
            }
            rows.append(.group(.listItem, items))
            flow.y += row
        }
        if !rows.isEmpty { flow.add([.group(.list, rows)]) }
    }
}

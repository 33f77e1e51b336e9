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

    // MARK: Rules

    /// A rule in its frame: the picture of it being kept on the left, its words and details on the right; on a blank
    /// plan, an empty box to draw in and lines to write on. A rule is never split across pages.
    func place(_ rule: PlanRule, adultHeight: Double, pen: inout RoughPen, into flow: inout PageFlow) throws(LayoutError) {
        let (items, height) = try ruleBlock(rule, adultHeight: adultHeight, pen: &pen)
        // The rule's number sits on the frame's top edge, half above it.
        flow.ensure(legendRise + height + ruleGap)
        flow.y += legendRise
        flow.add([.group(.section, items.map { $0.offset(by: Point(0, flow.y)) })])
        flow.y += height + ruleGap
    }

    /// Space between one rule's frame and the next.
    var ruleGap: Double { 8 * u }
    /// How far a rule's number rises above the top of its frame.
    var legendRise: Double { small * 0.62 }

    /// Where the words of a rule go, from `top` down: beside the picture while it lasts, then under it across the
    /// whole frame, so a long rule wraps round its picture instead of making the frame taller.
    func wordsRegion(top: Double, picture: Rect, right: Double, left: Double) -> Polygon {
        let besideX = picture.maxX + 14 * u
        let under = picture.maxY + 6 * u
        let floor = top + 10_000
        guard top < under else { return Polygon(rectangle: Rect(x: left, y: top, width: right - left, height: 10_000)) }
        return Polygon([
            Point(besideX, top), Point(right, top), Point(right, floor), Point(left, floor), Point(left, under), Point(besideX, under),
        ])
    }

    /// A rule's frame, picture and words with its top at y = 0, and its height.
    func ruleBlock(_ rule: PlanRule, adultHeight: Double, pen: inout RoughPen) throws(LayoutError) -> (items: [FrameItem], height: Double) {
        let pad = 8 * u
        let top = 0.0
        let left = margin + pad, right = margin + width - pad
        let box = Rect(x: left, y: top + pad + 4 * u, width: pictureBox.width, height: pictureBox.height)
        let textX = box.maxX + 14 * u
        let textWidth = right - textX
        var words: [FrameItem] = []
        var y = top + pad + 2 * u
        if let text = rule.text {
            let fitted = try fit([TextBlock(text.text, language: text.language, origin: text.origin)],
                in: wordsRegion(top: y, picture: box, right: right, left: left), size: body, weight: .bold)
            words.append(.group(.paragraph, fitted.lines.map { .text($0) }))
            y = (fitted.bottom ?? y) + 6 * u
        } else {
            for _ in 0..<2 {
                y += lineGap
                words += pen.line(from: Point(textX, y - 4 * u), to: Point(textX + textWidth, y - 4 * u)).frameItems
            }
            y += 8 * u
        }
        var details: [FrameItem] = []
        let written = rule.details.compactMap { d in d.value.map { "\(d.label) \($0)" } }
        if written.count == rule.details.count, !written.isEmpty {
            // Each detail whole beside the picture when it fits there, else under it across the frame: a detail
            // never starts beside the picture and runs on under it.
            let besideX = box.maxX + 14 * u, under = box.maxY + 6 * u
            for text in written {
                let beside = Rect(x: besideX, y: y, width: right - besideX, height: max(0, under - y))
                var fitted = FitText(measurer: measurer, options: textOptions(size: small)).fit([TextBlock(text)], in: Polygon(rectangle: beside))
                if beside.height < small || !fitted.fitsAll {
                    fitted = try fit([TextBlock(text)], in: Polygon(rectangle: Rect(x: left, y: max(y, under), width: right - left, height: 10_000)), size: small)
                }
                details.append(.group(.listItem, fitted.lines.map { .text($0) }))
                y = (fitted.bottom ?? y) + 3 * u
            }
        } else {
            for detail in rule.details {
                let label = line(detail.label, x: textX, y: y + 6 * u, size: small)
                let lineY = y + 6 * u + label.height - 2 * u
                details.append(.group(.listItem, [.text(label)] + pen.line(
                    from: Point(textX + label.width + 6 * u, lineY), to: Point(textX + textWidth, lineY)).frameItems))
                y += lineGap
            }
        }
        if !details.isEmpty { words.append(.group(.list, details)) }
        let height = max(box.maxY + pad, y + pad)
        var items = pen.rectangle(Rect(x: margin, y: top, width: width, height: height)).frameItems
        // The number, on the frame's top edge with the paper showing round it.
        var number = line(rule.number, x: margin + 14 * u, y: 0, size: small, weight: .bold, color: Palette.softInk)
        number.origin.y = top - number.height / 2
        let paper = Shape(path: Path.rect(number.bounds.inset(top: 0, left: -5 * u, bottom: 0, right: -5 * u)), fill: Color(hex: 0xFFFFFF))
        items += [.shape(paper), .group(.heading(level: 3), [.text(number)])]
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
            let caption = try column([prompt], origin: nil, x: box.minX + 8 * u, width: box.width - 16 * u, size: 11 * u, color: Palette.softInk)
            items.append(.group(.paragraph, caption.lines.map { FrameItem.text($0).offset(by: Point(0, box.minY + 8 * u)) }))
        }
        items += words
        return (items, height)
    }

    /// Paragraphs fitted at one size in a region, to be moved into place; throws when they do not all fit.
    func fit(_ blocks: [TextBlock], in region: Polygon, size: Double, weight: TextStyle.Weight = .regular) throws(LayoutError) -> FittedText {
        let fitted = FitText(measurer: measurer, options: textOptions(size: size, weight: weight)).fit(blocks, in: region)
        if let stuck = fitted.overflow.first {
            throw .doesNotFit(text: stuck.text, place: "the family's safety plan", origin: stuck.origin)
        }
        return fitted
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

    /// The network two members to a row, each as a card: their name in bold, who they are, their number, then
    /// their job. A row never splits across pages.
    func place(_ members: [PlanMember], into flow: inout PageFlow) throws(LayoutError) {
        var listed: [FrameItem] = []
        for row in try memberRows(members) {
            if row.height > flow.room && !flow.atTop {
                if !listed.isEmpty { flow.add([.group(.list, listed)]) }
                listed = []
                flow.newPage()
            }
            listed += row.cards.map { $0.offset(by: Point(0, flow.y)) }
            flow.y += row.height
        }
        if !listed.isEmpty { flow.add([.group(.list, listed)]) }
        flow.y += 4 * u
    }

    /// The members' cards in rows of two, each row with its top at y = 0 and its height (the space under it
    /// included).
    func memberRows(_ members: [PlanMember]) throws(LayoutError) -> [(cards: [FrameItem], height: Double)] {
        let gutter = 22 * u
        let cell = (width - gutter) / 2
        var rows: [(cards: [FrameItem], height: Double)] = []
        for start in stride(from: 0, to: members.count, by: 2) {
            var cards: [FrameItem] = []
            var height = 0.0
            for (column, member) in members[start..<min(start + 2, members.count)].enumerated() {
                let (items, h) = try memberCard(member, x: margin + Double(column) * (cell + gutter), width: cell)
                cards.append(.group(.listItem, items))
                height = max(height, h)
            }
            rows.append((cards, height + 14 * u))
        }
        return rows
    }

    /// One member's card at the left edge `x`, its top at y = 0, and its height.
    func memberCard(_ member: PlanMember, x: Double, width: Double) throws(LayoutError) -> (items: [FrameItem], height: Double) {
        var items: [FrameItem] = []
        var y = 0.0
        let name = try column([member.name], origin: nil, x: x, width: width, size: body, weight: .bold)
        items += name.lines.map { .text($0) }
        y = (name.bottom ?? 0) + 1 * u
        for detail in [member.about, member.phone].compactMap({ $0 }) {
            let fitted = try column([detail], origin: nil, x: x, width: width, size: body)
            items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
            y += (fitted.bottom ?? 0)
        }
        if let job = member.job {
            y += 3 * u
            let fitted = try column([job.text], origin: job.origin, x: x, width: width, size: small)
            items += fitted.lines.map { FrameItem.text($0).offset(by: Point(0, y)) }
            y += (fitted.bottom ?? 0)
        }
        return (items, y)
    }

    // MARK: Signatures

    /// The least height of a row of lines to sign.
    var signatureRow: Double { 62 * u }
    /// The line to sign on: most of half the page (the rest is the date).
    var signatureWidth: Double { (width - 24 * u) / 2 * 0.7 }
    /// How far down a row its lines are.
    var signatureRise: Double { 30 * u }

    /// A signer's name, fitted under their line.
    func signatureLabel(_ name: String) throws(LayoutError) -> FittedText {
        try column([name], origin: nil, x: 0, width: signatureWidth, size: small, color: Palette.softInk)
    }

    /// The height of each row of lines to sign, two people to a row: taller where a long name wraps.
    func signatureHeights(_ names: [String]) throws(LayoutError) -> [Double] {
        var out: [Double] = []
        for start in stride(from: 0, to: names.count, by: 2) {
            var under = small * 1.2
            for name in names[start..<min(start + 2, names.count)] { under = max(under, try signatureLabel(name).bottom ?? 0) }
            out.append(max(signatureRow, signatureRise + 5 * u + under + 10 * u))
        }
        return out
    }

    /// Lines to sign, two people to a row, each with their name under a long line and "Date" under a short one; a
    /// name too long for its line wraps under it. A row never splits across pages.
    func signatures(_ names: [String], dateLabel: String, pen: inout RoughPen, into flow: inout PageFlow) throws(LayoutError) {
        let gutter = 24 * u
        let cell = (width - gutter) / 2
        let signWidth = signatureWidth
        let rise = signatureRise
        var rows: [FrameItem] = []
        let heights = try signatureHeights(names)
        for (row, start) in stride(from: 0, to: names.count, by: 2).enumerated() {
            let pair = Array(names[start..<min(start + 2, names.count)])
            let labels = try pair.map { name throws(LayoutError) in try signatureLabel(name) }
            let height = heights[row]
            if height > flow.room && !flow.atTop {
                if !rows.isEmpty { flow.add([.group(.list, rows)]) }
                rows = []
                flow.newPage()
            }
            let lineY = flow.y + rise
            for (column, (name, label)) in zip(pair, labels).enumerated() {
                let x = margin + Double(column) * (cell + gutter)
                let signEnd = x + signWidth
                let dateStart = signEnd + 12 * u
                var items = pen.line(from: Point(x, lineY), to: Point(signEnd, lineY)).frameItems
                items += pen.line(from: Point(dateStart, lineY), to: Point(x + cell, lineY)).frameItems
                if !name.isEmpty { items += label.lines.map { FrameItem.text($0).offset(by: Point(x, lineY + 5 * u)) } }
                if !dateLabel.isEmpty {
                    items.append(.text(line(dateLabel, x: dateStart, y: lineY + 5 * u, size: small, color: Palette.softInk)))
                }
                rows.append(.group(.listItem, items))
            }
            flow.y += height
        }
        if !rows.isEmpty { flow.add([.group(.list, rows)]) }
    }
}

import HearthCompose
import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// Each rule of the family's plan in its frame: its number on the frame's top edge, the picture of it being kept at
/// the left, the rule in bold beside it, and who makes sure, the phone number, when and what happens if it is not
/// kept — each beside the picture while there is room, else under it across the frame.
extension FamilyPlanLayout {
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

}

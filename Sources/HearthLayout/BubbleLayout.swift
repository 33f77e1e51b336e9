import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// Speech and thought bubbles over a scene: each above its speaker, side by side without touching, its words
/// fitted inside the oval and its tail stopping short of the speaker's head.
struct BubbleLayout {
    var measurer: any TextMeasurer
    var unit: Double

    func place(_ bubbles: [SceneBubble], zone: Rect, slot: Rect, into placed: inout PlacedScene) throws(LayoutError) {
        guard !bubbles.isEmpty else { return }
        let order = bubbles.indices.sorted { speakerX(bubbles[$0], placed) < speakerX(bubbles[$1], placed) }
        let gap = 6 * unit
        let tailRoom = max(zone.height * 0.16, 8 * unit)
        let laneWidth = min((slot.width - gap * Double(bubbles.count - 1)) / Double(bubbles.count), slot.width * 0.55)
        let ovalHeight = zone.height - tailRoom - 2 * unit
        guard laneWidth > 20 * unit, ovalHeight > 14 * unit else {
            throw .doesNotFit(text: bubbles[0].text, place: "a speech bubble (the picture is too small)", origin: nil)
        }
        // Fit each text in the largest rectangle an oval of the lane can hold, then shrink the oval to the text.
        var fitted: [Int: (FittedText, Size)] = [:]
        for i in bubbles.indices {
            let inner = Rect(x: 0, y: 0, width: laneWidth / 2.0.squareRoot(), height: ovalHeight / 2.0.squareRoot())
            let options = FitOptions(
                sizes: 8 * unit...15 * unit, style: TextStyle(size: 10, language: bubbles[i].language),
                color: Palette.ink, paragraphSpacing: 0, alignment: .center, centerVertically: true)
            let text = FitText(measurer: measurer, options: options).fit([TextBlock(bubbles[i].text, language: bubbles[i].language)], in: Polygon(rectangle: inner))
            guard text.fitsAll, let first = text.lines.first else {
                throw .doesNotFit(text: bubbles[i].text, place: "a speech bubble", origin: nil)
            }
            let box = text.lines.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
            let pad = 4 * unit
            let oval = Size(
                width: min(laneWidth, (box.width + pad) * 2.0.squareRoot()),
                height: min(ovalHeight, (box.height + pad) * 2.0.squareRoot()))
            fitted[i] = (text, oval)
        }
        // Left to right, each as close above its speaker as the one before allows; then pull back inside the slot.
        var frames: [Int: Rect] = [:]
        var cursor = slot.minX
        for i in order {
            guard let (_, oval) = fitted[i] else { continue }
            let want = speakerX(bubbles[i], placed) - oval.width / 2
            let x = max(want, cursor)
            frames[i] = Rect(x: x, y: zone.maxY - tailRoom - oval.height, width: oval.width, height: oval.height)
            cursor = x + oval.width + gap
        }
        var limit = slot.maxX
        for i in order.reversed() {
            guard var r = frames[i] else { continue }
            if r.maxX > limit { r.x = limit - r.width }
            frames[i] = r
            limit = r.minX - gap
        }
        for i in order {
            guard let frame = frames[i], let (text, _) = fitted[i] else { continue }
            let b = bubbles[i]
            var pen = RoughPen(
                style: PenStyle(strokeWidth: 1.6 * unit, maxRandomnessOffset: 1.2 * unit),
                seed: StableHash.seed("bubble", String(i), b.text))
            var drawing = Drawing()
            let head = b.speaker < placed.faces.count ? placed.faces[b.speaker] : nil
            let tip = head.map { Point($0.midX, $0.minY - 3 * unit) } ?? Point(frame.midX, frame.maxY + tailRoom)
            switch b.kind {
            case .speech:
                let baseY = frame.maxY - frame.height * 0.12
                let cx = min(max(tip.x, frame.minX + frame.width * 0.3), frame.maxX - frame.width * 0.3)
                drawing.append(pen.polygon(
                    [Point(cx - frame.width * 0.08, baseY), Point(cx + frame.width * 0.08, baseY), tip],
                    fill: .solid(Palette.sign)))
            case .thought:
                let start = Point(min(max(tip.x, frame.minX), frame.maxX), frame.maxY)
                for (k, t) in [0.35, 0.75].enumerated() {
                    let p = start.lerp(to: tip, t)
                    drawing.append(pen.circle(center: p, radius: (3.2 - Double(k) * 1.2) * unit, fill: .solid(Palette.sign)))
                }
            }
            drawing.append(pen.ellipse(
                center: frame.center, radiusX: frame.width / 2, radiusY: frame.height / 2, fill: .solid(Palette.sign)))
            // Centre the fitted words in the oval.
            let lines = text.lines
            let box = lines.dropFirst().reduce(lines[0].bounds) { $0.union($1.bounds) }
            let dx = frame.midX - box.midX, dy = frame.midY - box.midY
            let moved = lines.map { line -> FrameItem in
                var l = line
                l.origin = Point(l.origin.x + dx, l.origin.y + dy)
                return .text(l)
            }
            placed.items.append(.group(.figure(alt: b.kind == .speech ? "speech bubble" : "thought bubble"), drawing.frameItems))
            placed.items.append(.group(.paragraph, moved))
            placed.bubbles.append(frame)
        }
    }

    func speakerX(_ b: SceneBubble, _ placed: PlacedScene) -> Double {
        b.speaker < placed.faces.count ? placed.faces[b.speaker].midX : 0
    }
}

import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// Speech and thought bubbles over a scene: each above its speaker, side by side without touching, its words
/// fitted inside the oval and its tail stopping short of the speaker's head.
struct BubbleLayout {
    var measurer: any TextMeasurer
    var unit: Double
    /// An adult's height in the scene: bubbles and their tails are sized to the people, not the slot.
    var figureHeight: Double

    func place(_ bubbles: [SceneBubble], zone: Rect, slot: Rect, into placed: inout PlacedScene) throws(LayoutError) {
        guard !bubbles.isEmpty else { return }
        let order = bubbles.indices.sorted { speakerX(bubbles[$0], placed) < speakerX(bubbles[$1], placed) }
        let gap = 12 * unit
        let tailRoom = min(max(figureHeight * 0.12, 8 * unit), 30 * unit)
        let laneWidth = min((slot.width - gap * Double(bubbles.count - 1)) / Double(bubbles.count), slot.width * 0.55)
        let ovalHeight = min(zone.height - tailRoom - 2 * unit, max(40 * unit, figureHeight * 0.6))
        guard laneWidth > 20 * unit, ovalHeight > 14 * unit else {
            throw .doesNotFit(text: bubbles[0].text, place: "a speech bubble (the picture is too small)", origin: nil)
        }
        // Fit each text in the largest rectangle an oval of the lane can hold, then shrink the oval to the text.
        // One type size for every bubble of the scene: the largest at which each holds its words.
        let inner = Rect(x: 0, y: 0, width: laneWidth / 2.0.squareRoot(), height: ovalHeight / 2.0.squareRoot())
        var sharedSize = 15 * unit
        for b in bubbles {
            let options = FitOptions(
                sizes: 8 * unit...15 * unit, style: TextStyle(size: 10, language: b.language), color: Palette.ink,
                paragraphSpacing: 0, alignment: .center, centerVertically: true)
            let fit = FitText(measurer: measurer, options: options).fit([TextBlock(b.text, language: b.language)], in: Polygon(rectangle: inner))
            sharedSize = min(sharedSize, fit.size)
        }
        var fitted: [Int: (FittedText, Size)] = [:]
        for i in bubbles.indices {
            let options = FitOptions(
                sizes: 8 * unit...max(8 * unit, sharedSize), style: TextStyle(size: 10, language: bubbles[i].language),
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
                let start = Point(min(max(tip.x, frame.minX + frame.width * 0.2), frame.maxX - frame.width * 0.2), frame.maxY)
                for (k, t) in [0.2, 0.5, 0.8].enumerated() {
                    let p = start.lerp(to: tip, t)
                    drawing.append(pen.circle(center: p, radius: (4.2 - Double(k) * 1.2) * unit, fill: .solid(Palette.sign)))
                }
            }
            switch b.kind {
            case .speech:
                drawing.append(pen.ellipse(
                    center: frame.center, radiusX: frame.width / 2, radiusY: frame.height / 2, fill: .solid(Palette.sign)))
            case .thought:
                // A thought is a cloud, so it never looks like words said aloud.
                drawing.append(pen.path(Self.cloud(around: frame), fill: .solid(Palette.sign)))
            }
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

    /// A scalloped outline through points on the oval, each scallop bulging outwards.
    static func cloud(around frame: Rect) -> Path {
        let n = max(8, Int((frame.width + frame.height) / 18))
        let c = frame.center, rx = frame.width / 2, ry = frame.height / 2
        func at(_ k: Int, _ r: Double) -> Point {
            let a = Double(k) / Double(n) * 2 * .pi
            return Point(c.x + cos(a) * rx * r, c.y + sin(a) * ry * r)
        }
        var path = Path([.move(at(0, 0.92))])
        for k in 0..<n {
            let a0 = Double(k) / Double(n) * 2 * .pi, a1 = Double(k + 1) / Double(n) * 2 * .pi
            let bulge = 1.22
            let c1 = Point(c.x + cos(a0 + (a1 - a0) * 0.2) * rx * bulge, c.y + sin(a0 + (a1 - a0) * 0.2) * ry * bulge)
            let c2 = Point(c.x + cos(a0 + (a1 - a0) * 0.8) * rx * bulge, c.y + sin(a0 + (a1 - a0) * 0.8) * ry * bulge)
            path.curve(to: at(k + 1, 0.92), control1: c1, control2: c2)
        }
        path.close()
        return path
    }

    func speakerX(_ b: SceneBubble, _ placed: PlacedScene) -> Double {
        b.speaker < placed.faces.count ? placed.faces[b.speaker].midX : 0
    }
}

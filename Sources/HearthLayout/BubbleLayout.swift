import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// Speech and thought bubbles over a scene: each above its speaker, side by side without touching, its words
/// fitted inside the oval and its tail stopping short of the speaker's head.
struct BubbleLayout {
    /// The least height a thought cloud has for its width.
    static let flattestCloud = 0.4

    var measurer: any TextMeasurer
    var unit: Double
    /// An adult's height in the scene: bubbles and their tails are sized to the people, not the slot.
    var figureHeight: Double
    /// What a screen reader says for each kind of bubble.
    var words: PictureWords = .english

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
        // A bubble centred over its speaker leaves no doubt who speaks, so each first tries the room over its
        // own speaker (half way to the next speaker, or to the slot's edge), breaking its words onto more lines at
        // the shared size; only words that will not fit there take the whole lane and sit off to one side.
        let xs = order.map { speakerX(bubbles[$0], placed) }
        func room(_ k: Int) -> Double {
            let x = xs[k]
            let left = k > 0 ? (x - xs[k - 1]) / 2 - gap / 2 : x - slot.minX
            let right = k + 1 < xs.count ? (xs[k + 1] - x) / 2 - gap / 2 : slot.maxX - x
            return 2 * min(left, right)
        }
        var lanes: [Int: Double] = [:]
        for (k, i) in order.enumerated() {
            let narrowest = min(laneWidth, max(room(k), laneWidth * 0.5))
            let options = FitOptions(
                sizes: max(8 * unit, sharedSize)...max(8 * unit, sharedSize), style: TextStyle(size: 10, language: bubbles[i].language),
                color: Palette.ink, paragraphSpacing: 0, alignment: .center, centerVertically: true)
            // A short quote broken into a tall column of one or two words a line reads badly and looks like a
            // pillar: the bubble takes as few lines as the whole lane would need, and at least two are allowed
            // over the speaker before it moves aside.
            func fitted(_ lane: Double) -> FittedText {
                let box = Rect(x: 0, y: 0, width: lane / 2.0.squareRoot(), height: inner.height)
                return FitText(measurer: measurer, options: options)
                    .fit([TextBlock(bubbles[i].text, language: bubbles[i].language)], in: Polygon(rectangle: box))
            }
            let widest = fitted(laneWidth)
            let fewest = max(2, widest.fitsAll ? widest.lines.count : Int.max)
            for step in 0...4 {
                let lane = narrowest + (laneWidth - narrowest) * Double(step) / 4
                let text = step == 4 ? widest : fitted(lane)
                if text.fitsAll && text.lines.count <= fewest { lanes[i] = lane; break }
            }
        }
        var fitted: [Int: (FittedText, Size)] = [:]
        for i in bubbles.indices {
            let lane = lanes[i] ?? laneWidth
            let inner = Rect(x: 0, y: 0, width: lane / 2.0.squareRoot(), height: inner.height)
            let options = FitOptions(
                sizes: 8 * unit...max(8 * unit, sharedSize), style: TextStyle(size: 10, language: bubbles[i].language),
                color: Palette.ink, paragraphSpacing: 0, alignment: .center, centerVertically: true)
            let text = FitText(measurer: measurer, options: options).fit([TextBlock(bubbles[i].text, language: bubbles[i].language)], in: Polygon(rectangle: inner))
            guard text.fitsAll, let first = text.lines.first else {
                throw .doesNotFit(text: bubbles[i].text, place: "a speech bubble", origin: nil)
            }
            let box = text.lines.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
            let pad = 4 * unit
            var oval = Size(
                width: min(lane, (box.width + pad) * 2.0.squareRoot()),
                height: min(ovalHeight, (box.height + pad) * 2.0.squareRoot()))
            // A long, flat cloud has spiky ends and reads as a shout; a thought stays cloud-shaped.
            if bubbles[i].kind == .thought {
                oval.height = max(oval.height, min(ovalHeight, oval.width * Self.flattestCloud))
            }
            // A shout is loud: its burst is big however few its words.
            if bubbles[i].shouted {
                oval.width = max(oval.width, min(lane, figureHeight * 0.4))
                oval.height = max(oval.height, min(ovalHeight, oval.width * 0.75))
            }
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
        // A bubble whose every tail would cross someone else or a picture slides along its row, nearest first,
        // to where a tail gets through.
        var tails: [Int: Tail] = [:]
        for i in order {
            guard let frame = frames[i], bubbles[i].speaker < placed.faces.count else { continue }
            let b = bubbles[i], head = placed.faces[b.speaker]
            let blocked = obstacles(for: b.speaker, in: placed)
            // Hearts, a question mark or a hand drawn just over the speaker's head are theirs: the tail stops
            // above them rather than running through them.
            let top = b.speaker < placed.figures.count ? placed.figures[b.speaker].minY : head.minY
            let crown = top < head.minY - unit && top > head.minY - head.height ? top : head.minY
            let own = crown < head.minY
                ? [Rect(x: head.minX - head.width * 0.25, y: crown, width: head.width * 1.5, height: head.minY - crown)] : []
            func attempt(_ f: Rect) -> (tail: Tail, hits: Int) {
                tail(b.kind, from: f, to: head, crown: crown, sparing: own, avoiding: blocked + order.compactMap { $0 == i ? nil : frames[$0] }, slot: slot)
            }
            var best = attempt(frame)
            if best.hits > 0 {
                let steps = (1...8).flatMap { k in [-1.0, 1.0].map { $0 * Double(k) * frame.width * 0.125 } }
                for dx in steps {
                    var moved = frame
                    moved.x += dx
                    let free = slot.contains(moved) && !order.contains { j in
                        j != i && frames[j].map { $0.inset(by: -gap + 0.01).intersects(moved) } ?? false
                    } && !tails.contains { j, t in t.pieces(bubbles[j].kind, unit: unit).contains { Self.convex($0, touches: moved) } }
                    guard free else { continue }
                    let t = attempt(moved)
                    if t.hits < best.hits {
                        best = t
                        frames[i] = moved
                    }
                    if t.hits == 0 { break }
                }
            }
            tails[i] = best.tail
        }
        for i in order {
            guard let frame = frames[i], let (text, _) = fitted[i] else { continue }
            let b = bubbles[i]
            var pen = RoughPen(
                style: PenStyle(strokeWidth: 1.6 * unit, maxRandomnessOffset: 1.2 * unit),
                seed: StableHash.seed("bubble", String(i), b.text))
            var drawing = Drawing()
            let tail = tails[i]
                ?? Tail(base: Point(frame.midX, baseY(b.kind, frame)), tip: Point(frame.midX, frame.maxY + tailRoom), halfWidth: tailHalfWidth(frame))
            switch b.kind {
            case .speech:
                drawing.append(pen.polygon(tail.pieces(b.kind, unit: unit)[0], fill: .solid(Palette.sign)))
            case .thought:
                for (k, p) in tail.dots.enumerated() {
                    drawing.append(pen.circle(center: p, radius: Tail.dotRadius(k) * unit, fill: .solid(Palette.sign)))
                }
            }
            switch b.kind {
            case .speech where b.shouted:
                drawing.append(pen.path(Self.jagged(around: frame), fill: .solid(Palette.sign)))
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
            let alt = b.kind == .thought ? words.thought : b.shouted ? words.shout : words.speech
            placed.items.append(.group(.figure(alt: alt), drawing.frameItems))
            placed.items.append(.group(.paragraph, moved))
            placed.bubbles.append(frame)
        }
    }

    /// A shout's outline: points sticking out all round the oval, alternately long and short, like a comic's
    /// burst, so angry words never look like ordinary talk.
    static func jagged(around frame: Rect) -> Path {
        let n = max(10, Int((frame.width + frame.height) / 14)) * 2
        let c = frame.center, rx = frame.width / 2, ry = frame.height / 2
        let points = (0..<n).map { k -> Point in
            let a = Double(k) / Double(n) * 2 * .pi
            let r = k % 2 == 0 ? 1.14 : 0.86
            return Point(c.x + cos(a) * rx * r, c.y + sin(a) * ry * r)
        }
        var path = Path([.move(points[0])])
        for p in points.dropFirst() { path.line(to: p) }
        path.close()
        return path
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

import Foundation
import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// Speech-bubble tails: the wedge or the thought's dots, and the search for one that points at its speaker alone.
extension BubbleLayout {
    /// A tail runs from `base`, inside the bubble, to `tip`, just off the speaker's head.
    struct Tail {
        var base: Point
        var tip: Point
        var halfWidth: Double

        /// A thought's tail is three shrinking dots on the way to the thinker.
        var dots: [Point] { [0.2, 0.5, 0.8].map { base.lerp(to: tip, $0) } }
        static func dotRadius(_ k: Int) -> Double { 4.2 - Double(k) * 1.2 }

        /// The tail's ink as convex outlines: one wedge, or a box round each dot.
        func pieces(_ kind: SceneBubble.Kind, unit: Double) -> [[Point]] {
            switch kind {
            case .speech:
                return [[Point(base.x - halfWidth, base.y), Point(base.x + halfWidth, base.y), tip]]
            case .thought:
                return dots.enumerated().map { k, p in
                    let r = Self.dotRadius(k) * unit
                    return [Point(p.x - r, p.y - r), Point(p.x + r, p.y - r), Point(p.x + r, p.y + r), Point(p.x - r, p.y + r)]
                }
            }
        }
    }

    func baseY(_ kind: SceneBubble.Kind, _ frame: Rect) -> Double {
        kind == .speech ? frame.maxY - frame.height * 0.12 : frame.maxY
    }

    /// A wedge as wide as a broad bubble's share would swamp a small figure, so it is held to the people's size.
    func tailHalfWidth(_ frame: Rect) -> Double {
        min(frame.width * 0.08, max(5 * unit, figureHeight * 0.05))
    }

    /// What a tail must keep off to point at its speaker alone: everyone else's face and body (except a body whose
    /// hug wraps round the speaker's head), and every picture except one the speaker lies in.
    func obstacles(for speaker: Int, in placed: PlacedScene) -> [Rect] {
        let own = placed.faces[speaker]
        // A tail that grazes someone's hair reads as pointing at them, so faces are kept a little further off.
        let faces = placed.faces.enumerated().filter { $0.offset != speaker }.map { $0.element.inset(by: -$0.element.height * 0.25) }
        let bodies = placed.figures.enumerated().filter { $0.offset != speaker && !$0.element.intersects(own) }.map(\.element)
        return faces + bodies + placed.pictures.filter { !$0.intersects(own) }
    }

    /// The clearest tail from `frame` to the head `face`. The straight drop onto the top of the head reads best;
    /// when that would cross someone else, a picture or another bubble, the tail starts further along the bubble,
    /// or comes in to the side of the head nearer the bubble, then the far side. If every way is blocked, the
    /// one crossing the fewest things wins.
    /// Crossing the speaker's own hearts (`sparing`) is better than crossing anything of anyone else's.
    func tail(
        _ kind: SceneBubble.Kind, from frame: Rect, to face: Rect, crown: Double, sparing own: [Rect], avoiding obstacles: [Rect],
        slot: Rect
    )
        -> (tail: Tail, hits: Int)
    {
        let g = 3 * unit
        let toward: Double = frame.midX < face.midX ? -1 : 1
        let eyes = face.minY + face.height * 0.3
        // A tail too short to show past the oval says nothing, so the crown is only aimed at from far enough above.
        let tips = (frame.maxY + 2 * g < crown - g ? [Point(face.midX, crown - g)] : []) + [
            Point(face.midX, face.minY - g),
            Point(face.midX + toward * face.width * 0.3, face.minY - g),
            Point(toward < 0 ? face.minX - g : face.maxX + g, eyes),
            Point(toward < 0 ? face.maxX + g : face.minX - g, eyes),
        ]
        // The root sits inside the oval wherever it leaves from: a wedge as far out as the oval is deep enough to
        // hold it, a thought's dots from the edge itself. Leaving from the side lets a bubble pushed along by its
        // neighbour still drop steeply onto its speaker instead of slanting over someone else.
        let hw = tailHalfWidth(frame)
        let rx = frame.width / 2, ry = frame.height / 2
        let reach = kind == .speech ? max(0, rx * 0.85 - hw) : rx * 0.7
        func root(_ x: Double) -> Point {
            let d = kind == .speech ? (abs(x - frame.midX) + hw) / rx : abs(x - frame.midX) / rx
            return Point(x, frame.midY + ry * (kind == .speech ? 0.76 : 1) * (1 - min(1, d * d)).squareRoot())
        }
        let lo = frame.midX - reach, hi = frame.midX + reach
        // The pen wanders a little off the true line.
        let blocked = obstacles.map { $0.inset(by: -2 * unit) }
        var best: (tail: Tail, hits: Int)? = nil
        for tip in tips where slot.contains(tip) {
            let near = min(max(tip.x, lo), hi)
            let along = (0...8).map { lo + (hi - lo) * Double($0) / 8 }.sorted { abs($0 - near) < abs($1 - near) }
            for x in [near] + along {
                let tail = Tail(base: root(x), tip: tip, halfWidth: hw)
                let pieces = tail.pieces(kind, unit: unit)
                guard pieces.joined().allSatisfy({ slot.contains($0) }) else { continue }
                func count(_ rs: [Rect]) -> Int { rs.filter { r in pieces.contains { Self.convex($0, touches: r) } }.count }
                let hits = 10 * count(blocked) + count(own)
                if hits == 0 { return (tail, 0) }
                if best.map({ hits < $0.hits }) ?? true { best = (tail, hits) }
            }
        }
        return best ?? (Tail(base: root(min(max(face.midX, lo), hi)), tip: tips[0], halfWidth: hw), .max)
    }

    /// Whether a convex outline overlaps a box: no axis of either separates them.
    static func convex(_ poly: [Point], touches r: Rect) -> Bool {
        let corners = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
        func apart(_ axis: Point) -> Bool {
            let a = poly.map { $0.x * axis.x + $0.y * axis.y }, b = corners.map { $0.x * axis.x + $0.y * axis.y }
            return a.max()! <= b.min()! || b.max()! <= a.min()!
        }
        if apart(Point(1, 0)) || apart(Point(0, 1)) { return false }
        for (p, q) in zip(poly, poly.dropFirst() + poly.prefix(1)) where apart(Point(q.y - p.y, p.x - q.x)) {
            return false
        }
        return true
    }
}

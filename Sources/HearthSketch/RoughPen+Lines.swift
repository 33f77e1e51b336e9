import HearthGeometry

extension RoughPen {
    /// A straight line, drawn by hand.
    public mutating func line(from start: Point, to end: Point) -> Drawing {
        let style = self.style
        var ops: [PathOp] = []
        roughLine(start, end, style, filling: false, into: &ops)
        return Self.inked(ops, style)
    }

    /// Connected straight lines; each segment is drawn on its own, so the joints look like pen lifts.
    public mutating func polyline(_ points: [Point]) -> Drawing {
        let style = self.style
        return Self.inked(roughEdges(points, closed: false, style), style)
    }

    /// A closed polygon, optionally filled. Fewer than two points draw nothing.
    public mutating func polygon(_ points: [Point], fill: Fill? = nil) -> Drawing {
        guard points.count >= 2, let box = Path.polygon(points).bounds else { return Drawing() }
        let style = shapeStyle(for: box.size)
        let outline = Self.inked(roughEdges(points, closed: true, style), style)
        guard let fill else { return outline }
        let inside = fillDrawing(fill, polygons: [points], style) { pen in
            pen.wobbledOutline(Path.polygon(points), style)
        }
        return inside + outline
    }

    /// A rectangle, optionally filled.
    public mutating func rectangle(_ rect: Rect, fill: Fill? = nil) -> Drawing {
        polygon(
            [Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY), Point(rect.maxX, rect.maxY),
             Point(rect.minX, rect.maxY)],
            fill: fill)
    }

    /// Every edge of the point list as a rough line.
    mutating func roughEdges(_ points: [Point], closed: Bool, _ style: PenStyle) -> [PathOp] {
        guard points.count >= 2 else { return [] }
        var ops: [PathOp] = []
        ops.reserveCapacity(points.count * 4)
        for i in 0..<(points.count - 1) {
            roughLine(points[i], points[i + 1], style, filling: false, into: &ops)
        }
        if closed, let first = points.first, let last = points.last {
            roughLine(last, first, style, filling: false, into: &ops)
        }
        return ops
    }

    /// One segment, drawn once or twice depending on the style.
    mutating func roughLine(_ a: Point, _ b: Point, _ style: PenStyle, filling: Bool, into ops: inout [PathOp]) {
        let passes = Self.passes(style, filling: filling)
        roughStroke(a, b, style, overlay: false, into: &ops)
        if passes > 1 { roughStroke(a, b, style, overlay: true, into: &ops) }
    }

    /// One pass over a segment: a single cubic Bézier whose middle sags sideways and whose points are jittered.
    ///
    /// Long lines wobble less (a hand steadies over a long stroke) and short ones jitter at most a tenth of their
    /// length, so a short line stays the line it was. The overlay pass uses half the jitter.
    mutating func roughStroke(_ a: Point, _ b: Point, _ style: PenStyle, overlay: Bool, into ops: inout [PathOp]) {
        let along = b - a
        let length = a.distance(to: b)
        let gain = Self.steadiness(forLength: length)
        let reach = min(style.maxRandomnessOffset, length / 10) * (overlay ? 0.5 : 1)

        let divergence = 0.2 + random.next() * 0.2
        // The sag is perpendicular to the line and grows with its length, like a wrist pivoting.
        let sag = style.bowing * style.maxRandomnessOffset / 200
        let bow = Point(along.y, -along.x) * wobble(sag, style, gain: gain)

        let start = style.preserveVertices ? a : nudge(a, reach, style, gain: gain)
        let c1 = nudge(a + along * divergence + bow, reach, style, gain: gain)
        let c2 = nudge(a + along * (2 * divergence) + bow, reach, style, gain: gain)
        let end = style.preserveVertices ? b : nudge(b, reach, style, gain: gain)
        ops.append(.move(start))
        ops.append(.curve(c1, c2, end))
    }

    /// How much of the wobble a line of this length keeps: all of it up to 200 pt, 40% beyond 500 pt.
    static func steadiness(forLength length: Double) -> Double {
        if length < 200 { return 1 }
        if length > 500 { return 0.4 }
        return 1 - 0.6 * (length - 200) / 300
    }
}

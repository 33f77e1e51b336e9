import HearthGeometry

extension RoughPen {
    /// Any outline drawn by hand, so vector assets (a house, a phone, a heart) share the pen of everything else.
    ///
    /// Lines and closing edges become rough lines; each cubic keeps its shape with jittered control and end points,
    /// drawn twice. Draw assets at their final size: the wobble is in points, not in the asset's units. A fill is
    /// hatched across every subpath with the even-odd rule, so inner rings stay empty.
    public mutating func path(_ path: Path, fill: Fill? = nil) -> Drawing {
        guard let box = path.bounds else { return Drawing() }
        let style = shapeStyle(for: box.size)
        var ops: [PathOp] = []
        ops.reserveCapacity(path.ops.count * 4)
        var current: Point?
        var subpathStart = Point.zero
        for op in path.ops {
            switch op {
            case .move(let p):
                current = p
                subpathStart = p
            case .line(let p):
                // Like Cairo, a line with no current point only sets one.
                if let from = current {
                    roughLine(from, p, style, filling: false, into: &ops)
                } else {
                    subpathStart = p
                }
                current = p
            case .curve(let c1, let c2, let end):
                let from = current ?? c1
                if current == nil { subpathStart = from }
                roughBezier(from, c1, c2, end, style, into: &ops)
                current = end
            case .close:
                if let from = current, from != subpathStart {
                    roughLine(from, subpathStart, style, filling: false, into: &ops)
                }
                current = subpathStart
            }
        }
        let outline = Self.inked(ops, style)
        guard let fill else { return outline }
        let inside = fillDrawing(fill, polygons: PathFlattening.polygons(path), style) { pen in
            pen.wobbledOutline(path, style)
        }
        return inside + outline
    }

    /// A cubic drawn by hand: its points jittered by up to a tenth of its length, twice, the second pass half as much.
    mutating func roughBezier(
        _ from: Point, _ c1: Point, _ c2: Point, _ end: Point, _ style: PenStyle, into ops: inout [PathOp]
    ) {
        let length = from.distance(to: c1) + c1.distance(to: c2) + c2.distance(to: end)
        let gain = Self.steadiness(forLength: length)
        let reach = min(style.maxRandomnessOffset, length / 10)
        for pass in 0..<Self.passes(style, filling: false) {
            let r = pass == 0 ? reach : reach / 2
            let start = style.preserveVertices ? from : nudge(from, r, style, gain: gain)
            let a = nudge(c1, r, style, gain: gain), b = nudge(c2, r, style, gain: gain)
            let stop = style.preserveVertices ? end : nudge(end, r, style, gain: gain)
            ops.append(.move(start))
            ops.append(.curve(a, b, stop))
        }
    }
}

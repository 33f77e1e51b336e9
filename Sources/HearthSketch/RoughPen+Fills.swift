import HearthGeometry

extension RoughPen {
    /// The fill of a shape: hachure over `polygons`, or for solid fills the path `solidOutline` draws.
    ///
    /// The solid outline is a closure so that hatched shapes spend no random numbers on it.
    mutating func fillDrawing(
        _ fill: Fill, polygons: [[Point]], _ style: PenStyle, solidOutline: (inout RoughPen) -> Path
    ) -> Drawing {
        switch fill {
        case .solid(let color):
            let path = solidOutline(&self)
            return path.isEmpty ? Drawing() : Drawing([PenStroke(path: path, paint: .fill(color))])
        case .hachure(let color, let angle, let gap):
            let ops = hatches(polygons, angle: angle ?? style.hachureAngle, gap: gap ?? style.hachureGap, style)
            return Self.hatched(ops, color, style)
        case .crossHatch(let color):
            var ops = hatches(polygons, angle: style.hachureAngle, gap: style.hachureGap, style)
            ops += hatches(polygons, angle: style.hachureAngle + 90, gap: style.hachureGap, style)
            return Self.hatched(ops, color, style)
        }
    }

    /// Every hatch line across the polygons, each a rough line in the fill's own double stroke.
    mutating func hatches(_ polygons: [[Point]], angle: Double, gap: Double, _ style: PenStyle) -> [PathOp] {
        var ops: [PathOp] = []
        for (a, b) in Hachure.segments(in: polygons, angle: angle, gap: gap) {
            roughLine(a, b, style, filling: true, into: &ops)
        }
        return ops
    }

    static func hatched(_ ops: [PathOp], _ color: Color, _ style: PenStyle) -> Drawing {
        guard !ops.isEmpty else { return Drawing() }
        return Drawing([PenStroke(path: Path(ops), paint: .stroke(width: style.fillWeight, color: color))])
    }

    /// The path with every point slightly moved and its subpaths kept whole: the area under a solid fill.
    ///
    /// The jitter is half the pen's, and at most a tenth of the shape's short side, so the colour stays under
    /// the outline rather than spilling past it.
    mutating func wobbledOutline(_ path: Path, _ style: PenStyle) -> Path {
        guard let box = path.bounds else { return Path() }
        let reach = min(style.maxRandomnessOffset / 2, min(box.width, box.height) / 10)
        var ops: [PathOp] = []
        ops.reserveCapacity(path.ops.count)
        for op in path.ops {
            switch op {
            case .move(let p): ops.append(.move(nudge(p, reach, style)))
            case .line(let p): ops.append(.line(nudge(p, reach, style)))
            case .curve(let c1, let c2, let end):
                let a = nudge(c1, reach, style), b = nudge(c2, reach, style)
                ops.append(.curve(a, b, nudge(end, reach, style)))
            case .close: ops.append(.close)
            }
        }
        return Path(ops)
    }
}

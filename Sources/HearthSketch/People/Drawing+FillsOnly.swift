import HearthGeometry

extension Drawing {
    /// Only the fills: a soft patch of colour with no outline (cheeks, a pillow's shading).
    var fillsOnly: Drawing {
        Drawing(strokes.filter { if case .fill = $0.paint { true } else { false } })
    }
}

extension Drawing {
    /// Every point moved by `transform`, widths and paints kept.
    func mapped(_ transform: (Point) -> Point) -> Drawing {
        Drawing(strokes.map { stroke in
            let ops = stroke.path.ops.map { op -> PathOp in
                switch op {
                case .move(let p): .move(transform(p))
                case .line(let p): .line(transform(p))
                case .curve(let a, let b, let c): .curve(transform(a), transform(b), transform(c))
                case .close: .close
                }
            }
            return PenStroke(path: Path(ops), paint: stroke.paint)
        })
    }
}

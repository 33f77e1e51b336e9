import HearthGeometry

extension Drawing {
    /// Only the fills: a soft patch of colour with no outline (cheeks, a pillow's shading).
    var fillsOnly: Drawing {
        Drawing(strokes.filter { if case .fill = $0.paint { true } else { false } })
    }
}

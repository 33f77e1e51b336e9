import HearthFrame
import HearthGeometry
import HearthSketch

/// Faint hand-drawn lines to write on, across a region at a steady spacing, for blank worksheets.
struct WritingLines {
    var region: Polygon
    var top: Double
    var spacing: Double
    var unit: Double
    var seed: UInt32

    var items: [FrameItem] {
        var pen = RoughPen(
            style: PenStyle(strokeWidth: 1.2 * unit, roughness: 0.5, maxRandomnessOffset: 1 * unit, ink: Palette.rule),
            seed: seed)
        var out = Drawing()
        var y = top + spacing * 0.6
        let bottom = region.bounds.maxY
        while y <= bottom - 2 * unit {
            if let span = region.widestSpan(top: y - 1, bottom: y + 1) {
                out.append(pen.line(from: Point(span.lowerBound + 2 * unit, y), to: Point(span.upperBound - 2 * unit, y)))
            }
            y += spacing
        }
        return out.frameItems
    }
}

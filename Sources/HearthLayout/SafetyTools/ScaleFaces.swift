import HearthGeometry
import HearthSketch

/// The faces at the ends of a safety scale: a worried face at 0 and a smiling one at 10, so a child who cannot yet
/// read the words can tell the ends apart — by the mouth's shape, never by colour alone.
struct ScaleFace {
    var center: Point
    var radius: Double
    var happy: Bool
    var unit: Double
    var seed: UInt32

    var drawing: Drawing {
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.8 * unit, roughness: 0.7, maxRandomnessOffset: 1 * unit), seed: seed)
        let skin = happy ? Color(hex: 0xFFE08A) : Color(hex: 0xCFDCEA)
        var out = pen.circle(center: center, radius: radius, fill: .solid(skin))
        let r = radius
        for side in [-1.0, 1.0] {
            out.append(pen.circle(center: Point(center.x + side * r * 0.36, center.y - r * 0.18), radius: r * 0.09, fill: .solid(Palette.ink)))
        }
        let mouthY = center.y + r * (happy ? 0.22 : 0.42)
        let lift = r * (happy ? 0.3 : -0.22)
        out.append(pen.curve(through: [
            Point(center.x - r * 0.42, mouthY), Point(center.x, mouthY + lift), Point(center.x + r * 0.42, mouthY),
        ]))
        if !happy {
            // Brows tilted up in the middle: worried, not cross.
            for side in [-1.0, 1.0] {
                out.append(pen.line(
                    from: Point(center.x + side * r * 0.52, center.y - r * 0.38),
                    to: Point(center.x + side * r * 0.2, center.y - r * 0.5)))
            }
        }
        return out
    }
}

import HearthFrame
import HearthGeometry
import HearthModel
import HearthSketch

/// The hand-drawn house itself: chimney with a curl of smoke, coloured roof and walls, door, and the house's motif
/// in the sky. Seeded, so the same worksheet always draws the same wobble.
struct HouseArt {
    var shape: HouseShape
    var house: House
    var unit: Double
    var seed: UInt32

    var items: [FrameItem] {
        var pen = RoughPen(style: PenStyle(strokeWidth: 2.2 * unit, maxRandomnessOffset: 1.6 * unit), seed: seed)
        var art = Drawing()
        let roof = Palette.roof(house)
        // Chimney first: the roof covers its foot.
        art.append(pen.rectangle(shape.chimney, fill: .solid(Palette.chimney)))
        let c = shape.chimney
        var smoke = RoughPen(style: PenStyle(strokeWidth: 1.6 * unit, roughness: 0.6, ink: Palette.softInk), seed: seed &+ 7)
        art.append(smoke.curve(through: [
            Point(c.midX, c.minY - 4 * unit), Point(c.midX - 6 * unit, c.minY - 11 * unit),
            Point(c.midX + 3 * unit, c.minY - 18 * unit), Point(c.midX - 3 * unit, c.minY - 26 * unit),
        ]))
        art.append(pen.rectangle(shape.body, fill: .solid(Palette.walls(house))))
        // A pale ground under the roof's pattern hides the chimney's foot and keeps the roof one shape.
        let ground = pen.polygon(shape.roofTriangle, fill: .solid(roof.tint(0.55)))
        art.append(Drawing(ground.strokes.filter { if case .fill = $0.paint { true } else { false } }))
        let roofDrawing = pen.polygon(shape.roofTriangle, fill: roofFill(roof))
        // The pattern's pen lines may overshoot the roof; the outline drawn over them may wobble, the pattern not.
        let pattern = Drawing(roofDrawing.strokes.dropLast())
        let outline = Drawing(Array(roofDrawing.strokes.suffix(1)))
        var items = art.frameItems
        items.append(.clipped(Path.polygon(shape.roofTriangle), pattern.frameItems))
        art = outline
        art.append(pen.rectangle(shape.door, fill: .solid(Palette.door)))
        let d = shape.door
        var fine = RoughPen(style: PenStyle(strokeWidth: 1.4 * unit, roughness: 0.5), seed: seed &+ 11)
        art.append(fine.circle(
            center: Point(d.minX + d.width * 0.22, d.midY + d.height * 0.08), radius: 2.6 * unit, fill: .solid(Palette.ink)))
        art.append(Motif(kind: house, box: shape.motif, unit: unit, seed: seed &+ 13).drawing)
        return [.group(.figure(alt: "a house"), items + art.frameItems)]
    }

    /// Each house's roof has its own pattern as well as its own colour, so the three still differ in grey.
    func roofFill(_ roof: Color) -> Fill {
        switch house {
        case .worries: .hachure(roof, angle: -41, gap: 5.5 * unit)
        case .goodThings: .solid(roof)
        case .dreams: .crossHatch(roof)
        }
    }
}

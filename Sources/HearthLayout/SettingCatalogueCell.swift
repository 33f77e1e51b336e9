import HearthCompose
import HearthFrame
import HearthGeometry
import HearthSketch

/// A setting drawn for the picture catalogue with its anchors marked and named, so a trainer adding a place sees
/// where Hearth will put people and things: a dashed box for each anchor, its top edge (the surface) drawn
/// solid, and its name beside it.
struct SettingCatalogueCell {
    var measurer: any TextMeasurer
    var unit: Double

    static let anchorInk = Color(hex: 0xC0473A)
    static let nameBacking = Color(red: 1, green: 1, blue: 1, alpha: 0.85)

    func items(_ setting: AssetPicture, in box: Rect) -> [FrameItem] {
        let view = setting.viewBox
        let scale = min(box.width / view.width, box.height / view.height)
        let drawn = Rect(
            x: box.midX - view.width * scale / 2, y: box.midY - view.height * scale / 2, width: view.width * scale,
            height: view.height * scale)
        let origin = Point(drawn.minX - view.minX * scale, drawn.minY - view.minY * scale)
        func onPage(_ r: Rect) -> Rect {
            Rect(x: origin.x + r.minX * scale, y: origin.y + r.minY * scale, width: r.width * scale, height: r.height * scale)
        }
        let floorY = setting.anchor("floor").map { onPage($0.rect).minY } ?? drawn.maxY
        var items: [FrameItem] = []
        if let info = setting.setting {
            items.append(.shape(Shape(path: .rect(Rect(x: drawn.minX, y: drawn.minY, width: drawn.width, height: floorY - drawn.minY)), fill: info.backdrop.fill)))
            items.append(.shape(Shape(path: .rect(Rect(x: drawn.minX, y: floorY, width: drawn.width, height: drawn.maxY - floorY)), fill: info.ground.fill)))
        }
        items += setting.draw(scale: scale, offset: origin, pen: 1.2 * unit, seed: StableHash.seed("setting", setting.name)).frameItems
        let style = TextStyle(size: 7 * unit, weight: .bold)
        for anchor in setting.anchors {
            let r = onPage(anchor.rect)
            items.append(.shape(Shape(path: .rect(r), stroke: Stroke(width: 0.8 * unit, color: Self.anchorInk, dash: [3 * unit, 2 * unit]))))
            items.append(.shape(Shape(path: Path([.move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY))]), stroke: Stroke(width: 1.6 * unit, color: Self.anchorInk))))
            let w = measurer.width(of: anchor.name, style: style)
            let m = measurer.lineMetrics(of: anchor.name, style: style)
            let x = anchor.name == "floor" ? r.minX + 3 * unit : min(max(r.midX - w / 2, drawn.minX), drawn.maxX - w)
            let y = r.minY + 2 * unit
            items.append(.shape(Shape(path: .rect(Rect(x: x - unit, y: y - 0.5 * unit, width: w + 2 * unit, height: m.height + unit)), fill: Self.nameBacking)))
            items.append(.text(TextLine(
                text: anchor.name, origin: Point(x, y), width: w, height: m.height, style: style, color: Self.anchorInk,
                direction: .leftToRight)))
        }
        return [.clipped(.rect(drawn), items)]
    }
}

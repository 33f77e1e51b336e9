import HearthGeometry
import HearthSketch
import HearthTestSupport
import Testing

/// Pen output pinned as text: any change to the algorithm shows up here as a reviewable diff.
struct SnapshotTests {
    @Test func line() {
        var pen = RoughPen(seed: StableHash.seed("snapshot", "line"))
        expectSnapshot(pen.line(from: Point(10, 20), to: Point(180, 60)).dump(), named: "line")
    }

    @Test func rectangleWithHachure() {
        var pen = RoughPen(seed: StableHash.seed("snapshot", "rectangle"))
        let drawing = pen.rectangle(Rect(x: 10, y: 10, width: 120, height: 70), fill: .hachure(Color(hex: 0x4A90C8)))
        expectSnapshot(drawing.dump(), named: "rectangle-hachure")
    }

    @Test func ellipseWithSolidFill() {
        var pen = RoughPen(seed: StableHash.seed("snapshot", "ellipse"))
        let drawing = pen.ellipse(center: Point(80, 60), radiusX: 60, radiusY: 40, fill: .solid(Color(hex: 0xF6C85F)))
        expectSnapshot(drawing.dump(), named: "ellipse-solid")
    }

    @Test func curve() {
        var pen = RoughPen(seed: StableHash.seed("snapshot", "curve"))
        let drawing = pen.curve(through: [Point(10, 80), Point(50, 20), Point(100, 70), Point(150, 30)])
        expectSnapshot(drawing.dump(), named: "curve")
    }
}

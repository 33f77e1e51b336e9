import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// Draws one 0–10 safety scale into a box: its question, the numbers on a hand-drawn line (or, for the Safety House,
/// on stepping stones up to the door), a worried face at 0 and a smiling one at 10 with their words, the child
/// standing at their number, and the grown-ups' marks with their names underneath.
///
/// A piece any document can place: give it a box, get frame items back.
public struct ScaleStripLayout {
    public var measurer: any TextMeasurer
    public var unit: Double
    public var seed: UInt32
    /// Stepping stones instead of a line: the path to the Safety House's door.
    public var stones: Bool

    public init(measurer: any TextMeasurer, unit: Double, seed: UInt32, stones: Bool = false) {
        self.measurer = measurer
        self.unit = unit
        self.seed = seed
        self.stones = stones
    }

    var u: Double { unit }

    /// Where the parts of a strip go inside its box.
    public struct Geometry: Hashable, Sendable {
        /// The centre of each number 0…10, left to right.
        public var points: [Point]
        public var faceRadius: Double
        public var numberRadius: Double
        /// The adult height the child's figure is drawn at.
        public var figureHeight: Double
        public var headingTop: Double
        /// Where the grown-ups' marks start.
        public var marksTop: Double
    }

    /// The geometry of a strip in `box`. The faces sit at the ends, the numbers between them, evenly spaced.
    public func geometry(in box: Rect, heading: Bool = true) -> Geometry {
        let headingRoom = heading ? 30 * u : 0
        let figureHeight = min(max(box.height * (stones ? 0.5 : 0.36), 40 * u), 118 * u)
        let lineY = box.minY + headingRoom + figureHeight * 0.82 + 10 * u
        let faceRadius = min(20 * u, box.width * 0.03)
        let left = box.minX + faceRadius * 2 + 44 * u
        let right = box.maxX - faceRadius * 2 - 44 * u
        let step = (right - left) / 10
        let numberRadius = min(step * 0.36, 14 * u)
        let points = (0...10).map { Point(left + Double($0) * step, lineY) }
        return Geometry(
            points: points, faceRadius: faceRadius, numberRadius: numberRadius, figureHeight: figureHeight,
            headingTop: box.minY, marksTop: lineY + numberRadius + 34 * u)
    }

    /// The height a strip needs for its words and marks, at most: callers give it at least this much.
    public func minimumHeight(marks: Int) -> Double { 30 * u + 40 * u * 0.82 + 10 * u + 48 * u + Double(max(1, marks)) * 22 * u + 30 * u }

    public func items(_ strip: ScaleStrip, in box: Rect, showHeading: Bool = true) throws(LayoutError) -> [FrameItem] {
        let g = geometry(in: box, heading: showHeading)
        let words = SheetWords(measurer: measurer)
        var items: [FrameItem] = []
        if showHeading, let about = strip.about {
            let fitted = try words.fitted(
                [TextBlock(about.text, language: about.language, origin: about.origin)],
                in: Rect(x: box.minX, y: box.minY, width: box.width, height: 26 * u), sizes: 11 * u...17 * u, bold: true,
                place: "the question of the safety scale")
            items.append(.group(.heading(level: 2), fitted.lines.map { .text($0) }))
        }
        items.append(.group(.figure(alt: scaleAlt(strip)), track(g) + ends(g)))
        items.append(.group(.paragraph, numbers(g)))
        let (endItems, endBottom) = try endWords(strip, g, box: box)
        items += endItems
        if let child = strip.marks.first(where: \.person.isChild) { items += childMark(child, g) }
        items += grownUpMarks(strip.marks.filter { !$0.person.isChild }, g, top: max(g.marksTop, endBottom + 8 * u), box: box)
        return items
    }

    /// For screen readers: what the scale shows, in words.
    func scaleAlt(_ strip: ScaleStrip) -> String {
        let marks = strip.marks.map(\.label).joined(separator: "; ")
        return "a safety scale from 0, \(strip.zeroLabel), to 10, \(strip.tenLabel)" + (marks.isEmpty ? "" : ": \(marks)")
    }

    func track(_ g: Geometry) -> [FrameItem] {
        var pen = RoughPen(style: PenStyle(strokeWidth: 2.2 * u, roughness: 0.8, maxRandomnessOffset: 1.2 * u), seed: seed)
        var out = Drawing()
        if stones {
            for (i, p) in g.points.enumerated() {
                let w = g.numberRadius * 1.5, h = g.numberRadius * 1.1
                let stone = Color(hex: i == 10 ? 0xF4D9A6 : 0xE3DACB)
                out.append(pen.ellipse(center: p, radiusX: w, radiusY: h, fill: .solid(stone)))
            }
        } else {
            let first = g.points[0], last = g.points[10]
            out.append(pen.line(from: Point(first.x - g.numberRadius, first.y), to: Point(last.x + g.numberRadius, last.y)))
            for p in g.points {
                out.append(pen.circle(center: p, radius: g.numberRadius, fill: .solid(Palette.sign)))
            }
        }
        return out.frameItems
    }

    func ends(_ g: Geometry) -> [FrameItem] {
        let y = g.points[0].y
        let zero = ScaleFace(
            center: Point(g.points[0].x - g.numberRadius - 16 * u - g.faceRadius, y), radius: g.faceRadius, happy: false,
            unit: u, seed: seed &+ 3)
        let ten = ScaleFace(
            center: Point(g.points[10].x + g.numberRadius + 16 * u + g.faceRadius, y), radius: g.faceRadius, happy: true,
            unit: u, seed: seed &+ 5)
        return zero.drawing.frameItems + ten.drawing.frameItems
    }

    func numbers(_ g: Geometry) -> [FrameItem] {
        let words = SheetWords(measurer: measurer)
        let size = max(9 * u, g.numberRadius * 1.05)
        return g.points.enumerated().map { i, p in
            var line = words.line(String(i), x: p.x, top: 0, size: size, bold: true)
            line.origin.y = p.y - line.height / 2
            return .text(line)
        }
    }

    /// "not safe at all" under the worried face, "really safe" under the smiling one, and what the case says 0 and 10
    /// mean, smaller, beneath.
    func endWords(_ strip: ScaleStrip, _ g: Geometry, box: Rect) throws(LayoutError) -> (items: [FrameItem], bottom: Double) {
        let words = SheetWords(measurer: measurer)
        let top = g.points[0].y + max(g.faceRadius, g.numberRadius) + 6 * u
        let width = min(150 * u, box.width * 0.3)
        var out: [FrameItem] = []
        var bottom = top
        for (label, note, x, left) in [
            (strip.zeroLabel, strip.zeroNote, box.minX, true), (strip.tenLabel, strip.tenNote, box.maxX - width, false),
        ] {
            var blocks = [TextBlock(label)]
            var box = Rect(x: x, y: top, width: width, height: 20 * u)
            let fitted = try words.fitted(blocks, in: box, sizes: 10 * u...14 * u, bold: true, place: "the end of the safety scale")
            out.append(.group(.paragraph, aligned(fitted.lines, left: left, in: box)))
            bottom = max(bottom, fitted.bottom ?? top)
            if let note {
                blocks = [TextBlock(note.text, language: note.language, origin: note.origin)]
                box = Rect(x: x, y: top + 20 * u, width: width, height: 30 * u)
                let small = try words.fitted(blocks, in: box, sizes: 7.5 * u...10 * u, color: Palette.softInk, place: "what the end of the safety scale means")
                out.append(.group(.paragraph, aligned(small.lines, left: left, in: box)))
                bottom = max(bottom, small.bottom ?? top)
            }
        }
        return (out, bottom)
    }

    /// Lines pushed to the right edge of their box for the 10 end, so the words sit under the smiling face.
    func aligned(_ lines: [TextLine], left: Bool, in box: Rect) -> [FrameItem] {
        lines.map { line in
            var l = line
            if !left { l.origin.x = box.maxX - l.width }
            return .text(l)
        }
    }

    /// The child standing at their number, with their name and number above their head.
    func childMark(_ mark: ScaleMark, _ g: Geometry) -> [FrameItem] {
        let p = g.points[min(max(mark.score, 0), 10)]
        let feeling: Feeling = mark.score <= 3 ? .worried : (mark.score <= 6 ? .calm : .happy)
        let person = ScenePerson(id: mark.person.id, label: mark.person.name, looks: mark.person.looks, feeling: feeling)
        let feet = Point(p.x, p.y - g.numberRadius - 2 * u)
        let symbol = FigureSymbol(person, feet: feet, height: g.figureHeight, facing: .front, seed: seed &+ 29)
        var pen = RoughPen(style: PenStyle(strokeWidth: 2.4 * u, roughness: 0.6, ink: Palette.ink), seed: seed &+ 31)
        let ring = pen.circle(center: p, radius: g.numberRadius + 4 * u)
        let words = SheetWords(measurer: measurer)
        let size = 11 * u
        var label = words.line(mark.label, x: p.x, top: 0, size: size, bold: true)
        if stones {
            // Beside the head: above it would touch whatever stands behind the path.
            label.origin = Point(symbol.figure.bounds.maxX + 3 * u, symbol.figure.face.midY - label.height / 2)
        } else {
            label.origin.y = symbol.figure.bounds.minY - label.height - 2 * u
        }
        return [
            .group(.figure(alt: "\(mark.label): \(mark.person.name) at \(mark.score)"), [symbol.item] + ring.frameItems),
            .group(.paragraph, [.text(label)]),
        ]
    }

    /// Each grown-up's mark: a small arrow up to their number and their name and number beneath, in rows so no two
    /// names touch.
    func grownUpMarks(_ marks: [ScaleMark], _ g: Geometry, top: Double, box: Rect) -> [FrameItem] {
        guard !marks.isEmpty else { return [] }
        let words = SheetWords(measurer: measurer)
        let size = 10.5 * u
        var rows: [[ClosedRange<Double>]] = []
        var out: [FrameItem] = []
        var pen = RoughPen(style: PenStyle(strokeWidth: 1.6 * u, roughness: 0.5, ink: Palette.softInk), seed: seed &+ 37)
        for mark in marks.sorted(by: { ($0.score, 0) < ($1.score, 0) }) {
            let p = g.points[min(max(mark.score, 0), 10)]
            var line = words.line(mark.label, x: p.x, top: 0, size: size)
            line.origin.x = min(max(line.origin.x, box.minX), box.maxX - line.width)
            let span = (line.origin.x - 4 * u)...(line.origin.x + line.width + 4 * u)
            let row = rows.firstIndex { $0.allSatisfy { !$0.overlaps(span) } } ?? rows.count
            if row == rows.count { rows.append([]) }
            rows[row].append(span)
            line.origin.y = top + Double(row) * 20 * u
            let tip = Point(p.x, p.y + g.numberRadius + 3 * u)
            var drawing = pen.line(from: Point(p.x, line.origin.y - 2 * u), to: tip)
            drawing.append(pen.polyline([Point(tip.x - 4 * u, tip.y + 6 * u), tip, Point(tip.x + 4 * u, tip.y + 6 * u)]))
            out.append(.group(.figure(alt: mark.label), drawing.frameItems))
            out.append(.group(.paragraph, [.text(line)]))
        }
        return out
    }
}

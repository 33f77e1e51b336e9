import HearthCompose
import HearthFrame
import HearthGeometry
import HearthLooks
import HearthModel
import HearthSketch

/// A crowd in a room stands in depth, as in a family photograph: the grown-ups in a back row a little higher up the
/// floor and a step smaller, shoulder to shoulder, with their names over their heads; the children in front, larger
/// and lower, their names under their feet; a baby stays in the arms of whoever carries them. Two short rows draw
/// everyone far larger than one long row, and the overlap says "together".
extension SceneLayout {
    /// The back row's size as a share of the front's: enough to read as further away (see
    /// `notes/scene-composition.md`, "a 5–10 % size step between layers").
    static let depthStep = 0.92
    /// How far up the floor the back row stands, in adult heights.
    static let backRise = 0.07
    /// Neighbours in the back row stand shoulder to shoulder.
    static let backGap = 0.01

    /// The row's people as a back row of grown-ups and a front row of children, each keeping whoever they carry
    /// or hold by the hand; nil when the row should stay one (fewer than five, words to say, or nobody to put in
    /// front).
    static func depthRows(of row: SceneContent) -> (back: [Int], front: [Int])? {
        let people = row.people
        guard people.count >= 5, row.bubbles.isEmpty else { return nil }
        let young: Set<AgeGroup> = [.baby, .toddler, .child]
        var inFront = people.indices.map { young.contains(people[$0].looks.age) }
        // Someone held goes with their holder.
        for i in people.indices { if let k = holder(of: i, in: row) { inFront[i] = inFront[k] } }
        let front = people.indices.filter { inFront[$0] }, back = people.indices.filter { !inFront[$0] }
        guard !front.isEmpty, back.count >= 2 else { return nil }
        // A hug or held hand across the rows would reach through the front row: such a crowd stays one row.
        for i in people.indices where touching.contains(people[i].action) && !isHeld(i, in: row) {
            if let j = people.firstIndex(where: { $0.id == people[i].partner }), inFront[i] != inFront[j], holder(of: j, in: row) != i {
                return nil
            }
        }
        let joined: Set<Action> = [.hugging, .holdingHands]
        for i in people.indices.dropFirst()
        where people[i].partner == nil && joined.contains(people[i - 1].action) && joined.contains(people[i].action) && inFront[i] != inFront[i - 1] {
            return nil
        }
        return (back, front)
    }

    /// The row in depth on the floor at `ground`, in `rowSlot`; nil when it is no larger than one row.
    func placeInDepth(
        _ row: SceneContent, rows: (back: [Int], front: [Int]), in rowSlot: Rect, height: Double, ground: Double,
        bubbleSlot: Rect, oneRow: PlacedScene
    ) throws(LayoutError) -> PlacedScene? {
        var back = row, front = row
        back.people = rows.back.map { row.people[$0] }
        front.people = rows.front.map { row.people[$0] }
        back.bubbles = []
        front.bubbles = []
        front.things = []
        // Hearts, sun and stars float over the whole crowd, above the back row's names: placed once both rows stand.
        back.things = row.things.filter { !Self.skyThings.contains($0) }
        let sky = row.things.filter { Self.skyThings.contains($0) }
        // The back row's names go over their heads, so the row is laid out without them.
        let names = back.people.map(\.label)
        back.people = back.people.map { p in
            var p = p
            p.label = nil
            return p
        }
        var backLayout = self
        backLayout.crowdGap = Self.backGap
        func lay(_ h: Double, rise: Double) throws(LayoutError) -> (PlacedScene, PlacedScene) {
            let b = try backLayout.placeInOneRow(back, in: rowSlot, figureHeight: (h * Self.depthStep).rounded(), ground: ground - rise, bubbleSlot: bubbleSlot)
            let fh = min(h, (b.figureHeight / Self.depthStep).rounded(.down))
            let f = try placeInOneRow(front, in: rowSlot, figureHeight: fh, ground: ground, bubbleSlot: bubbleSlot)
            return (b, f)
        }
        // The back row stands higher until no face in front covers a face behind (a tall child before a grown-up).
        var found: (PlacedScene, PlacedScene)? = nil
        for k in [1.0, 1.8, 2.6] {
            let rise = (height * Self.backRise * k).rounded()
            var (b, f) = try lay(height, rise: rise)
            if f.figureHeight * Self.depthStep < b.figureHeight - 0.5 { (b, f) = try lay(f.figureHeight, rise: rise) }
            if measuresOnly || !b.faces.contains(where: { a in f.faces.contains { $0.inset(by: -1).intersects(a) } }) {
                found = (b, f)
                break
            }
        }
        guard let (b, f) = found, f.figureHeight > oneRow.figureHeight + 0.5 else { return nil }
        var placed = PlacedScene()
        placed.figureHeight = f.figureHeight
        // Back to front: the back row, its names over the heads, then the front row over it.
        placed.items = b.items
        let (nameItems, nameBoxes) = namesAbove(names, figures: b.figures, height: b.figureHeight, slot: bubbleSlot)
        placed.items += labelBackings(nameBoxes) + nameItems
        placed.items += f.items
        placed.labels = nameBoxes + f.labels
        placed.pictures = b.pictures + f.pictures
        placed.held = b.held.merging(f.held) { a, _ in a }
        // Everyone's boxes in the row's order.
        let count = row.people.count
        placed.figures = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: count)
        placed.faces = placed.figures
        placed.mouths = Array(repeating: Point(0, 0), count: count)
        placed.facings = Array(repeating: .front, count: count)
        placed.hands = Array(repeating: [], count: count)
        for (part, indices) in [(b, rows.back), (f, rows.front)] {
            for (k, i) in indices.enumerated() where k < part.figures.count {
                placed.figures[i] = part.figures[k]
                placed.faces[i] = part.faces[k]
                placed.mouths[i] = part.mouths[k]
                placed.facings[i] = part.facings[k]
                placed.hands[i] = part.hands[k]
            }
        }
        placed.backRow = rows.back
        placeSky(sky, people: row.people, height: f.figureHeight, area: bubbleSlot, into: &placed)
        return placed
    }

    /// Names just over the heads of a back row, one size, moved apart so none touch; none where one would leave
    /// the picture.
    func namesAbove(_ names: [String?], figures: [Rect], height: Double, slot: Rect) -> ([FrameItem], [Rect]) {
        let size = min(max(height * 0.11, 9 * unit), 16 * unit)
        let style = TextStyle(size: size, weight: .bold)
        let shown = names.indices.filter { names[$0] != nil && $0 < figures.count }
        let widths = shown.map { measurer.width(of: Self.labelLines(names[$0]!)[0], style: style) }
        let centres = LabelSpread.centres(
            shown.map { figures[$0].midX }, widths: widths, gap: 6 * unit, minX: slot.minX, maxX: slot.maxX)
            ?? Self.packed(shown.map { figures[$0].midX }, widths: widths, gap: 6 * unit, minX: slot.minX, maxX: slot.maxX)
        var lines: [TextLine] = []
        // One line over the row's heads, so a name over someone held in arms sits beside their holder's.
        let top = shown.map { figures[$0].minY }.min() ?? slot.minY
        for (k, i) in shown.enumerated() {
            let text = Self.labelLines(names[i]!)[0]
            let m = measurer.lineMetrics(of: text, style: style)
            let y = top - m.height - 3 * unit
            guard y >= slot.minY else { continue }
            let x = min(max(centres[k] - widths[k] / 2, slot.minX), slot.maxX - widths[k])
            lines.append(TextLine(
                text: text, origin: Point(x, y), width: widths[k], height: m.height, style: style, color: Palette.ink,
                direction: measurer.direction(of: text)))
        }
        guard !lines.isEmpty else { return ([], []) }
        return ([.group(.paragraph, lines.map { .text($0) })], lines.map(\.bounds))
    }

    /// Names packed left to right, each as near its person as the one before lets it, the whole run pulled back
    /// inside the picture: for a row whose names cannot all stay within half their width of their people (a baby's
    /// name beside their holder's).
    static func packed(_ centres: [Double], widths: [Double], gap: Double, minX: Double, maxX: Double) -> [Double] {
        let order = centres.indices.sorted { (centres[$0], $0) < (centres[$1], $1) }
        var out = centres
        var edge = minX
        for i in order {
            let left = max(centres[i] - widths[i] / 2, edge)
            out[i] = left + widths[i] / 2
            edge = left + widths[i] + gap
        }
        let over = (order.last.map { out[$0] + widths[$0] / 2 } ?? maxX) - maxX
        if over > 0 { for i in out.indices { out[i] -= over } }
        return out
    }
}
